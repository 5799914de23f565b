package org.newsatlas.cli;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.newsatlas.core.Settings;
import org.newsatlas.spark.RunContext;
import org.newsatlas.spark.RunLog;
import org.newsatlas.spark.Sessions;
import org.newsatlas.spark.ShutdownNotice;
import org.newsatlas.spark.nightly.OutputLock;
import picocli.CommandLine.Mixin;

/**
 * A command that runs Spark jobs: checks its arguments before Spark starts, opens one session, records the run in
 * the {@code runs} table whatever happens, and ends with a summary a person reads in seconds.
 */
abstract class SparkCommand implements Callable<Integer> {
  @Mixin CommonOptions common = new CommonOptions();

  /** The command's name in the runs table. */
  abstract String name();

  /** The inputs recorded in the runs table. */
  List<String> inputs() {
    return List.of();
  }

  /** Checks arguments before any Spark start-up; throws {@link UserError}. */
  void validate(Settings settings) {}

  /** False for read-only commands (sql), which leave no row in {@code runs}. */
  boolean recordsRun() {
    return true;
  }

  abstract void execute(RunContext ctx);

  /**
   * An exclusive lock the command holds for its whole run (null: none). Taken before the run is recorded, so that a
   * refused run writes nothing, not even to {@code runs} (whose appends would race with the holder's).
   */
  OutputLock lock(RunContext ctx) {
    return null;
  }

  abstract void printSummary(RunContext ctx);

  @Override
  public Integer call() {
    Settings settings = common.settings();
    validate(settings);
    // Embedded in a host that already runs Spark (tests, notebooks): use its session and leave it running.
    boolean owned = SparkSession.getDefaultSession().isEmpty();
    SparkSession spark = Sessions.create("newsatlas " + name(), common.master);
    RunContext ctx = new RunContext(spark, settings, common.out, newRunId());
    OutputLock lock;
    try {
      lock = lock(ctx);
    } catch (RuntimeException e) {
      if (owned) spark.stop();
      throw e;
    }
    ShutdownNotice.running(name());
    try {
      execute(ctx);
      if (recordsRun()) RunLog.record(ctx, name(), "SUCCEEDED", inputs(), null);
      printSummary(ctx);
      return 0;
    } catch (RuntimeException e) {
      // Stopped by the JVM's exit: Spark is going down and cannot record anything (ShutdownNotice said why).
      if (ShutdownNotice.stopping()) throw new Stopped(e);
      try {
        if (recordsRun()) RunLog.record(ctx, name(), "FAILED", inputs(), String.valueOf(e.getMessage()));
      } catch (RuntimeException logFailure) {
        e.addSuppressed(logFailure);
      }
      throw e;
    } finally {
      ShutdownNotice.finished();
      if (lock != null) lock.close(); // after the last runs row of this run
      if (owned) spark.stop();
    }
  }

  /** A command cut short by the JVM's exit (SIGTERM, Ctrl-C); {@link ShutdownNotice} has told the person. */
  static final class Stopped extends RuntimeException {
    Stopped(Throwable cause) {
      super("stopped by the JVM's exit", cause);
    }
  }

  static String newRunId() {
    String ts = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
    return ts + "-" + UUID.randomUUID().toString().substring(0, 6);
  }
}
