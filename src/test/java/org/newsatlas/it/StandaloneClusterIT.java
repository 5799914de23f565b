package org.newsatlas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsatlas.spark.SampleCorpus;
import org.newsatlas.spark.TableAssertions;

/**
 * The pipeline on a real standalone cluster: a Master and a Worker started from Maven's Spark jars
 * (scripts/spark-cluster.sh), the cluster jar submitted through SparkSubmit, executors in their own JVM. Its tables
 * must equal those of the embedded run on the same input.
 */
class StandaloneClusterIT {
  static final Path PROJECT = SampleCorpus.PROJECT;
  static final Path SAMPLE = SampleCorpus.ROOT;
  static final String CLUSTER = PROJECT.resolve("scripts/spark-cluster.sh").toString();
  /** The project's gazetteer, for every run here (embedded, submitted, direct). */
  static final String GAZETTEER = "places.gazetteer=" + SampleCorpus.GAZETTEER;
  static final List<String> TABLES = List.of("articles", "quarantine", "mentions", "events", "place_week_outlet",
      "place_week", "event_week_place", "actor_week_outlet", "outlet_place_contrast", "outlet_divergence");

  /** The arguments of the reference run, embedded and submitted alike (the output root apart). */
  static final List<String> RUN_ARGS = runArgs();

  static Path work;
  /** The embedded run every cluster run is compared with, made once for the class. */
  static String embedded;

  @BeforeAll
  static void startCluster() throws Exception {
    work = Files.createTempDirectory("newsatlas-it");
    sh(List.of(CLUSTER, "start"), 240);
    embedded = work.resolve("embedded").toString();
    List<String> local = new ArrayList<>(List.of(PROJECT.resolve("scripts/newsatlas").toString()));
    local.addAll(RUN_ARGS);
    local.addAll(List.of("--out", embedded));
    sh(local, 600);
  }

  @AfterAll
  static void stopCluster() throws Exception {
    sh(List.of(CLUSTER, "stop"), 60);
  }

  private static List<String> runArgs() {
    List<String> args = new ArrayList<>(List.of("run", "--profile", "sample"));
    args.addAll(SampleCorpus.inputArgs());
    args.addAll(List.of("--min-count", "2", "--min-outlet-total", "4", "--set", GAZETTEER));
    return args;
  }

  @Test
  void clusterRunEqualsEmbeddedRun() throws Exception {
    String cluster = work.resolve("cluster").toString();
    List<String> submit = new ArrayList<>(List.of(CLUSTER, "submit",
        "--class", "org.newsatlas.cli.Main", PROJECT.resolve("target/newsatlas-cluster.jar").toString()));
    submit.addAll(RUN_ARGS);
    submit.addAll(List.of("--out", cluster));
    String log = sh(submit, 900);
    assertTrue(log.contains("reconciles"), "the cluster run's summary reconciles:\n" + log);

    // The launcher's own driver against the cluster (--master, no spark-submit): it ships the cluster jar itself.
    List<String> direct = new ArrayList<>(List.of(PROJECT.resolve("scripts/newsatlas").toString(), "run",
        "--master", masterUrl(), "--profile", "sample", "--input", SAMPLE.resolve("jsonl").toString(),
        "--out", work.resolve("direct").toString(),
        "--set", GAZETTEER));
    String directLog = sh(direct, 600);
    assertTrue(directLog.contains("reconciles"), "a run with --master spark://... reconciles:\n" + directLog);

    SparkSession spark = comparingSession();
    try {
      for (String t : TABLES) {
        TableAssertions.assertSameTable(spark, embedded, cluster, t, List.of("run_id"));
      }
      assertEquals(1, spark.read().parquet(cluster + "/runs").filter("command = 'run' AND status = 'SUCCEEDED'").count());
    } finally {
      spark.stop();
    }
  }

  /**
   * What a scheduler runs every night: jobs/nightly.sh, spark-submit from a SPARK_HOME (the cluster script's, with
   * its bin/spark-submit) to the cluster, with a job file. Its ingest, extraction and aggregate tables equal the
   * embedded run's (the comparison tables depend on --min-count, which the job does not set), the gazetteer it ships
   * with --files is not shipped twice, and a second night with nothing new changes nothing.
   */
  @Test
  void nightlyWrapperOnTheClusterEqualsAnEmbeddedRun() throws Exception {
    String nightly = work.resolve("nightly").toString();
    Path job = work.resolve("nightly.properties");
    Files.writeString(job, "input=" + String.join(",", SampleCorpus.inputs())
        + "\nout=" + nightly + "\nprofile=sample\n");

    Map<String, String> env = Map.of("SPARK_HOME", PROJECT.resolve("target/spark-home").toString(),
        "NEWSATLAS_MASTER", masterUrl(), "NEWSATLAS_JOB", job.toString(),
        "NEWSATLAS_LOCK", work.resolve("nightly.lock").toString());
    List<String> wrapper = List.of(PROJECT.resolve("jobs/nightly.sh").toString());
    String first = sh(wrapper, env, 900);
    assertTrue(first.contains("reconciles"), "the nightly run's summary reconciles:\n" + first);
    assertTrue(!first.contains("has been added already"), "the gazetteer is shipped once:\n" + first);
    String second = sh(wrapper, env, 900);
    assertTrue(second.contains("0 new or changed"), "the second night finds nothing new:\n" + second);

    SparkSession spark = comparingSession();
    try {
      for (String t : TABLES.subList(0, TABLES.indexOf("outlet_place_contrast"))) {
        TableAssertions.assertSameTable(spark, embedded, nightly, t, List.of("run_id"));
      }
      assertEquals(2, spark.read().parquet(nightly + "/runs").filter("command = 'nightly' AND status = 'SUCCEEDED'").count());
    } finally {
      spark.stop();
    }
  }

  private static String masterUrl() throws IOException, InterruptedException {
    return sh(List.of(CLUSTER, "master-url"), 60).trim();
  }

  /** A local session that reads both runs' tables. */
  private static SparkSession comparingSession() {
    return SparkSession.builder().master("local[2]").appName("compare-it")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false").getOrCreate();
  }

  /** Runs a command from the project folder; fails with its output when it fails or times out. */
  static String sh(List<String> cmd, int timeoutSeconds) throws IOException, InterruptedException {
    return sh(cmd, Map.of(), timeoutSeconds);
  }

  static String sh(List<String> cmd, Map<String, String> env, int timeoutSeconds)
      throws IOException, InterruptedException {
    File out = Files.createTempFile("newsatlas-it", ".log").toFile();
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(PROJECT.toFile()).redirectErrorStream(true).redirectOutput(out);
    pb.environment().putAll(env);
    Process p = pb.start();
    boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
    String log = Files.readString(out.toPath());
    if (!done) {
      p.destroyForcibly();
      throw new AssertionError("timed out after " + timeoutSeconds + " s: " + String.join(" ", cmd) + "\n" + log);
    }
    assertEquals(0, p.exitValue(), String.join(" ", cmd) + " failed:\n" + log);
    return log;
  }
}
