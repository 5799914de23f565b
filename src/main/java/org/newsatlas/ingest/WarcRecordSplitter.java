package org.newsatlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Locale;

/**
 * Cuts a plain (decompressed) WARC stream into records by their header and {@code Content-Length}, and after a
 * record whose length is wrong finds the next one ({@code WARC/1.x} at a line start), so that one bad record costs one
 * rejection instead of the rest of the file. Memory: one record, at most {@code maxRecordBytes}.
 */
final class WarcRecordSplitter {
  /** One step of the split: a whole record, or what went wrong at {@code offset}. */
  static final class Piece {
    long offset;
    byte[] record; // header + block + CRLF CRLF, when whole
    String problem; // MALFORMED_WARC or RECORD_TOO_LARGE
    String message;
    String targetUri;
    long size;
  }

  private static final byte[] NEXT = "\r\n\r\nWARC/1.".getBytes(StandardCharsets.ISO_8859_1);
  private static final int MAX_HEADER_BYTES = 1 << 16;

  private final InputStream in;
  private final int maxRecordBytes;
  private final ArrayDeque<byte[]> pushback = new ArrayDeque<>();
  private byte[] head = null;
  private int headPos;
  private long consumed;

  WarcRecordSplitter(InputStream in, int maxRecordBytes) {
    this.in = in;
    this.maxRecordBytes = maxRecordBytes;
  }

  /** The next piece, or null at the end of the stream. */
  Piece next() throws IOException {
    int c;
    while ((c = peek()) == '\r' || c == '\n') read(); // blank lines between records
    if (c < 0) return null;
    Piece p = new Piece();
    p.offset = consumed;
    String first = readLine();
    if (first == null || !first.startsWith("WARC/")) {
      long skipped = skipToNextRecord() + (first == null ? 0 : first.length());
      return problem(p, Rejection.MALFORMED_WARC, "no WARC record starts here; skipped " + skipped
          + " bytes to the next record", skipped);
    }
    StringBuilder header = new StringBuilder(first).append("\r\n");
    long length = -1;
    String line;
    while ((line = readLine()) != null && !line.isEmpty()) {
      if (header.length() > MAX_HEADER_BYTES) break;
      header.append(line).append("\r\n");
      int colon = line.indexOf(':');
      if (colon > 0) {
        String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = line.substring(colon + 1).trim();
        if (name.equals("content-length")) {
          try {
            length = Long.parseLong(value);
          } catch (NumberFormatException e) {
            length = -2;
          }
        } else if (name.equals("warc-target-uri")) {
          p.targetUri = value;
        }
      }
    }
    if (line == null || header.length() > MAX_HEADER_BYTES || length < 0) {
      long skipped = skipToNextRecord();
      return problem(p, Rejection.MALFORMED_WARC, (line == null ? "file ends inside a record header"
          : length < 0 ? "record header has no valid Content-Length" : "record header is too long")
          + "; skipped to the next record", skipped);
    }
    header.append("\r\n");
    if (length > maxRecordBytes) {
      long skipped = skip(length);
      expectTerminator();
      return problem(p, Rejection.RECORD_TOO_LARGE, "record of " + length + " bytes exceeds the limit of "
          + maxRecordBytes + " bytes (setting max.record.bytes)", skipped);
    }
    byte[] block = new byte[(int) length];
    int got = readFully(block);
    if (got < length) { // the file ends first: declared too long, or cut off
      resyncInside(block, got);
      return problem(p, Rejection.MALFORMED_WARC, "record declares " + length + " bytes but the file has only "
          + got + " left (wrong Content-Length or a cut file)", got);
    }
    byte[] end = new byte[4];
    int e = readFully(end);
    if (e < 4 || end[0] != '\r' || end[1] != '\n' || end[2] != '\r' || end[3] != '\n') {
      unread(Arrays.copyOf(end, e));
      if (!resyncInside(block, block.length)) skipToNextRecord();
      return problem(p, Rejection.MALFORMED_WARC, "record does not end where its Content-Length (" + length
          + ") says; skipped to the next record", length);
    }
    byte[] h = header.toString().getBytes(StandardCharsets.ISO_8859_1);
    byte[] rec = new byte[h.length + block.length + 4];
    System.arraycopy(h, 0, rec, 0, h.length);
    System.arraycopy(block, 0, rec, h.length, block.length);
    System.arraycopy(end, 0, rec, h.length + block.length, 4);
    p.record = rec;
    p.size = rec.length;
    return p;
  }

