package org.newsatlas.core;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project folder of an embedded run ({@code NEWSATLAS_HOME}, set by scripts/newsatlas), against which default
 * paths such as {@code .cache/gazetteer/gazetteer.bin} and {@code conf} resolve when run from another folder.
 */
public final class Home {
  private Home() {}

  /** {@code relative} under the current folder if it exists there, else under NEWSATLAS_HOME when set. */
  public static Path resolve(String relative) {
    Path here = Path.of(relative);
    String home = System.getenv("NEWSATLAS_HOME");
    if (here.isAbsolute() || Files.exists(here) || home == null) return here;
    return Path.of(home).resolve(relative);
  }
}
