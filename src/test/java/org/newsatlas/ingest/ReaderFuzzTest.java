package org.newsatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of every reader through {@link FileIngest} (decompression, format detection, reader): random bytes,
 * hostile JSON Lines (deep nesting, huge lines, Latin-1 and mixed encodings, HTML with scripts, control bytes),
 * concatenated and truncated gzip, CSV with stray quotes, WARC records with wrong lengths, text files. The invariant
 * each time: the read ends, nothing is thrown, no reader fails (INTERNAL_ERROR), and every record reaches the sink
 * exactly once, as an accepted record or a rejection with a reason.
 *
 * <p>Budget: {@code -Dnewsatlas.fuzz.iterations=N} cases per property (default 150, a few seconds in all);
 * {@code -Dnewsatlas.fuzz.seed=S} replays a run (the seed of a failing case is in the message).
 */
class ReaderFuzzTest {
  static final int ITERATIONS = Integer.getInteger("newsatlas.fuzz.iterations", 150);
  static final long SEED = Long.getLong("newsatlas.fuzz.seed", 20261125L);
  static final InputSpec JSONL = InputSpec.of(Map.of("format", "jsonl",
      "mapping", "url=url,title=title,text=text,date=date,outlet=outlet"));
  static final InputSpec AUTO = InputSpec.of(Map.of());

  /** Everything the sink received, by locator, with a check that no reader failed. */
  static final class Tally implements RecordSink {
    final Map<String, Integer> byLocator = new TreeMap<>();
    final List<RawArticle> accepted = new ArrayList<>();
    final List<Rejection> rejected = new ArrayList<>();

    @Override
    public void accept(RawArticle a) {
      accepted.add(a);
      byLocator.merge(a.locator(), 1, Integer::sum);
    }

    @Override
    public void reject(Rejection r) {
      rejected.add(r);
      byLocator.merge(r.locator(), 1, Integer::sum);
      assertTrue(r.reasonCode() != null && !r.reasonCode().isBlank(), "a rejection without reason: " + r);
    }

    int calls() {
      return accepted.size() + rejected.size();
    }

    long count(String reason) {
      return rejected.stream().filter(r -> r.reasonCode().equals(reason)).count();
    }
  }

  static Tally read(InputSpec spec, String name, byte[] bytes, String why) {
    Tally t = new Tally();
    try {
      new FileIngest(spec, null).read(name, new java.io.ByteArrayInputStream(bytes), t);
    } catch (Throwable e) {
      fail(why + ": the reader threw " + e, e);
    }
    for (Rejection r : t.rejected) {
      if (Rejection.INTERNAL_ERROR.equals(r.reasonCode())) fail(why + ": a reader failed: " + r.message());
    }
    return t;
  }

  // ---- generators -------------------------------------------------------------------------------------------

