package org.newsatlas.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsatlas.extract.place.GeoparsingEval;
import org.newsatlas.extract.place.Gazetteer;
import org.newsatlas.extract.place.PlaceExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsatlas eval geoparsing --gold <xml> [--gold <xml>...]}: place recognition P/R/F1 and resolution within
 * 161 km on gold corpora in Gritta et al.'s XML format (TR-News, GeoVirus, ...).
 */
@Command(name = "geoparsing", mixinStandardHelpOptions = true,
    description = "Evaluate place recognition and resolution on geoparsing gold XML files.")
public final class EvalGeoparsingCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, description = "Gold XML file (repeatable).")
  List<Path> gold;

  @Mixin EvalGazetteerOptions gz;

  @Option(names = "--errors", defaultValue = "0", description = "Also list up to N errors of each kind per corpus.")
  int errors;

  @Override
  public Integer call() throws IOException {
    for (Path g : gold) {
      if (!Files.isRegularFile(g)) {
        System.err.println("gold file not found: " + g + " (pass --gold <xml>)");
        return 2;
      }
    }
    Path gazetteer = gz.checkedGazetteer();
    if (gazetteer == null) return 2;
    PlaceExtractor ex = new PlaceExtractor(Gazetteer.load(gazetteer), gz.confDir);
    for (Path g : gold) {
      List<GeoparsingEval.Result> both = GeoparsingEval.evaluateBothWays(g, ex);
      GeoparsingEval.Result r = both.get(0);
      System.out.print(r.report());
      GeoparsingEval.Result t = both.get(1);
      System.out.printf(java.util.Locale.ROOT, "  recognition without demonym adjectives (NER's LOCATION convention): "
          + "P %.3f R %.3f F1 %.3f (%d demonym mentions set aside)%n", t.precision(), t.recall(), t.f1(),
          r.predicted() - t.predicted());
      if (errors > 0) {
        r.falsePositives().stream().limit(errors).forEach(e -> System.out.println("  FP  " + e));
        r.falseNegatives().stream().limit(errors).forEach(e -> System.out.println("  FN  " + e));
        r.resolutionErrors().stream().limit(errors).forEach(e -> System.out.println("  RES " + e));
      }
    }
    System.out.println("resolution passes: " + ex.passCounts());
    return 0;
  }
}
