package org.newsatlas.cli;

import org.newsatlas.extract.ExtractJob;
import org.newsatlas.spark.RunContext;
import picocli.CommandLine.Command;

@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Finds places (resolved to GeoNames), actors, dates and events in every article.",
        "Reads articles; writes mentions and events. Needs the gazetteer (scripts/fetch-geonames.sh, then",
        "`newsatlas gazetteer build`; scripts/demo.sh does both)."})
final class ExtractCommand extends SparkCommand {
  @Override
  String name() {
    return "extract";
  }

  @Override
  void validate(org.newsatlas.core.Settings settings) {
    ExtractJob.checkResources(settings);
  }

  @Override
  void execute(RunContext ctx) {
    ctx.stage("extract", () -> {
      ExtractJob.run(ctx);
      return null;
    });
  }

  @Override
  void printSummary(RunContext ctx) {
    Summary.print(ctx);
  }
}