  /** One JSON Lines line (no newline in it) and whether it is blank (a blank line is no record). */
  static byte[] jsonLine(Random rnd, int id) {
    String url = "https://fuzz.example/a/" + id;
    switch (rnd.nextInt(12)) {
      case 0: // random bytes, without line breaks
        byte[] b = new byte[rnd.nextInt(300) + 1];
        rnd.nextBytes(b);
        for (int i = 0; i < b.length; i++) if (b[i] == '\n' || b[i] == '\r') b[i] = 'x';
        if (isBlank(b)) b[0] = '#';
        return b;
      case 1: // Latin-1 French: not UTF-8
        return ("{\"url\":\"" + url + "\",\"title\":\"Été à Bagdad\",\"text\":\"Les forces irakiennes ont repoussé "
            + "l'attaque près de Kirkouk, a-t-on appris à Bassora.\",\"date\":\"2021-01-05\",\"outlet\":\"fuzz.example\"}")
            .getBytes(StandardCharsets.ISO_8859_1);
      case 2: // mixed: UTF-8 with one stray Latin-1 byte
        byte[] m = valid(url, "Réunion à Mossoul " + id).getBytes(StandardCharsets.UTF_8);
        m[m.length / 2] = (byte) 0xE9;
        return m;
      case 3: { // deeply nested
        int depth = 50 + rnd.nextInt(5000);
        return ("{\"url\":\"" + url + "\",\"x\":" + "[".repeat(depth) + "]".repeat(rnd.nextBoolean() ? depth : depth / 2) + "}")
            .getBytes(StandardCharsets.UTF_8);
      }
      case 4: // truncated object
        String v = valid(url, "cut " + id);
        return v.substring(0, 1 + rnd.nextInt(v.length() - 1)).getBytes(StandardCharsets.UTF_8);
      case 5: // HTML with scripts in the text
        return valid(url, "<script>alert('x')</script><p>Attaque à <b>Bagdad</b></p><style>p{}</style> " + id)
            .getBytes(StandardCharsets.UTF_8);
      case 6: // not an object
        return (rnd.nextBoolean() ? "[1,2,3]" : rnd.nextBoolean() ? "42" : "\"text\"").getBytes(StandardCharsets.UTF_8);
      case 7: // control bytes
        return ("{\"url\":\"" + url + "\",\"text\":\"a\u0000b\u0001\"}").getBytes(StandardCharsets.UTF_8);
      case 8: // over the record limit of the test spec (see maxBytes)
        return valid(url, "y".repeat(70_000 + rnd.nextInt(10_000))).getBytes(StandardCharsets.UTF_8);
      case 9: // duplicate keys, odd types, unicode escapes, a BOM-like prefix mid-file
        return ("{\"url\":\"" + url + "\",\"url\":null,\"title\":{\"a\":1},\"text\":\"\\ud83d\\ude00 \\u0627\\u0644"
            + " " + id + "\",\"date\":[\"2021\"],\"outlet\":true}").getBytes(StandardCharsets.UTF_8);
      default:
        return valid(url, "Une explosion a frappé Bagdad. Article " + id).getBytes(StandardCharsets.UTF_8);
    }
  }

  static String valid(String url, String text) {
    return "{\"url\":\"" + url + "\",\"title\":\"T\",\"text\":\"" + text.replace("\"", "\\\"")
        + "\",\"date\":\"2021-01-05\",\"outlet\":\"fuzz.example\",\"lang\":\"fr\"}";
  }

  static boolean isBlank(byte[] b) {
    for (byte x : b) if (x != ' ' && x != '\t') return false;
    return true;
  }

  /** A JSON Lines file and the locators ("line i") of its non-blank lines: each must reach the sink once. */
  record Lines(byte[] bytes, List<String> expected) {}

  static Lines jsonLines(Random rnd) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> expected = new ArrayList<>();
    int n = rnd.nextInt(40);
    for (int i = 1; i <= n; i++) {
      if (rnd.nextInt(10) == 0) {
        out.writeBytes(rnd.nextBoolean() ? new byte[0] : "   ".getBytes(StandardCharsets.US_ASCII));
      } else {
        out.writeBytes(jsonLine(rnd, i));
        expected.add("line " + i);
      }
      if (i < n || rnd.nextBoolean()) out.writeBytes(rnd.nextInt(5) == 0 ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
    }
    return new Lines(out.toByteArray(), expected);
  }

  static void assertEachOnce(Lines l, Tally t, String why) {
    Map<String, Integer> want = new HashMap<>();
    for (String e : l.expected()) want.put(e, 1);
    assertEquals(new TreeMap<>(want), t.byLocator, why + ": every line once, as accepted or rejected");
  }

  // ---- properties -------------------------------------------------------------------------------------------

  @Test
  void jsonLinesEveryLineOnce() {
    JsonLinesReader reader = new JsonLinesReader(FieldMapping.parse("url=url,title=title,text=text,date=date,outlet=outlet"), 65_536);
    for (int i = 0; i < ITERATIONS; i++) {
      long seed = SEED + i;
      Lines l = jsonLines(new Random(seed));
      Tally t = new Tally();
      try {
        reader.read("f.jsonl", new java.io.ByteArrayInputStream(l.bytes()), t);
      } catch (Throwable e) {
        fail("seed " + seed + ": threw " + e, e);
      }
      assertEachOnce(l, t, "seed " + seed);
    }
  }

