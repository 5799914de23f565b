package org.newsatlas.spark;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.newsatlas.tables.Tables;
import scala.collection.JavaConverters;

/** Appends one row per command to the {@code runs} table: what ran, on what, with which settings, and its counts. */
public final class RunLog {
  private RunLog() {}

  public static void record(RunContext ctx, String command, String status, List<String> inputs, String message) {
    // Stage durations travel with the counts (stage_ms.<stage>), so that runs can be compared over time.
    java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>(ctx.counts());
    ctx.stageMillis().forEach((stage, ms) -> counts.put("stage_ms." + stage, ms));
    record(ctx, ctx.runId(), ctx.startedAt(), command, status, inputs, counts, message);
  }

  /**
   * Appends a row for any run (a nightly run records each state it reaches: STARTED, COMMITTING, then SUCCEEDED or
   * FAILED; a later run appends RECOVERED or FAILED for one it found interrupted). The last row of a run is its state.
   */
  public static void record(RunContext ctx, String runId, Instant startedAt, String command, String status,
      List<String> inputs, java.util.Map<String, Long> counts, String message) {
    Row row = RowFactory.create(
        runId,
        command,
        status,
        Timestamp.from(startedAt),
        Timestamp.from(Instant.now()),
        inputs == null ? null : JavaConverters.asScalaBuffer(inputs).toList(),
        JavaConverters.mapAsScalaMap(counts).toMap(scala.Predef.$conforms()),
        JavaConverters.mapAsScalaMap(ctx.settings().asMap()).toMap(scala.Predef.$conforms()),
        Version.get(),
        Tables.CONTRACT_VERSION,
        message);
    ctx.spark().createDataFrame(List.of(row), Tables.RUNS_SCHEMA)
        .coalesce(1)
        .write()
        .mode(SaveMode.Append)
        .parquet(ctx.table(Tables.RUNS));
  }
}