  private static Piece problem(Piece p, String code, String message, long size) {
    p.problem = code;
    p.message = message;
    p.size = size;
    return p;
  }

  /** If the next record starts inside {@code block[0..n)}, pushes the bytes from its start back; true if found. */
  private boolean resyncInside(byte[] block, int n) {
    for (int i = 0; i + NEXT.length <= n; i++) {
      if (block[i] == '\r' && matches(block, i, NEXT)) {
        unread(Arrays.copyOfRange(block, i + 4, n));
        return true;
      }
    }
    return false;
  }

  private static boolean matches(byte[] b, int at, byte[] pattern) {
    for (int k = 0; k < pattern.length; k++) if (b[at + k] != pattern[k]) return false;
    return true;
  }

  private void expectTerminator() throws IOException {
    byte[] end = new byte[4];
    int e = readFully(end);
    if (e < 4 || end[0] != '\r' || end[1] != '\n' || end[2] != '\r' || end[3] != '\n') {
      unread(Arrays.copyOf(end, e));
      skipToNextRecord();
    }
  }

  /** Skips to the next line that starts with {@code WARC/1.}; returns the bytes skipped. */
  private long skipToNextRecord() throws IOException {
    long skipped = 0;
    boolean lineStart = true;
    int c;
    while ((c = peek()) >= 0) {
      if (lineStart && c == 'W') {
        byte[] probe = new byte[7];
        int n = readFully(probe);
        unread(Arrays.copyOf(probe, n));
        if (n == 7 && new String(probe, StandardCharsets.ISO_8859_1).equals("WARC/1.")) return skipped;
      }
      read();
      skipped++;
      lineStart = c == '\n';
    }
    return skipped;
  }

  private String readLine() throws IOException {
    StringBuilder sb = new StringBuilder();
    int c;
    while ((c = read()) >= 0) {
      if (c == '\n') break;
      if (sb.length() <= MAX_HEADER_BYTES) sb.append((char) c);
    }
    if (c < 0 && sb.length() == 0) return null;
    int n = sb.length();
    if (n > 0 && sb.charAt(n - 1) == '\r') sb.setLength(n - 1);
    return sb.toString();
  }

  private long skip(long n) throws IOException {
    long done = 0;
    byte[] tmp = new byte[1 << 16];
    while (done < n) {
      int r = read(tmp, (int) Math.min(tmp.length, n - done));
      if (r < 0) break;
      done += r;
    }
    return done;
  }

  private int readFully(byte[] b) throws IOException {
    int n = 0;
    while (n < b.length) {
      int r = read(b, n, b.length - n);
      if (r < 0) break;
      n += r;
    }
    return n;
  }

  private int read(byte[] b, int len) throws IOException {
    return read(b, 0, len);
  }

  private int read(byte[] b, int off, int len) throws IOException {
    if (refill()) {
      int n = Math.min(len, head.length - headPos);
      System.arraycopy(head, headPos, b, off, n);
      headPos += n;
      consumed += n;
      return n;
    }
    int r = in.read(b, off, len);
    if (r > 0) consumed += r;
    return r;
  }

  private int read() throws IOException {
    if (refill()) {
      consumed++;
      return head[headPos++] & 0xff;
    }
    int c = in.read();
    if (c >= 0) consumed++;
    return c;
  }

  private int peek() throws IOException {
    if (refill()) return head[headPos] & 0xff;
    int c = in.read();
    if (c < 0) return -1;
    unread(new byte[] {(byte) c});
    consumed++; // unread subtracted it
    return c;
  }

  private boolean refill() {
    while (head == null || headPos == head.length) {
      if (pushback.isEmpty()) {
        head = null;
        return false;
      }
      head = pushback.pollFirst();
      headPos = 0;
    }
    return true;
  }

  private void unread(byte[] b) {
    if (b.length == 0) return;
    if (head != null && headPos < head.length) {
      pushback.addFirst(Arrays.copyOfRange(head, headPos, head.length));
    }
    pushback.addFirst(b);
    head = null;
    consumed -= b.length;
  }
}
