package org.newsatlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without ever holding more than {@code maxLineBytes} of one line: a longer line is
 * streamed to its end and reported as {@link #tooLong()} with only its first {@code maxLineBytes} bytes kept. Works
 * on bytes so that decoding (strict UTF-8) is the caller's decision per line, and one bad line never hides the next.
 */
final class BoundedLineReader {
  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] chunk = new byte[1 << 16];
  private int chunkPos;
  private int chunkLen;
  private boolean eof;

  private byte[] line = new byte[1 << 12];
  private int lineLen;
  private long lineBytes;
  private boolean tooLong;
  private long lineNumber;
  private long lineOffset;
  private long offset;

  BoundedLineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * Reads the next line (without its CR/LF). Returns false at the end of the stream. On an IOException the bytes
   * read so far of the current line stay available through {@link #bytes()} / {@link #length()}.
   */
  boolean next() throws IOException {
    lineLen = 0;
    lineBytes = 0;
    tooLong = false;
    lineNumber++;
    lineOffset = offset;
    boolean sawAny = false;
    while (true) {
      if (chunkPos == chunkLen) {
        if (eof) break;
        int n = in.read(chunk, 0, chunk.length);
        if (n < 0) {
          eof = true;
          break;
        }
        chunkPos = 0;
        chunkLen = n;
        continue;
      }
      sawAny = true;
      int start = chunkPos;
      int nl = -1;
      for (int i = start; i < chunkLen; i++) {
        if (chunk[i] == '\n') {
          nl = i;
          break;
        }
      }
      int end = nl < 0 ? chunkLen : nl;
      append(start, end - start);
      chunkPos = nl < 0 ? chunkLen : nl + 1;
      offset += chunkPos - start;
      if (nl >= 0) {
        stripCr();
        return true;
      }
    }
    if (!sawAny) return false;
    stripCr();
    return true;
  }

  private void append(int from, int n) {
    lineBytes += n;
    if (tooLong) return;
    if (lineLen + n > maxLineBytes) {
      int room = maxLineBytes - lineLen;
      ensure(maxLineBytes);
      System.arraycopy(chunk, from, line, lineLen, room);
      lineLen = maxLineBytes;
      tooLong = true;
      return;
    }
    ensure(lineLen + n);
    System.arraycopy(chunk, from, line, lineLen, n);
    lineLen += n;
  }

  private void ensure(int capacity) {
    if (capacity > line.length) {
      line = Arrays.copyOf(line, Math.max(capacity, Math.min(maxLineBytes, line.length * 2)));
    }
  }

  private void stripCr() {
    if (!tooLong && lineLen > 0 && line[lineLen - 1] == '\r') {
      lineLen--;
      lineBytes--;
    }
  }

  /** The current line's bytes (only the first {@link #length()} are valid; reused by the next call). */
  byte[] bytes() {
    return line;
  }

  int length() {
    return lineLen;
  }

  /** Full size of the current line in bytes, even when it was too long to keep. */
  long lineBytes() {
    return lineBytes;
  }

  boolean tooLong() {
    return tooLong;
  }

  /** 1-based number of the current line. */
  long lineNumber() {
    return lineNumber;
  }

  /** Byte offset of the current line's start in the (decompressed) stream. */
  long lineOffset() {
    return lineOffset;
  }
}
