package org.newsatlas.extract.place;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Shared gazetteers for the place tests: the small fixture one, and the real one built from the cached dumps. */
final class PlaceTestSupport {
  private PlaceTestSupport() {}

  private static Gazetteer fixture;
  private static Gazetteer real;

  static Path projectDir() {
    return Paths.get(System.getProperty("newsatlas.project.dir", ".")).toAbsolutePath();
  }

  static String confDir() {
    return projectDir().resolve("conf").toString();
  }

  static synchronized Gazetteer fixture() {
    if (fixture == null) {
      try {
        Path dir = Paths.get(PlaceTestSupport.class.getResource("/places-fixture/cities500.txt").toURI()).getParent();
        fixture = GazetteerBuilder.buildInMemory(dir, confDir());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return fixture;
  }

  /** The real gazetteer, built once per test JVM from the dumps that scripts/fetch-geonames.sh caches. */
  static synchronized Gazetteer real() {
    if (real == null) {
      String cache = System.getenv("NEWSATLAS_CACHE");
      Path dumps = (cache != null ? Paths.get(cache) : projectDir().resolve(".cache")).resolve("geonames");
      if (!Files.isRegularFile(dumps.resolve("cities500.txt"))) {
        fail("GeoNames dumps absent from " + dumps + ": run scripts/fetch-geonames.sh first");
      }
      try {
        real = GazetteerBuilder.buildInMemory(dumps, confDir());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return real;
  }

  /** The shared corpora directory (/work/shared or ../shared next to the project), or null when absent. */
  static Path sharedDir() {
    for (Path p : new Path[] {Paths.get("/work/shared"), projectDir().resolveSibling("shared")}) {
      if (Files.isDirectory(p.resolve("corpora"))) return p;
    }
    return null;
  }
}
