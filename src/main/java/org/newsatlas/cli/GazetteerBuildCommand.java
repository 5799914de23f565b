package org.newsatlas.cli;

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
  @Option(names = "--dumps", defaultValue = ".cache/geonames", description = "Dumps directory (default: ${DEFAULT-VALUE}).")
  Path dumps;

  @Option(names = "--out", defaultValue = ".cache/gazetteer/gazetteer.bin", description = "Artifact (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--conf-dir", defaultValue = "conf", description = "Conf directory (default: ${DEFAULT-VALUE}); "
      + "files missing there come from the copy bundled in the jar.")
  String confDir;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(dumps.resolve("cities500.txt"))) {
      System.err.println("no GeoNames dumps in " + dumps + ": run scripts/fetch-geonames.sh first");
      return 2;
    }
    GazetteerBuilder.build(dumps, confDir, out);
    return 0;
  }
}