  @Test
  void concatenatedGzipMembersLoseNothing() {
    for (int i = 0; i < ITERATIONS; i++) {
      long seed = SEED + 10_000 + i;
      Random rnd = new Random(seed);
      Lines l = jsonLines(rnd);
      byte[] b = l.bytes();
      // Split at a line boundary into members (gzip -c a >> f; gzip -c b >> f), possibly with an empty member.
      int cut = b.length == 0 ? 0 : lastNewlineBefore(b, rnd.nextInt(b.length + 1));
      byte[] file = concat(Fixtures.gzip(java.util.Arrays.copyOfRange(b, 0, cut)), Fixtures.gzip(new byte[0]),
          Fixtures.gzip(java.util.Arrays.copyOfRange(b, cut, b.length)));
      Tally t = read(JSONL, "f.jsonl.gz", file, "seed " + seed);
      // Lines over the default 20 MB limit do not occur here; line numbering runs across members.
      assertEachOnce(l, t, "seed " + seed);
    }
  }

  @Test
  void truncatedGzipKeepsThePrefixAndSaysSo() {
    for (int i = 0; i < ITERATIONS; i++) {
      long seed = SEED + 20_000 + i;
      Random rnd = new Random(seed);
      Lines l = jsonLines(rnd);
      byte[] gz = Fixtures.gzip(l.bytes());
      byte[] cut = java.util.Arrays.copyOf(gz, 10 + rnd.nextInt(Math.max(1, gz.length - 18)));
      Tally t = read(JSONL, "f.jsonl.gz", cut, "seed " + seed);
      assertEquals(1, t.count(Rejection.TRUNCATED_COMPRESSED), "seed " + seed + ": one TRUNCATED_COMPRESSED " + t.rejected);
      // The records before the break: each expected line at most once, and no line reported that is not in the file.
      for (Map.Entry<String, Integer> e : t.byLocator.entrySet()) {
        boolean truncationRow = t.rejected.stream().anyMatch(r -> r.locator().equals(e.getKey())
            && r.reasonCode().equals(Rejection.TRUNCATED_COMPRESSED));
        assertTrue(e.getValue() <= (truncationRow ? 2 : 1), "seed " + seed + ": " + e.getKey() + " reported " + e.getValue() + " times");
      }
    }
  }

  @Test
  void randomBytesUnderEveryNameAndFormat() {
    String[] names = {"x.jsonl", "x.json", "x.csv", "x.txt", "x.warc", "x.warc.gz", "x.gz", "x.bz2", "x", "x.jsonl.gz"};
    byte[][] magics = {{}, {0x1f, (byte) 0x8b}, {0x1f, (byte) 0x8b, 8, 0}, "BZh9".getBytes(StandardCharsets.US_ASCII),
        "WARC/1.0\r\n".getBytes(StandardCharsets.US_ASCII), "{\"url\":".getBytes(StandardCharsets.US_ASCII),
        "title,text,date\n".getBytes(StandardCharsets.US_ASCII)};
    for (int i = 0; i < ITERATIONS * 2; i++) {
      long seed = SEED + 30_000 + i;
      Random rnd = new Random(seed);
      byte[] body = new byte[rnd.nextInt(i % 10 == 0 ? 200_000 : 2_000)];
      rnd.nextBytes(body);
      byte[] file = concat(magics[rnd.nextInt(magics.length)], body);
      String name = names[rnd.nextInt(names.length)];
      Tally t = read(AUTO, name, file, "seed " + seed + " " + name);
      assertTrue(t.calls() <= file.length + 1, "seed " + seed + ": more records than bytes");
      // A CSV file with no line break is a header alone: no record in it (not a loss).
      boolean headerOnly = name.endsWith(".csv") && new String(file, StandardCharsets.ISO_8859_1).indexOf('\n') < 0;
      if (file.length > 0 && !headerOnly) assertTrue(t.calls() >= 1 || allWhitespace(file), "seed " + seed + " " + name + ": bytes read, nothing reported");
    }
    Tally empty = read(AUTO, "empty.jsonl", new byte[0], "empty file");
    assertEquals(0, empty.accepted.size());
  }

