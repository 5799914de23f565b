package org.newsatlas.spark;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.newsatlas.core.Settings;

/**
 * What every job of one command shares: the session, the settings, the output root, the run id, and the counts that
 * end up in the {@code runs} table and the closing summary. Lives on the driver only.
 */
public final class RunContext {
  private final SparkSession spark;
  private final Settings settings;
  private final String outputRoot;
  private final String runId;
  private final Instant startedAt = Instant.now();
  private final Map<String, Long> counts = new LinkedHashMap<>();
  private final Map<String, Long> stageMillis = new LinkedHashMap<>();
  private String step;
  private Instant stepStart;

  public RunContext(SparkSession spark, Settings settings, String outputRoot, String runId) {
    this.spark = spark;
    this.settings = settings;
    this.outputRoot = outputRoot.endsWith("/") ? outputRoot.substring(0, outputRoot.length() - 1) : outputRoot;
    this.runId = runId;
  }

  public SparkSession spark() {
    return spark;
  }

  public Settings settings() {
    return settings;
  }

  public String outputRoot() {
    return outputRoot;
  }

  /** The folder of a table under the output root. */
  public String table(String name) {
    return outputRoot + "/" + name;
  }

  public String runId() {
    return runId;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public void count(String key, long value) {
    counts.put(key, value);
  }

  public long count(String key) {
    return counts.getOrDefault(key, 0L);
  }

  public Map<String, Long> counts() {
    return counts;
  }

  public Map<String, Long> stageMillis() {
    return stageMillis;
  }

  /**
   * Ends the current step of a long stage and starts the next ({@code null}: ends it only), with the same start and
   * end lines and duration as a stage: for a stage whose steps share too many values to be separate lambdas.
   */
  public void step(String name) {
    if (step != null) {
      long ms = Duration.between(stepStart, Instant.now()).toMillis();
      stageMillis.put(step, ms);
      System.err.printf("[newsatlas] %-10s done in %.1f s%n", step, ms / 1000.0);
    }
    step = name;
    stepStart = Instant.now();
    if (name != null) System.err.printf("[newsatlas] %-10s started%n", name);
  }

  /** Runs one stage with a start line and an end line carrying its duration (a person watches long runs). */
  public <T> T stage(String name, java.util.function.Supplier<T> body) {
    System.err.printf("[newsatlas] %-10s started%n", name);
    Instant t0 = Instant.now();
    Sessions.fitToSlots(spark);
    spark.sparkContext().setJobGroup(name, "newsatlas " + name, false);
    boolean ok = false;
    try {
      T result = body.get();
      ok = true;
      return result;
    } finally {
      if (step != null) step(null);
      long ms = Duration.between(t0, Instant.now()).toMillis();
      stageMillis.put(name, ms);
      String end = ok ? "done" : ShutdownNotice.stopping() ? "stopped" : "failed";
      System.err.printf("[newsatlas] %-10s %s in %.1f s%n", name, end, ms / 1000.0);
      spark.sparkContext().clearJobGroup();
    }
  }
}
