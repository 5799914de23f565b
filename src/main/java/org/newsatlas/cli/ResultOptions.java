package org.newsatlas.cli;

import java.util.Locale;
import org.newsatlas.query.ResultPrinter;
import picocli.CommandLine.Option;

/** How a query's rows are printed: the options `query` (DuckDB) and `sql` (Spark) share. */
final class ResultOptions {
  @Option(names = "--format", defaultValue = "table",
      description = "table, csv, json (JSON Lines) or markdown. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--limit", defaultValue = "1000", description = "Maximum rows printed. Default: ${DEFAULT-VALUE}.")
  int limit;

  ResultPrinter.Format format() {
    try {
      return ResultPrinter.Format.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserError("--format must be table, csv, json or markdown, not '" + format + "'.");
    }
  }
}
