package org.newsatlas.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/** Reads and writes the tables under a run's output root, with the contract's schemas. */
public final class TableIO {
  private TableIO() {}

  /** True when the table folder has been written (Spark's {@code _SUCCESS} marker present). */
  public static boolean exists(RunContext ctx, String table) {
    try {
      Path p = new Path(ctx.table(table), "_SUCCESS");
      FileSystem fs = p.getFileSystem(ctx.spark().sparkContext().hadoopConfiguration());
      return fs.exists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The table, or an empty frame of its schema when no stage has written it yet. */
  public static Dataset<Row> readOrEmpty(RunContext ctx, String table, StructType schema) {
    if (!exists(ctx, table)) return ctx.spark().createDataFrame(java.util.List.of(), schema);
    return ctx.spark().read().schema(schema).parquet(ctx.table(table));
  }

  /** The table; stops with a clear message when the stage that writes it has not run. */
  public static Dataset<Row> require(RunContext ctx, String table, String producedBy) {
    if (!exists(ctx, table)) {
      throw new org.newsatlas.spark.MissingTableException(
          "no " + table + " table under " + ctx.outputRoot() + ": run `newsatlas " + producedBy + "` first (or pass --out)");
    }
    return ctx.spark().read().parquet(ctx.table(table));
  }

  /** Replaces the whole table, partitioned by {@code column} (null: not partitioned); returns its row count. */
  public static long overwriteBy(Dataset<Row> df, RunContext ctx, String table, String column) {
    return write(df, ctx, table, column, true).get("rows");
  }

  /**
   * Replaces the whole table, partitioned by week, and returns its row count ({@code rows}) with the given aggregates
   * of the rows written (each aliased, e.g. {@code count(col("x")).as("with_x")}), counted as they are written.
   */
  public static Map<String, Long> overwriteCounting(Dataset<Row> df, RunContext ctx, String table, Column... aggregates) {
    return write(df, ctx, table, "week", true, aggregates);
  }

  /** {@link #overwriteClusteredByWeek}, returning the row count and aggregates as {@link #overwriteCounting} does. */
  public static Map<String, Long> overwriteClusteredByWeekCounting(Dataset<Row> df, RunContext ctx, String table,
      Column... aggregates) {
    return write(df, ctx, table, "week", false, aggregates);
  }

  /**
   * Replaces the whole table, partitioned by week, from rows whose tasks already hold one week each (rows derived
   * partition by partition from a table partitioned by week): no shuffle to regroup them.
   */
  public static long overwriteClusteredByWeek(Dataset<Row> df, RunContext ctx, String table) {
    return write(df, ctx, table, "week", false).get("rows");
  }

  private static Map<String, Long> write(Dataset<Row> df, RunContext ctx, String table, String column, boolean regroup,
      Column... aggregates) {
    // Rows of one partition value go to one task first: one file per partition instead of one per task and
    // partition (hundreds of small files, each costing a file-system round trip, for nothing).
    Dataset<Row> rows = column != null && regroup ? df.repartition(functions.col(column)) : df;
    // The rows are counted as they pass to the writer, in its stage (so a retried map task cannot count twice), not
    // by reading the table back: that cost a Spark job, a listing and a plan per table.
    Observation written = new Observation();
    rows = rows.observe(written, functions.count(functions.lit(1)).as("rows"), aggregates);
    var w = rows.write().mode(SaveMode.Overwrite).option("partitionOverwriteMode", "static");
    if (column != null) w = w.partitionBy(column);
    w.parquet(ctx.table(table));
    Map<String, Long> counts = new LinkedHashMap<>();
    try {
      written.getAsJava().forEach((k, v) -> counts.put(k, ((Number) v).longValue()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while counting the rows written to " + table, e);
    }
    if (counts.get("rows") == 0 && column != null) {
      // An empty partitioned write leaves no Parquet file, and readers (DuckDB, Trino) then see no table at all:
      // write one empty file that carries the schema.
      df.limit(0).coalesce(1).write().mode(SaveMode.Overwrite).parquet(ctx.table(table));
    }
    return counts;
  }

  /**
   * Replaces only the partitions that {@code df} has values for (dynamic partition overwrite), keeping the others;
   * returns the number of rows written.
   */
  public static long replacePartitions(Dataset<Row> df, RunContext ctx, String table, String... columns) {
    Dataset<Row> cached = df.persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    try {
      long n = cached.count();
      if (n == 0 && exists(ctx, table)) return 0;
      if (n == 0) return overwriteBy(cached, ctx, table, columns[0]);
      removeRootFiles(ctx, table); // the schema-only file of an earlier empty write would clash with partitions
      org.apache.spark.sql.Column[] cols = new org.apache.spark.sql.Column[columns.length];
      for (int i = 0; i < columns.length; i++) cols[i] = org.apache.spark.sql.functions.col(columns[i]);
      cached.repartition(cols).write().mode(SaveMode.Overwrite).option("partitionOverwriteMode", "dynamic")
          .partitionBy(columns).parquet(ctx.table(table));
      touchSuccess(ctx, table); // a dynamic overwrite leaves no _SUCCESS marker of its own
      return n;
    } finally {
      cached.unpersist();
    }
  }

  /** Deletes a table's folder (before a full rebuild of it). */
  public static void drop(RunContext ctx, String table) {
    try {
      Path root = new Path(ctx.table(table));
      FileSystem fs = root.getFileSystem(ctx.spark().sparkContext().hadoopConfiguration());
      if (fs.exists(root)) fs.delete(root, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void touchSuccess(RunContext ctx, String table) {
    try {
      Path marker = new Path(ctx.table(table), "_SUCCESS");
      FileSystem fs = marker.getFileSystem(ctx.spark().sparkContext().hadoopConfiguration());
      if (!fs.exists(marker)) fs.create(marker, true).close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void removeRootFiles(RunContext ctx, String table) {
    try {
      Path root = new Path(ctx.table(table));
      FileSystem fs = root.getFileSystem(ctx.spark().sparkContext().hadoopConfiguration());
      if (!fs.exists(root)) return;
      for (var st : fs.listStatus(root)) {
        if (st.isFile() && st.getPath().getName().endsWith(".parquet")) fs.delete(st.getPath(), false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces the whole table, partitioned by week when {@code byWeek}; returns its row count. */
  public static long overwrite(Dataset<Row> df, RunContext ctx, String table, boolean byWeek) {
    return overwriteBy(df, ctx, table, byWeek ? "week" : null);
  }
}
