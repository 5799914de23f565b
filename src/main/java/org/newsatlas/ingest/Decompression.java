package org.newsatlas.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * Opens an input file as a plain byte stream: gzip (concatenated members included) and bzip2 are recognised by their
 * magic bytes, whatever the file is called, so a mis-named file still reads. A compressed stream that breaks off
 * throws {@link TruncatedInputException} from {@code read}, after every byte decoded before the break.
 */
public final class Decompression {
  /** What the first bytes of a file say it is. */
  public enum Codec { GZIP, BZIP2, NONE }

  private Decompression() {}

  /** The decompressed content of {@code raw}; the stream is buffered and supports {@code mark}. */
  public static InputStream open(String fileName, InputStream raw) throws IOException {
    BufferedInputStream in = raw instanceof BufferedInputStream b ? b : new BufferedInputStream(raw, 1 << 16);
    Codec codec = sniff(in);
    switch (codec) {
      case GZIP:
        return new BufferedInputStream(new TruncationGuard(new GZIPInputStream(in, 1 << 16), fileName), 1 << 16);
      case BZIP2:
        return new BufferedInputStream(new TruncationGuard(new BZip2CompressorInputStream(in, true), fileName), 1 << 16);
      default:
        return in;
    }
  }

  /** Looks at the first bytes of a mark-supporting stream without consuming them. */
  public static Codec sniff(InputStream in) throws IOException {
    in.mark(4);
    byte[] b = new byte[3];
    int n = in.readNBytes(b, 0, 3);
    in.reset();
    if (n >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b) return Codec.GZIP;
    if (n == 3 && b[0] == 'B' && b[1] == 'Z' && b[2] == 'h') return Codec.BZIP2;
    return Codec.NONE;
  }

  /** The file name without a compression suffix ({@code a.jsonl.gz} → {@code a.jsonl}), for format detection. */
  public static String stripCompressionSuffix(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (String s : new String[] {".gz", ".gzip", ".bz2"}) {
      if (lower.endsWith(s)) return fileName.substring(0, fileName.length() - s.length());
    }
    return fileName;
  }

  /**
   * Turns the decompressors' ways of saying "the stream ended early" (EOFException from GZIPInputStream, an
   * IOException from commons-compress) into one exception type that every reader handles alike.
   */
  private static final class TruncationGuard extends FilterInputStream {
    private final String fileName;
    TruncationGuard(InputStream in, String fileName) {
      super(in);
      this.fileName = fileName;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (EOFException | ZipException e) {
        throw truncated(e);
      } catch (IOException e) {
        throw isBzip2Truncation(e) ? truncated(e) : e;
      }
    }

    /**
     * Zero, so that a BufferedInputStream above returns what it has after each call instead of reading on within the
     * same call: a truncation then surfaces on a call of its own and no decoded byte before it is lost.
     */
    @Override
    public int available() {
      return 0;
    }

    private static boolean isBzip2Truncation(IOException e) {
      String m = e.getMessage();
      return m != null && (m.contains("unexpected end") || m.contains("Unexpected end") || m.contains("truncated"));
    }

    private TruncatedInputException truncated(IOException e) {
      return new TruncatedInputException(
          "compressed stream of " + fileName + " ends early (" + e.getMessage() + ")", e);
    }
  }
}
