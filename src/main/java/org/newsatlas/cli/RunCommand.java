package org.newsatlas.cli;

import java.util.List;
import org.newsatlas.aggregate.AggregateJob;
import org.newsatlas.core.Settings;
import org.newsatlas.extract.ExtractJob;
import org.newsatlas.spark.RunContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"The whole pipeline: ingest, extract, aggregate, compare, in one Spark application.",
        "Example: scripts/newsatlas run --input archive/ --out out/"})
final class RunCommand extends SparkCommand {
  @Mixin IngestOptions ingest = new IngestOptions();
  @Mixin CompareOptions compare = new CompareOptions();

  @Override
  String name() {
    return "run";
  }

  @Override
  List<String> inputs() {
    return ingest.inputs;
  }

  @Override
  void validate(Settings settings) {
    ingest.validate(settings);
    compare.validate(settings);
    ExtractJob.checkResources(settings);
  }

  @Override
  void execute(RunContext ctx) {
    IngestCommand.runIngest(ctx, ingest);
    ctx.stage("extract", () -> {
      ExtractJob.run(ctx);
      return null;
    });
    ctx.stage("aggregate", () -> {
      AggregateJob.run(ctx);
      return null;
    });
    CompareCommand.runCompare(ctx, compare, true);
  }

  @Override
  void printSummary(RunContext ctx) {
    Summary.print(ctx);
  }
}
