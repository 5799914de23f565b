package org.newsatlas.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Stable identifiers: hex SHA-256 prefixes, identical on every JVM and every run. */
public final class Hashing {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Hashing() {}

  /** The first {@code hexChars} hex digits of SHA-256 over the parts joined by U+0001. */
  public static String sha256Hex(int hexChars, String... parts) {
    MessageDigest md = sha256();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) md.update((byte) 1);
      if (parts[i] != null) md.update(parts[i].getBytes(StandardCharsets.UTF_8));
    }
    return hexPrefix(md.digest(), hexChars);
  }

  /** The first {@code hexChars} lower-case hex digits of {@code digest}. */
  public static String hexPrefix(byte[] digest, int hexChars) {
    char[] out = new char[hexChars];
    for (int i = 0; i < hexChars; i++) {
      int b = digest[i >> 1] & 0xff;
      out[i] = HEX[(i & 1) == 0 ? b >>> 4 : b & 0xf];
    }
    return new String(out);
  }

  /** A new SHA-256 digest (every JVM has one). */
  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }
}
