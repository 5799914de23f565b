package org.newsatlas.cli;

import org.newsatlas.core.Home;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsatlas.extract.place.GazetteerBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsatlas gazetteer build}: turns the GeoNames dumps and conf/places/ into the binary gazetteer artifact. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Build the place gazetteer artifact from GeoNames dumps (scripts/fetch-geonames.sh) and conf/places/.")
public final class GazetteerBuildCommand implements Callable<Integer> {
  @Option(names = "--dumps", description = "Dumps directory (default: .cache/geonames of the project).")
  Path dumps;

  @Option(names = "--out", description = "Artifact (default: .cache/gazetteer/gazetteer.bin of the project).")
  Path out;

  @Option(names = "--conf-dir", description = "Conf directory (default: the project's conf/); "
      + "files missing there come from the copy bundled in the jar.")
  String confDir;

  @picocli.CommandLine.Option(names = "--if-stale",
      description = "Build only when the artifact is missing, of another format or rules, or older than the dumps or conf/places.")
  boolean ifStale;

  @Override
  public Integer call() throws Exception {
    if (confDir == null && java.nio.file.Files.isDirectory(Home.resolve("conf"))) confDir = Home.resolve("conf").toString();
    if (dumps == null) dumps = Home.resolve(".cache/geonames");
    if (out == null) out = Home.resolve(".cache/gazetteer/gazetteer.bin");
    if (ifStale && upToDate()) {
      System.err.println("gazetteer " + out + " is up to date");
      return 0;
    }
    if (!Files.isRegularFile(dumps.resolve("cities500.txt"))) {
      System.err.println("no GeoNames dumps in " + dumps + ": run scripts/fetch-geonames.sh first");
      return 2;
    }
    GazetteerBuilder.build(dumps, confDir, out);
    return 0;
  }

  private boolean upToDate() throws java.io.IOException {
    if (org.newsatlas.extract.place.Gazetteer.problem(out, confDir) != null) return false;
    java.nio.file.attribute.FileTime built = Files.getLastModifiedTime(out);
    for (Path dir : new Path[] {dumps, confDir == null ? null : Path.of(confDir, "places")}) {
      if (dir == null || !Files.isDirectory(dir)) continue;
      try (var files = Files.list(dir)) {
        if (files.anyMatch(f -> {
          try {
            return Files.getLastModifiedTime(f).compareTo(built) > 0;
          } catch (java.io.IOException e) {
            return true;
          }
        })) return false;
      }
    }
    return true;
  }
}
