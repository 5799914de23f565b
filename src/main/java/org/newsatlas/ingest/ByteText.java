package org.newsatlas.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Byte-level checks and strict decoding shared by the readers. One instance per reader (the decoder is reused, so
 * it is not thread-safe).
 */
final class ByteText {
  /** Share of control bytes above which a record is binary junk rather than text. */
  static final double MAX_CONTROL_SHARE = 0.10;

  private final CharsetDecoder strict;
  private final Charset charset;

  ByteText(Charset charset) {
    this.charset = charset;
    this.strict = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  Charset charset() {
    return charset;
  }

  static ByteText utf8() {
    return new ByteText(StandardCharsets.UTF_8);
  }

  /** Decodes strictly: any malformed or unmappable byte sequence throws. A leading UTF-8 BOM is dropped. */
  String decode(byte[] b, int off, int len) throws CharacterCodingException {
    if (charset == StandardCharsets.UTF_8 && len >= 3 && (b[off] & 0xff) == 0xEF && (b[off + 1] & 0xff) == 0xBB
        && (b[off + 2] & 0xff) == 0xBF) {
      off += 3;
      len -= 3;
    }
    strict.reset();
    CharBuffer cb = strict.decode(ByteBuffer.wrap(b, off, len));
    return cb.toString();
  }

  /** A readable rendering of bytes that failed strict decoding, for the quarantine's raw column. */
  String lenient(byte[] b, int off, int len) {
    return new String(b, off, Math.min(len, Rejection.MAX_RAW_CHARS), charset);
  }

  /** True when the bytes hold a NUL or more than {@link #MAX_CONTROL_SHARE} of control bytes. */
  static boolean looksBinary(byte[] b, int off, int len) {
    if (len == 0) return false;
    int control = 0;
    for (int i = off, end = off + len; i < end; i++) {
      int c = b[i] & 0xff;
      if (c == 0) return true;
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f) control++;
    }
    return control > len * MAX_CONTROL_SHARE;
  }
}
