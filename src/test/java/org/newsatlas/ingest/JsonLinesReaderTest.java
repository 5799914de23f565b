package org.newsatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsatlas.ingest.Fixtures.*;

import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {
  static final InputSpec SPEC = InputSpec.fromProfile(null, "newsplease", Map.of());

  static String good(int i) {
    return json("https://www.example.org/news/" + i, "Strike near Deir ez-Zor " + i,
        "An air strike hit a depot near Deir ez-Zor on Monday, officials said.", "2021-01-25 10:15:00",
        "example.org");
  }

  @Test
  void eachHostileLineGetsItsOwnReasonAndTheOthersAreRead() {
    byte[] latin1 = "{\"maintext\":\"Arm\u00e9e fran\u00e7aise\",\"date_publish\":\"2021-01-25\"}"
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] badUtf8 = concat(utf8("{\"maintext\":\"abc "), new byte[] {(byte) 0xC3, (byte) 0x28}, utf8("\"}"));
    byte[] nul = concat(utf8("{\"maintext\":\""), new byte[40], utf8("\"}"));
    String deep = "{\"x\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}";
    String deepInField = "{\"maintext\":\"x\",\"extra\":" + "{\"a\":".repeat(5000) + "1" + "}".repeat(5000) + "}";
    byte[] file = concat(
        utf8("\uFEFF" + good(1) + "\n"),            // line 1: BOM + good
        utf8("{\"url\": \"https://x.org/a\", \"title\": \n"), // line 2: malformed (cut object)
        utf8("\n   \n"),                            // lines 3-4: blank separators, not records
        latin1, utf8("\n"),                         // line 5: Latin-1 é
        badUtf8, utf8("\r\n"),                      // line 6: invalid UTF-8, CRLF
        nul, utf8("\n"),                            // line 7: NUL junk
        utf8(deep + "\n"),                          // line 8: deep nesting
        utf8(deepInField + "\n"),                   // line 9: deep nesting inside a field
        utf8("[1,2,3]\n"),                          // line 10: JSON but not an object
        utf8(good(2) + " trailing\n"),              // line 11: text after the object
        utf8(good(3)));                             // line 12: good, no final newline
    CollectingSink s = ingest(SPEC, "mixed.jsonl", file, false);
    assertEquals(2, s.raw.size(), "raw " + s.raw);
    assertEquals(Map.of(Rejection.MALFORMED_JSON, 5, Rejection.INVALID_ENCODING, 2, Rejection.BINARY_CONTENT, 1),
        s.reasons());
    assertEquals("line 1", s.raw.get(0).locator());
    assertEquals("line 12", s.raw.get(1).locator());
    assertEquals("https://www.example.org/news/1", s.raw.get(0).url());
    assertEquals("example.org", s.raw.get(0).outletRaw());
    assertEquals("2021-01-25 10:15:00", s.raw.get(0).publishedRaw());
    assertEquals("en", s.raw.get(0).lang());
    Rejection latin = s.rejected.stream().filter(r -> r.locator().equals("line 5")).findFirst().orElseThrow();
    assertEquals(Rejection.INVALID_ENCODING, latin.reasonCode());
    for (String deepLine : new String[] {"line 8", "line 9"}) {
      assertTrue(s.rejected.stream().anyMatch(r -> r.locator().equals(deepLine)
          && r.reasonCode().equals(Rejection.MALFORMED_JSON) && r.message().contains("nesting depth")), deepLine);
    }
  }

  @Test
  void fieldMappingAlternativesAndOverrides() {
    String line = "{\"link\":\"https://a.example/x\",\"headline\":\"H\",\"text\":\"the body\",\"maintext\":\"  \","
        + "\"published\":\"2021-01-26\",\"site\":\"a.example\",\"nested\":{\"url\":\"no\"}}\n";
    InputSpec spec = InputSpec.fromProfile(null, "newsplease",
        Map.of("input.mapping", "url=link,title=headline,date=published|date_publish,outlet=site"));
    CollectingSink s = ingest(spec, "m.jsonl", utf8(line), false);
    RawArticle a = s.raw.get(0);
    assertEquals("https://a.example/x", a.url());
    assertEquals("H", a.title());
    assertEquals("the body", a.text()); // maintext is blank, so text (the second alternative) wins
    assertEquals("2021-01-26", a.publishedRaw());
    assertEquals("a.example", a.outletRaw());
  }

  /** Generates a 50 MB JSON line on the fly (never held in memory or written to disk). */
  @Test
  void fiftyMegabyteRecordIsSkippedAndTheNextLineRead() {
    long big = 50L << 20;
    byte[] head = utf8("{\"maintext\":\"");
    byte[] tail = utf8("\"}\n" + good(9) + "\n");
    InputStream in = new InputStream() {
      long pos;

      @Override
      public int read() {
        byte[] b = new byte[1];
        return read(b, 0, 1) < 0 ? -1 : b[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        long total = head.length + big + tail.length;
        if (pos >= total) return -1;
        int n = (int) Math.min(len, total - pos);
        for (int i = 0; i < n; i++, pos++) {
          if (pos < head.length) b[off + i] = head[(int) pos];
          else if (pos < head.length + big) b[off + i] = (byte) ('a' + (pos % 26));
          else b[off + i] = tail[(int) (pos - head.length - big)];
        }
        return n;
      }
    };
    CollectingSink s = new CollectingSink();
    long before = usedHeap();
    new FileIngest(SPEC, null).read("big.jsonl", in, s);
    assertEquals(1, s.raw.size());
    assertEquals(Map.of(Rejection.RECORD_TOO_LARGE, 1), s.reasons());
    Rejection r = s.rejected.get(0);
    assertEquals("line 1", r.locator());
    assertEquals(head.length + big + 2, r.rawBytes()); // the whole line, closing "} included
    assertEquals(JsonLinesReader.KEEP_WHEN_TOO_LARGE, r.raw().length());
    assertEquals("line 2", s.raw.get(0).locator());
    assertTrue(usedHeap() - before < (40L << 20), "the reader kept at most the 20 MB limit");
  }

  @Test
  void recordLimitIsSettable() {
    InputSpec small = InputSpec.fromProfile(null, "newsplease", Map.of("max.record.bytes", "2048"));
    String longText = "x".repeat(3000);
    byte[] file = utf8(json(null, "t", longText, "2021-01-01", "a.org") + "\n" + good(1) + "\n");
    CollectingSink s = ingest(small, "s.jsonl", file, false);
    assertEquals(1, s.raw.size());
    assertEquals(Map.of(Rejection.RECORD_TOO_LARGE, 1), s.reasons());
  }

  @Test
  void prettyPrintedDocumentsAndArrays() {
    String pretty = "{\n  \"url\": \"https://a.example/1\",\n  \"title\": \"One\",\n  \"maintext\": \"Body one.\",\n"
        + "  \"authors\": [\"A\", \"B\"],\n  \"date_publish\": \"2021-01-04 10:00:00\"\n}\n";
    CollectingSink one = ingest(SPEC, "article.json", utf8(pretty), false);
    assertEquals(1, one.raw.size());
    assertEquals("Body one.", one.raw.get(0).text());
    assertEquals("object 1 (line 1)", one.raw.get(0).locator());

    String array = "[\n" + good(1) + ",\n" + good(2) + ",\n 42,\n" + good(3) + "\n]\n";
    CollectingSink arr = ingest(SPEC, "articles.json", utf8(array), false);
    assertEquals(3, arr.raw.size());
    assertEquals(Map.of(Rejection.MALFORMED_JSON, 1), arr.reasons());
    assertEquals("object 3 (line 4)", arr.rejected.get(0).locator());

    String broken = pretty + pretty.replace("Body one.", "Body two.") + "{\n \"url\": \"x\",\n oops\n}\n" + pretty;
    CollectingSink b = ingest(SPEC, "many.json", utf8(broken), false);
    assertEquals(2, b.raw.size());
    assertEquals(Map.of(Rejection.MALFORMED_JSON, 1), b.reasons());
    assertEquals("object 3 (line 15)", b.rejected.get(0).locator());

    // the same cut first line in a .jsonl file stays one bad line: the next line is read
    String cutFirst = "{\"url\": \"https://x.org/a\", \"title\": \n" + good(4) + "\n";
    CollectingSink c = ingest(SPEC, "cut.jsonl", utf8(cutFirst), false);
    assertEquals(1, c.raw.size());
    assertEquals(Map.of(Rejection.MALFORMED_JSON, 1), c.reasons());
    // a garbled first line in an unnamed file: still JSON Lines
    CollectingSink g = ingest(SPEC, "part-0000", utf8("{garbage\n" + good(5) + "\n"), false);
    assertEquals(1, g.raw.size());

    byte[] badEnc = concat(utf8("{\n \"maintext\": \"caf"), new byte[] {(byte) 0xE9}, utf8("\"\n}\n"));
    assertEquals(Map.of(Rejection.INVALID_ENCODING, 1), ingest(SPEC, "enc.json", badEnc, false).reasons());
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    rt.gc();
    return rt.totalMemory() - rt.freeMemory();
  }
}
