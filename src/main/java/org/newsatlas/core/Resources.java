package org.newsatlas.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Opens a configuration resource ({@code conf/...}): from the user's conf directory when it has the file, else from
 * the copy bundled in the jar. Executors therefore need nothing but the jar.
 */
public final class Resources {
  private Resources() {}

  /** Opens {@code conf/<relative>}; throws with a clear message when neither copy exists. */
  public static InputStream open(String confDir, String relative) throws IOException {
    if (confDir != null) {
      Path p = Paths.get(confDir, relative);
      if (Files.isRegularFile(p)) return Files.newInputStream(p);
    }
    InputStream in = Resources.class.getResourceAsStream("/conf/" + relative);
    if (in == null) {
      throw new IOException("missing resource conf/" + relative + " (neither in --conf-dir nor bundled in the jar)");
    }
    return in;
  }
}
