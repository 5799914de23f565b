package org.newsatlas.cli;

import org.newsatlas.aggregate.AggregateJob;
import org.newsatlas.spark.RunContext;
import picocli.CommandLine.Command;

@Command(name = "aggregate", mixinStandardHelpOptions = true,
    description = {"Counts articles, mentions and events by place, ISO week and outlet (raw and with syndicated copies counted once).",
        "Reads articles, mentions, events; writes place_week_outlet, place_week, event_week_place, actor_week_outlet."})
final class AggregateCommand extends SparkCommand {
  @Override
  String name() {
    return "aggregate";
  }

  @Override
  void execute(RunContext ctx) {
    ctx.stage("aggregate", () -> {
      AggregateJob.run(ctx);
      return null;
    });
  }

  @Override
  void printSummary(RunContext ctx) {
    Summary.print(ctx);
  }
}
