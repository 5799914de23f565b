package org.newsatlas.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the one SparkSession of a command. Under spark-submit the master and settings come from spark-submit;
 * run directly (scripts/newsatlas) it embeds Spark as {@code local[*]} bound to loopback.
 */
public final class Sessions {
  private Sessions() {}

  static final String SHUFFLES = "spark.sql.shuffle.partitions", SPLITS = "spark.sql.files.minPartitionNum";
  /** Set on the session when {@link #fitToSlots} may change {@link #SHUFFLES} and {@link #SPLITS}: the user set neither. */
  static final String FIT_SHUFFLES = "spark.newsatlas.fitShufflePartitions", FIT_SPLITS = "spark.newsatlas.fitMinPartitionNum";

  public static SparkSession create(String appName, String masterOverride) {
    SparkConf conf = new SparkConf(true).setAppName(appName);
    boolean fitShuffles = !conf.contains(SHUFFLES), fitSplits = !conf.contains(SPLITS);
    boolean submitted = conf.contains("spark.master");
    if (masterOverride != null && !masterOverride.isBlank()) {
      conf.setMaster(masterOverride);
    } else if (!submitted) {
      conf.setMaster("local[*]");
    }
    if (!submitted && !conf.get("spark.master").startsWith("local") && !conf.contains("spark.jars")) {
      // A driver started without spark-submit must ship the application to the executors itself.
      conf.set("spark.jars", ApplicationJar.forExecutors(conf.get("spark.master")));
    }
    if (conf.get("spark.master").startsWith("local")) {
      // The host name may resolve to loopback while Spark advertises another address: pin both ends.
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
      conf.setIfMissing("spark.ui.enabled", "false");
      // No chmod process per file written (Hadoop without its native library forks one): see NioLocalFileSystem.
      conf.setIfMissing("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName());
    }
    // Tables are partitioned by week: listing 52 or 520 folders is faster on the driver than as a Spark job
    // (the default hands more than 32 paths to a job of one task per path).
    conf.setIfMissing("spark.sql.sources.parallelPartitionDiscovery.threshold", "4096");
    conf.setIfMissing("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
    conf.setIfMissing("spark.sql.adaptive.enabled", "true");
    // collect_set (distinct counts as set sizes) runs in an object hash map that Spark abandons for a sort of every
    // input row once a task holds more than 128 keys; a week's places and clusters are tens of thousands of small
    // sets, a few MB, so stay hashed.
    conf.setIfMissing("spark.sql.objectHashAggregate.sortBased.fallbackThreshold", "65536");
    // Historical archives (CAMille pages from 1885) hold dates before 1900: write them as the proleptic Gregorian
    // dates they are, the calendar DuckDB, Trino and Spark 3 read, instead of failing on Spark 2's legacy rebase.
    for (String k : new String[] {"spark.sql.parquet.datetimeRebaseModeInWrite", "spark.sql.parquet.int96RebaseModeInWrite",
        "spark.sql.parquet.datetimeRebaseModeInRead", "spark.sql.parquet.int96RebaseModeInRead"}) {
      conf.setIfMissing(k, "CORRECTED");
    }
    // The wide tables' plans would otherwise print a warning about truncated plan strings to every run's console.
    conf.setIfMissing("spark.sql.debug.maxToStringFields", "500");
    conf.setIfMissing("spark.sql.adaptive.coalescePartitions.enabled", "true");
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    conf.setIfMissing("spark.sql.parquet.compression.codec", "zstd");
    conf.setIfMissing("spark.ui.showConsoleProgress", "true");
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    spark.conf().set(FIT_SHUFFLES, fitShuffles);
    spark.conf().set(FIT_SPLITS, fitSplits);
    fitToSlots(spark);
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }

  /**
   * Sizes the shuffles and table reads to the application's task slots ({@link #slots}: local[K]'s K, a cluster's
   * registered or requested executor cores), unless the user set them: four shuffle partitions and four table read
   * splits per slot. Called at the start and at every stage, because a cluster's executors register after the
   * session starts (standalone does not wait for them) and dynamic allocation changes their number.
   *
   * <p>Shuffle partitions: enough that a large archive does not spill, few enough that a small one does not pay for
   * hundreds of tiny tasks: AQE coalesces what a shuffle's readers get, not what its writers make. At 100k articles on
   * 2 cores, 8 and 16 per slot cost 5 and 10 s more of 100-113 s, and 1 M runs without spilling with 4. Spark's own
   * default (200 whatever the cluster) made a 10k run on a 2-core standalone cluster take 160 s against 58 s with 8
   * (scripts/BENCHMARKS.md). Read splits: the extraction of 100k articles ran as three tasks on two cores with one per
   * slot, the third alone for a third of the stage.
   */
  public static void fitToSlots(SparkSession spark) {
    int slots = slots(spark.sparkContext().defaultParallelism(), spark.sparkContext().getConf());
    if (slots <= 0) return;
    String perSlot = String.valueOf(4 * slots);
    if (spark.conf().get(FIT_SHUFFLES, "false").equals("true")) spark.conf().set(SHUFFLES, perSlot);
    if (spark.conf().get(FIT_SPLITS, "false").equals("true")) spark.conf().set(SPLITS, perSlot);
  }

  /**
   * The task slots to size for: those registered, or those the configuration asks for when more (executors still
   * starting: {@code spark.cores.max} on standalone, instances times cores on YARN and Kubernetes, the maximum of
   * dynamic allocation). 0 when dynamic allocation has no maximum: the slots to come are unknown, and Spark's own
   * settings (AQE coalescing 200 partitions) are left in place.
   */
  static int slots(int registered, SparkConf conf) {
    int cores = conf.getInt("spark.executor.cores", 1);
    int slots = Math.max(registered, conf.getInt("spark.cores.max", 0));
    if (conf.getBoolean("spark.dynamicAllocation.enabled", false)) {
      int max = conf.getInt("spark.dynamicAllocation.maxExecutors", Integer.MAX_VALUE);
      // Bounded so that four partitions per slot stay an int.
      return max == Integer.MAX_VALUE ? 0 : Math.max(slots, (int) Math.min(Integer.MAX_VALUE / 8, (long) max * cores));
    }
    return Math.max(slots, conf.getInt("spark.executor.instances", 0) * cores);
  }
}