  @Test
  void textFilesAreOneRecordEach() {
    InputSpec text = InputSpec.of(Map.of("format", "text", "default.outlet", "fuzz.example", "default.date", "2021-01-05"));
    for (int i = 0; i < ITERATIONS; i++) {
      long seed = SEED + 40_000 + i;
      Random rnd = new Random(seed);
      byte[] b;
      switch (rnd.nextInt(4)) {
        case 0 -> { b = new byte[rnd.nextInt(5_000)]; rnd.nextBytes(b); }
        case 1 -> b = "Été à Bagdad : explosion près du marché.\n".repeat(1 + rnd.nextInt(50)).getBytes(StandardCharsets.ISO_8859_1);
        case 2 -> b = ("<html><script>var a='<p>';</script><p>Attaque à Kirkouk " + i + "</p></html>").getBytes(StandardCharsets.UTF_8);
        default -> b = new byte[0];
      }
      String name = "fuzz.example_2021-01-05_t" + i + ".txt";
      Tally t = read(text, rnd.nextBoolean() ? name : name + ".gz", rnd.nextBoolean() ? b : Fixtures.gzip(b), "seed " + seed);
      assertEquals(1, t.calls(), "seed " + seed + ": a text file is one record: " + t.rejected);
    }
  }

  @Test
  void csvRowsWithStrayQuotesAndBadBytes() {
    InputSpec csv = InputSpec.of(Map.of("format", "csv", "mapping", "url=url,title=title,text=text,date=date,outlet=outlet"));
    for (int i = 0; i < ITERATIONS; i++) {
      long seed = SEED + 50_000 + i;
      Random rnd = new Random(seed);
      StringBuilder sb = new StringBuilder("url,title,text,date,outlet\n");
      int rows = rnd.nextInt(30), plain = 0;
      boolean hostile = false;
      for (int r = 0; r < rows; r++) {
        switch (rnd.nextInt(6)) {
          case 0 -> { sb.append("https://fuzz.example/").append(r).append(",\"T \"\"quoted\"\" ").append(r).append("\",text,2021-01-05,f.example\n"); plain++; }
          case 1 -> { sb.append("a,\"unterminated,").append(r).append('\n'); hostile = true; }
          case 2 -> { sb.append("only,two\n"); plain++; }
          case 3 -> { sb.append("x,\"multi\nline ").append(r).append("\",t,2021-01-05,o\n"); hostile = true; }
          case 4 -> { sb.append("x,y,z,\u0000\u0001,w\n"); plain++; }
          default -> { sb.append("https://fuzz.example/b").append(r).append(",T,Texte à Bagdad,2021-01-05,f.example\n"); plain++; }
        }
      }
      byte[] b = sb.toString().getBytes(rnd.nextInt(4) == 0 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
      Tally t = read(csv, "f.csv", b, "seed " + seed);
      if (!hostile) assertEquals(plain, t.calls(), "seed " + seed + ": every row once " + t.rejected);
      for (Map.Entry<String, Integer> e : t.byLocator.entrySet()) {
        assertEquals(1, e.getValue(), "seed " + seed + ": " + e.getKey() + " reported twice");
      }
    }
  }

  @Test
  void warcWithBadLengthsNeverThrowsNorReportsTwice() {
    for (int i = 0; i < ITERATIONS; i++) {
      long seed = SEED + 60_000 + i;
      Random rnd = new Random(seed);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(WarcFixtures.warcinfo());
      int n = 1 + rnd.nextInt(6);
      boolean broken = false;
      for (int r = 0; r < n; r++) {
        String url = "https://fuzz.example/w/" + i + "/" + r;
        String html = WarcFixtures.page("Titre " + r, "2021-01-05", "fr",
            "<script>document.write('x')</script>Une attaque a visé Bagdad " + r + ".");
        byte[] rec = WarcFixtures.response(url, "2021-01-05T10:00:00Z", 200, "text/html; charset=utf-8", html);
        switch (rnd.nextInt(5)) {
          case 0 -> { // declared length off by a random amount
            String s = new String(rec, StandardCharsets.ISO_8859_1);
            int at = s.indexOf("Content-Length: ") + 16;
            int end = s.indexOf('\r', at);
            long len = Long.parseLong(s.substring(at, end));
            long bad = switch (rnd.nextInt(4)) { case 0 -> -1; case 1 -> len * 1000; case 2 -> Math.max(0, len - rnd.nextInt(200)); default -> len + rnd.nextInt(200); };
            rec = (s.substring(0, at) + bad + s.substring(end)).getBytes(StandardCharsets.ISO_8859_1);
            broken = true;
          }
          case 1 -> { rec = java.util.Arrays.copyOf(rec, rnd.nextInt(rec.length)); broken = true; }
          case 2 -> { byte[] junk = new byte[rnd.nextInt(100)]; rnd.nextBytes(junk); out.writeBytes(junk); broken = true; }
          default -> { }
        }
        out.writeBytes(rec);
      }
      byte[] file = out.toByteArray();
      boolean gz = rnd.nextBoolean();
      Tally t = read(AUTO, gz ? "f.warc.gz" : "f.warc", gz ? Fixtures.gzip(file) : file, "seed " + seed);
      for (Map.Entry<String, Integer> e : t.byLocator.entrySet()) {
        assertTrue(e.getValue() <= 1 || e.getKey().equals("file"), "seed " + seed + ": " + e.getKey() + " reported twice");
      }
      if (!broken) assertEquals(n, t.accepted.size(), "seed " + seed + ": every response page accepted " + t.rejected);
      else assertTrue(t.calls() >= 1, "seed " + seed + ": a broken WARC reported nothing");
    }
  }

  /** A 50 MB article on one line: rejected as too large with bounded memory, and the next line still read. */
  @Test
  void fiftyMegabyteArticleIsRejectedAndTheNextLineRead() {
    long size = 50L << 20;
    byte[] head = "{\"url\":\"https://fuzz.example/huge\",\"text\":\"".getBytes(StandardCharsets.US_ASCII);
    byte[] tail = ("\"}\n" + valid("https://fuzz.example/next", "Bagdad") + "\n").getBytes(StandardCharsets.UTF_8);
    InputStream in = new InputStream() { // generated on the fly: the test itself holds no 50 MB array
      long pos;

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        long total = head.length + size + tail.length;
        if (pos >= total) return -1;
        int n = (int) Math.min(len, total - pos);
        for (int k = 0; k < n; k++, pos++) {
          b[off + k] = pos < head.length ? head[(int) pos] : pos < head.length + size ? (byte) 'a' : tail[(int) (pos - head.length - size)];
        }
        return n;
      }
    };
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    Tally t = new Tally();
    new FileIngest(JSONL, null).read("huge.jsonl", in, t);
    long after = rt.totalMemory() - rt.freeMemory();
    assertEquals(1, t.count(Rejection.RECORD_TOO_LARGE), String.valueOf(t.rejected));
    assertEquals(1, t.accepted.size());
    assertEquals(Map.of("line 1", 1, "line 2", 1), t.byLocator);
    assertTrue(after - before < 200L << 20, "memory grew by " + ((after - before) >> 20) + " MB reading a 50 MB line");
  }

  private static int lastNewlineBefore(byte[] b, int at) {
    for (int k = Math.min(at, b.length) - 1; k >= 0; k--) if (b[k] == '\n') return k + 1;
    return 0;
  }

  private static boolean allWhitespace(byte[] b) {
    for (byte x : b) if (x != ' ' && x != '\t' && x != '\n' && x != '\r') return false;
    return true;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) out.writeBytes(p);
    return out.toByteArray();
  }
}
