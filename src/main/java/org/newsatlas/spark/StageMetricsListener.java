package org.newsatlas.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkConf;
import org.apache.spark.executor.ExecutorMetrics;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerApplicationEnd;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;
import scala.Tuple2;

/**
 * Resource use per newsatlas stage (the job group each stage sets: ingest, extract, aggregate, compare): tasks, CPU
 * and GC time, input/output bytes, shuffle written and read, spills, and the peak JVM heap. Observes only: it reads
 * Spark's metrics and the JVM's memory beans and never touches data, so results are the same with or without it.
 * Register with {@code --conf spark.extraListeners=org.newsatlas.spark.StageMetricsListener} (or
 * {@code -Dspark.extraListeners=...} for scripts/newsatlas); {@code spark.newsatlas.metrics.out=FILE} writes the
 * figures as CSV (rewritten after every job, so a killed run leaves what it measured).
 *
 * <p>Peak heap: the largest heap-in-use seen in this JVM (sampled every 100 ms; under local[*] the executors live
 * here) and the largest live heap right after a collection (the tenured pools' collection usage, what the stage
 * needed rather than garbage not yet collected); on a cluster, executors' own peaks arrive with their heartbeats.
 */
public final class StageMetricsListener extends SparkListener {
  /** Spark setting: where to write the CSV (optional). */
  public static final String OUT = "spark.newsatlas.metrics.out";

  static final String[] COLUMNS = {"stage", "jobs", "spark_stages", "tasks", "executor_run_ms", "executor_cpu_ms",
      "gc_ms", "input_bytes", "output_bytes", "shuffle_write_bytes", "shuffle_read_bytes", "spill_memory_bytes",
      "spill_disk_bytes", "peak_execution_memory", "peak_heap_used", "peak_heap_after_gc", "executor_peak_heap"};

  private final String out;
  private final Map<Integer, String> stageGroup = new ConcurrentHashMap<>();
  private final Map<String, long[]> totals = new ConcurrentHashMap<>();
  private final Map<String, Integer> order = new LinkedHashMap<>();
  private volatile String current = "other";
  private final Thread sampler;

  public StageMetricsListener(SparkConf conf) {
    this.out = conf.get(OUT, null);
    sampler = new Thread(this::sample, "newsatlas-heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  private long[] row(String group) {
    synchronized (order) {
      order.putIfAbsent(group, order.size());
    }
    return totals.computeIfAbsent(group, g -> new long[COLUMNS.length - 1]);
  }

  @Override
  public void onJobStart(SparkListenerJobStart job) {
    String g = job.properties() == null ? null : job.properties().getProperty("spark.jobGroup.id");
    String group = g == null ? "other" : g;
    current = group;
    scala.collection.Iterator<Object> ids = job.stageIds().iterator();
    while (ids.hasNext()) stageGroup.put((Integer) ids.next(), group);
    synchronized (this) {
      row(group)[0]++;
    }
  }

  @Override
  public synchronized void onStageCompleted(SparkListenerStageCompleted event) {
    StageInfo s = event.stageInfo();
    long[] r = row(stageGroup.getOrDefault(s.stageId(), "other"));
    r[1]++;
    r[2] += s.numTasks();
    TaskMetrics m = s.taskMetrics();
    if (m == null) return;
    r[3] += m.executorRunTime();
    r[4] += m.executorCpuTime() / 1_000_000;
    r[5] += m.jvmGCTime();
    r[6] += m.inputMetrics().bytesRead();
    r[7] += m.outputMetrics().bytesWritten();
    r[8] += m.shuffleWriteMetrics().bytesWritten();
    r[9] += m.shuffleReadMetrics().remoteBytesRead() + m.shuffleReadMetrics().localBytesRead();
    r[10] += m.memoryBytesSpilled();
    r[11] += m.diskBytesSpilled();
    r[12] = Math.max(r[12], m.peakExecutionMemory());
  }

  @Override
  public synchronized void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
    scala.collection.Iterator<Tuple2<Tuple2<Object, Object>, ExecutorMetrics>> it = update.executorUpdates().iterator();
    while (it.hasNext()) {
      Tuple2<Tuple2<Object, Object>, ExecutorMetrics> e = it.next();
      String group = stageGroup.getOrDefault((Integer) e._1()._1(), "other");
      long[] r = row(group);
      r[15] = Math.max(r[15], e._2().getMetricValue("JVMHeapMemory"));
    }
  }

  @Override
  public void onJobEnd(SparkListenerJobEnd job) {
    write();
  }

  @Override
  public void onApplicationEnd(SparkListenerApplicationEnd end) {
    sampler.interrupt();
    write();
  }

  private void sample() {
    java.lang.management.MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
    while (!Thread.currentThread().isInterrupted()) {
      long used = mem.getHeapMemoryUsage().getUsed();
      long afterGc = 0;
      for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
        if (p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null) afterGc += p.getCollectionUsage().getUsed();
      }
      synchronized (this) {
        long[] r = row(current);
        r[13] = Math.max(r[13], used);
        r[14] = Math.max(r[14], afterGc);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** The figures as CSV, one row per stage in the order stages started. */
  public synchronized String csv() {
    StringBuilder b = new StringBuilder(String.join(",", COLUMNS)).append('\n');
    order.keySet().forEach(g -> {
      b.append(g);
      for (long v : totals.get(g)) b.append(',').append(v);
      b.append('\n');
    });
    return b.toString();
  }

  private void write() {
    if (out == null) return;
    try {
      Path p = Path.of(out);
      if (p.getParent() != null) Files.createDirectories(p.getParent());
      Path tmp = p.resolveSibling(p.getFileName() + ".tmp");
      Files.writeString(tmp, csv(), StandardCharsets.UTF_8);
      Files.move(tmp, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + String.format(Locale.ROOT, " (%s)", e.getMessage()), e);
    }
  }
}
