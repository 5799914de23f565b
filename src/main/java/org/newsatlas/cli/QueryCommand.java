package org.newsatlas.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.newsatlas.query.DuckDbQuery;
import org.newsatlas.query.ResultPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
    description = {"Runs SQL over the output tables with embedded DuckDB (no Spark start-up).",
        "Each table is a view named after its folder (articles, mentions, place_week_outlet, ...); `week` is a column.",
        "Example: newsatlas query \"SELECT outlet, count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC\""})
final class QueryCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SQL", description = "The statement; `SHOW TABLES` lists the views.")
  String sql;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "newsatlas-out",
      description = "Output root of a run (a local folder). Default: ${DEFAULT-VALUE}.")
  Path out;

  @Mixin ResultOptions result = new ResultOptions();

  @Override
  public Integer call() throws SQLException {
    if (!Files.isDirectory(out)) throw new UserError("no output root at " + out + ": run `newsatlas run` first or pass --out.");
    ResultPrinter.Format f = result.format();
    try (DuckDbQuery q = new DuckDbQuery(out)) {
      if (q.views().isEmpty()) throw new UserError("no tables under " + out + ": run `newsatlas run` first.");
      try {
        q.run(sql, result.limit).print(f, System.out);
      } catch (SQLException e) {
        throw new UserError("DuckDB rejected the query: " + e.getMessage().lines().findFirst().orElse("")
            + " (tables: " + String.join(", ", q.views()) + ")");
      }
    }
    return 0;
  }
}
