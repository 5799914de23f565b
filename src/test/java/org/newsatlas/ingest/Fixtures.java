package org.newsatlas.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.newsatlas.core.Settings;

/** Builders of test inputs (bytes written here, never taken from a corpus). */
final class Fixtures {
  private Fixtures() {}

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] gzip(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(out)) {
      g.write(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) out.writeBytes(p);
    return out.toByteArray();
  }

  static InputStream in(byte[] b) {
    return new ByteArrayInputStream(b);
  }

  /** Reads {@code bytes} as file {@code name} through decompression, format detection and the spec's reader. */
  static CollectingSink ingest(InputSpec spec, String name, byte[] bytes, boolean normalize) {
    CollectingSink sink = normalize
        ? new CollectingSink(new ArticleNormalizer(Settings.load(null, Map.of()), spec), RealCorporaTest.NOW)
        : new CollectingSink();
    new FileIngest(spec, null).read(name, in(bytes), sink);
    return sink;
  }

  /** A news-please JSON line. */
  static String json(String url, String title, String text, String date, String outlet) {
    return "{\"url\":" + q(url) + ",\"title\":" + q(title) + ",\"maintext\":" + q(text) + ",\"date_publish\":"
        + q(date) + ",\"source_domain\":" + q(outlet) + ",\"language\":\"en\"}";
  }

  static String q(String s) {
    if (s == null) return "null";
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
