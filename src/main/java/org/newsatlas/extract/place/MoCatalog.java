package org.newsatlas.extract.place;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a GNU gettext {@code .mo} catalogue (the binary format documented in the gettext manual: magic, revision,
 * string count, offsets of the original and translated string tables, each entry a length and an offset). Debian's
 * libgeonames-common ships one per language, keyed by GeoNames id, e.g. {@code "98182" -> "Bagdad"}.
 */
public final class MoCatalog {
  private MoCatalog() {}

  private static final int MAGIC = 0x950412de;

  /** Message id to translation, in catalogue order; the header entry (empty id) is left out. */
  public static Map<String, String> read(Path file) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    int magic = b.getInt(0);
    if (magic != MAGIC) {
      b.order(ByteOrder.BIG_ENDIAN);
      if (b.getInt(0) != MAGIC) throw new IOException(file + " is not a gettext .mo file");
    }
    int n = b.getInt(8);
    int orig = b.getInt(12);
    int trans = b.getInt(16);
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      String id = string(b, orig + 8 * i);
      if (id.isEmpty()) continue;
      String value = string(b, trans + 8 * i);
      int nul = value.indexOf('\0'); // plural forms: keep the singular
      out.put(id, nul >= 0 ? value.substring(0, nul) : value);
    }
    return out;
  }

  private static String string(ByteBuffer b, int entry) throws IOException {
    int len = b.getInt(entry);
    int off = b.getInt(entry + 4);
    if (off < 0 || len < 0 || off + len > b.limit()) throw new IOException("corrupt .mo string table");
    return new String(b.array(), off, len, StandardCharsets.UTF_8);
  }
}
