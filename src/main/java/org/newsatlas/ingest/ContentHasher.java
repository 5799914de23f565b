package org.newsatlas.ingest;

import java.security.MessageDigest;
import org.newsatlas.core.Hashing;

/**
 * SHA-256 of a text lower-cased with every whitespace run made one space (leading and trailing runs dropped), so that
 * copies differing only in layout or case get one hash. Folds, encodes to UTF-8 and digests in one pass over reused
 * buffers: the same digest as hashing the folded String's UTF-8 bytes, without building either. Not thread-safe.
 */
final class ContentHasher {
  /**
   * Every BMP char folded for the hash: lower case, or 0 for whitespace. A table: Character's own lookups cost about
   * 20 ns per non-ASCII char.
   */
  private static final char[] FOLD = new char[65536];

  static {
    for (int c = 0; c < 65536; c++) FOLD[c] = isSpace((char) c) ? 0 : Character.toLowerCase((char) c);
  }

  private final MessageDigest sha256 = Hashing.sha256();
  private final byte[] buf = new byte[8192];
  private int len;

  /** The first {@code hexChars} hex digits of the folded text's SHA-256. */
  String hash(CharSequence text, int hexChars) {
    len = 0;
    boolean space = false;
    boolean any = false;
    char high = 0; // a high surrogate waiting for its pair
    for (int i = 0, n = text.length(); i < n; i++) {
      char f = FOLD[text.charAt(i)];
      if (f == 0) {
        space = any;
        continue;
      }
      if (space) {
        if (high != 0) {
          put('?');
          high = 0;
        }
        put(' ');
        space = false;
      }
      any = true;
      if (high != 0) {
        if (Character.isLowSurrogate(f)) {
          putCodePoint(Character.toCodePoint(high, f));
          high = 0;
          continue;
        }
        put('?'); // an unpaired surrogate encodes as '?', as String.getBytes does
        high = 0;
      }
      if (Character.isHighSurrogate(f)) {
        high = f;
      } else if (Character.isLowSurrogate(f)) {
        put('?');
      } else {
        putChar(f);
      }
    }
    if (high != 0) put('?');
    sha256.update(buf, 0, len);
    return Hashing.hexPrefix(sha256.digest(), hexChars);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0';
  }

  private void putChar(char c) {
    if (c < 0x80) {
      put(c);
    } else if (c < 0x800) {
      room(2);
      buf[len++] = (byte) (0xC0 | (c >> 6));
      buf[len++] = (byte) (0x80 | (c & 0x3F));
    } else {
      room(3);
      buf[len++] = (byte) (0xE0 | (c >> 12));
      buf[len++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      buf[len++] = (byte) (0x80 | (c & 0x3F));
    }
  }

  private void putCodePoint(int cp) {
    room(4);
    buf[len++] = (byte) (0xF0 | (cp >> 18));
    buf[len++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
    buf[len++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
    buf[len++] = (byte) (0x80 | (cp & 0x3F));
  }

  private void put(char ascii) {
    room(1);
    buf[len++] = (byte) ascii;
  }

  private void room(int bytes) {
    if (len + bytes > buf.length) {
      sha256.update(buf, 0, len);
      len = 0;
    }
  }
}
