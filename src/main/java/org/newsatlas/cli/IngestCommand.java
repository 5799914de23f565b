package org.newsatlas.cli;

import java.util.List;
import org.newsatlas.core.Settings;
import org.newsatlas.ingest.IngestJob;
import org.newsatlas.spark.RunContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Reads an archive (JSON Lines, CSV, text folders, WARC; gz and bz2 too) into the articles table.",
        "Every bad record goes to the quarantine table with a reason; exact duplicates are kept once."})
final class IngestCommand extends SparkCommand {
  @Mixin IngestOptions ingest = new IngestOptions();

  @Override
  String name() {
    return "ingest";
  }

  @Override
  List<String> inputs() {
    return ingest.inputs;
  }

  @Override
  void validate(Settings settings) {
    ingest.validate(settings);
  }

  @Override
  void execute(RunContext ctx) {
    runIngest(ctx, ingest);
  }

  static void runIngest(RunContext ctx, IngestOptions o) {
    ctx.stage("ingest", () -> {
      IngestJob.run(ctx, o.inputs, o.validate(ctx.settings()));
      return null;
    });
  }

  @Override
  void printSummary(RunContext ctx) {
    Summary.print(ctx);
  }
}
