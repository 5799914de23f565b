package org.newsatlas.cli;

import org.newsatlas.compare.CompareJob;
import org.newsatlas.compare.CompareSpec;
import org.newsatlas.core.Settings;
import org.newsatlas.spark.RunContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Compares each outlet with the rest: coverage share, log-odds z-scores, chi-square, JS divergence.",
        "Fightin' Words log-odds with an informative Dirichlet prior, chi-square p-values adjusted by Benjamini-Hochberg,",
        "and the Jensen-Shannon divergence of outlets' place distributions per week.",
        "Reads articles, mentions, events; writes outlet_place_contrast and outlet_divergence."})
final class CompareCommand extends SparkCommand {
  @Mixin CompareOptions compare = new CompareOptions();

  @Override
  String name() {
    return "compare";
  }

  @Override
  void validate(Settings settings) {
    compare.validate(settings);
  }

  @Override
  void execute(RunContext ctx) {
    runCompare(ctx, compare, false);
  }

  /** With {@code inRun}, the whole pipeline has just written every table, aggregates included. */
  static void runCompare(RunContext ctx, CompareOptions o, boolean inRun) {
    CompareSpec spec = o.spec();
    ctx.stage("compare", () -> {
      CompareJob.run(ctx, spec, inRun, inRun);
      return null;
    });
  }

  @Override
  void printSummary(RunContext ctx) {
    Summary.print(ctx);
  }
}
