package org.newsatlas.cli;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.AnalysisException;
import org.newsatlas.query.ResultPrinter;
import org.newsatlas.spark.RunContext;
import org.newsatlas.spark.TableIO;
import org.newsatlas.tables.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "sql", mixinStandardHelpOptions = true,
    description = {"Runs Spark SQL over the output tables (temporary views named after the tables).",
        "Use it on a cluster or for data that DuckDB on one machine cannot hold."})
final class SqlCommand extends SparkCommand {
  static final List<String> ALL_TABLES = List.of(Tables.ARTICLES, Tables.QUARANTINE, Tables.MENTIONS, Tables.EVENTS,
      Tables.RUNS, Tables.PLACE_WEEK_OUTLET, Tables.PLACE_WEEK, Tables.EVENT_WEEK_PLACE, Tables.ACTOR_WEEK_OUTLET, Tables.EVENT_CLUSTERS,
      Tables.OUTLET_PLACE_CONTRAST, Tables.OUTLET_DIVERGENCE);

  @Parameters(paramLabel = "SQL", description = "The statement.")
  String sql;

  @Mixin ResultOptions result = new ResultOptions();

  @Override
  String name() {
    return "sql";
  }

  @Override
  boolean recordsRun() {
    return false;
  }

  @Override
  void execute(RunContext ctx) {
    for (String t : ALL_TABLES) {
      if (TableIO.exists(ctx, t)) ctx.spark().read().parquet(ctx.table(t)).createOrReplaceTempView(t);
    }
    Dataset<Row> df;
    try {
      df = ctx.spark().sql(sql);
    } catch (Exception e) {
      if (e instanceof AnalysisException) throw new UserError("Spark SQL rejected the query: " + e.getMessage().lines().findFirst().orElse(""));
      throw e;
    }
    List<String> cols = List.of(df.columns());
    ResultPrinter p = new ResultPrinter(cols);
    for (Row r : df.limit(result.limit).collectAsList()) {
      Object[] row = new Object[cols.size()];
      for (int i = 0; i < row.length; i++) row[i] = r.get(i);
      p.add(row);
    }
    p.print(result.format(), System.out);
  }

  @Override
  void printSummary(RunContext ctx) {}
}
