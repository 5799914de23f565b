package org.newsatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsatlas.ingest.Fixtures.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;

class DecompressionTest {
  static final InputSpec JSONL = InputSpec.of(Map.of("format", "jsonl"));

  static String lines(int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i <= to; i++) {
      sb.append(json("https://example.com/a" + i, "Title " + i, "Text of article " + i + " about Mosul.",
          "2021-01-2" + (i % 8) + " 10:15:00", "example.com")).append('\n');
    }
    return sb.toString();
  }

  @Test
  void plainGzipAndBzip2AreReadAlike() throws IOException {
    byte[] plain = utf8(lines(1, 5));
    ByteArrayOutputStream bz = new ByteArrayOutputStream();
    try (BZip2CompressorOutputStream o = new BZip2CompressorOutputStream(bz)) {
      o.write(plain);
    }
    for (byte[] b : new byte[][] {plain, gzip(plain), bz.toByteArray()}) {
      try (InputStream in = Decompression.open("x", in(b))) {
        assertArrayEquals(plain, in.readAllBytes());
      }
    }
  }

  @Test
  void concatenatedGzipMembersAreAllRead() {
    byte[] two = concat(gzip(utf8(lines(1, 3))), gzip(utf8(lines(4, 7))));
    CollectingSink s = ingest(JSONL, "part.jsonl.gz", two, true);
    assertEquals(7, s.accepted.size());
    assertEquals(0, s.rejected.size());
  }

  @Test
  void magicBytesWinOverTheName() {
    // gzip content under a plain name, and plain content under a .gz name
    assertEquals(3, ingest(JSONL, "mislabelled.jsonl", gzip(utf8(lines(1, 3))), true).accepted.size());
    assertEquals(3, ingest(JSONL, "mislabelled.jsonl.gz", utf8(lines(1, 3)), true).accepted.size());
  }

  @Test
  void truncatedGzipKeepsTheRecordsBeforeTheBreakAndRejectsTheRest() {
    // 400 distinct lines compress to well over 4 KB; the cut falls mid-stream
    byte[] full = gzip(utf8(lines(1, 400)));
    byte[] cut = Arrays.copyOf(full, full.length / 2);
    CollectingSink s = ingest(JSONL, "cut.jsonl.gz", cut, true);
    assertEquals(1, s.rejected.size(), s.reasons().toString());
    Rejection r = s.rejected.get(0);
    assertEquals(Rejection.TRUNCATED_COMPRESSED, r.reasonCode());
    int read = s.accepted.size();
    assertEquals("line " + (read + 1), r.locator());
    org.junit.jupiter.api.Assertions.assertTrue(read > 10 && read < 400, "read " + read);
  }

  @Test
  void truncatedGzipOfTextFileAndCsvUsesTheSameReason() {
    byte[] text = new byte[200_000];
    new java.util.Random(7).nextBytes(text); // incompressible, so that half the gzip is half the text
    for (int i = 0; i < text.length; i++) text[i] = (byte) ('a' + (text[i] & 0x0f));
    byte[] gz = gzip(text);
    CollectingSink t = ingest(InputSpec.of(Map.of("format", "text")), "a.txt.gz",
        Arrays.copyOf(gz, gz.length / 2), false);
    assertEquals(Map.of(Rejection.TRUNCATED_COMPRESSED, 1), t.reasons());
    assertEquals(0, t.raw.size());

    StringBuilder csv = new StringBuilder("title,text,date,outlet\n");
    for (int i = 0; i < 300; i++) csv.append("T").append(i).append(",\"body ").append(i * 7919).append("\",2021-01-04,x.com\n");
    byte[] cgz = gzip(utf8(csv.toString()));
    CollectingSink c = ingest(InputSpec.of(Map.of("format", "csv")), "a.csv.gz",
        Arrays.copyOf(cgz, cgz.length * 2 / 3), false);
    assertEquals(Map.of(Rejection.TRUNCATED_COMPRESSED, 1), c.reasons());
    org.junit.jupiter.api.Assertions.assertTrue(c.raw.size() > 0 && c.raw.size() < 300);
  }
}
