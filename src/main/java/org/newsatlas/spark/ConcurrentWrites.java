package org.newsatlas.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a stage's independent table writes side by side. One write is a chain of small Spark jobs, and between and at
 * the end of each (the driver planning and committing, the last task of a stage running alone) cores sit idle; with
 * two writes in flight, one's tasks fill the other's gaps. Spark schedules concurrent jobs of one application
 * first come, first served, so the first write still gets the cores it can use.
 *
 * <p>The threads are started by the calling thread, so they inherit its Spark job group (the stage name that the
 * metrics and the console show).
 */
public final class ConcurrentWrites {
  private ConcurrentWrites() {}

  /** Setting: how many writes of one stage may run at once (1: one after the other). */
  public static final String SETTING = "jobs.concurrent_writes";

  /** Two: enough to fill one write's gaps with the other's tasks on any number of cores. */
  public static final int DEFAULT = 2;

  /** Runs the writes with the parallelism of the setting {@link #SETTING}. */
  public static Map<String, Long> run(Map<String, Callable<Long>> writes, org.newsatlas.core.Settings settings) {
    return run(writes, settings.getInt(SETTING, DEFAULT));
  }

  /**
   * Runs each write (table name to a write returning its row count) with at most {@code parallelism} at once and
   * returns the counts in the given order. The first failure is rethrown once every started write has ended.
   */
  public static Map<String, Long> run(Map<String, Callable<Long>> writes, int parallelism) {
    Map<String, Long> counts = new LinkedHashMap<>();
    if (parallelism <= 1 || writes.size() <= 1) {
      writes.forEach((table, w) -> counts.put(table, call(w)));
      return counts;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, writes.size()), r -> {
      Thread t = new Thread(r, "newsatlas-write");
      t.setDaemon(true);
      return t;
    });
    try {
      List<String> tables = new ArrayList<>(writes.keySet());
      List<Future<Long>> futures = new ArrayList<>();
      for (String table : tables) futures.add(pool.submit(writes.get(table)));
      RuntimeException failure = null;
      for (int i = 0; i < tables.size(); i++) {
        try {
          counts.put(tables.get(i), futures.get(i).get());
        } catch (ExecutionException e) {
          if (failure == null) failure = unwrap(e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          if (failure == null) failure = new IllegalStateException("interrupted while writing " + tables.get(i), e);
        }
      }
      if (failure != null) throw failure;
      return counts;
    } finally {
      pool.shutdownNow();
    }
  }

  private static long call(Callable<Long> w) {
    try {
      return w.call();
    } catch (Exception e) {
      throw unwrap(e);
    }
  }

  private static RuntimeException unwrap(Throwable t) {
    if (t instanceof RuntimeException r) return r;
    if (t instanceof Error e) throw e;
    return new IllegalStateException(t.getMessage(), t);
  }
}
