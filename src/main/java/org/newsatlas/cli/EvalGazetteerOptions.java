package org.newsatlas.cli;

import java.nio.file.Path;
import org.newsatlas.extract.place.Gazetteer;
import picocli.CommandLine.Option;

/** The gazetteer and conf options of the eval commands that run the extractor, and the check of the artifact. */
public final class EvalGazetteerOptions {
  @Option(names = "--gazetteer",
      description = "Gazetteer artifact (default: .cache/gazetteer/gazetteer.bin of the project); build it with `newsatlas gazetteer build`.")
  Path gazetteer;

  @Option(names = "--conf-dir", description = "Directory overriding the bundled conf/ files.")
  String confDir;

  /** The artifact to load, or null after printing what to do when it is missing or built with other rules. */
  Path checkedGazetteer() {
    Path g = gazetteer != null ? gazetteer : org.newsatlas.core.Home.resolve(".cache/gazetteer/gazetteer.bin");
    String problem = Gazetteer.problem(g, confDir);
    if (problem != null) {
      System.err.println("newsatlas: " + problem + ": run scripts/fetch-geonames.sh, then "
          + "`scripts/newsatlas gazetteer build --out " + g + "`");
      return null;
    }
    return g;
  }
}
