package org.newsatlas.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the one SparkSession of a command. Under spark-submit the master and settings come from spark-submit;
 * run directly (scripts/newsatlas) it embeds Spark as {@code local[*]} bound to loopback.
 */
public final class Sessions {
  private Sessions() {}

  public static SparkSession create(String appName, String masterOverride) {
    SparkConf conf = new SparkConf(true).setAppName(appName);
    boolean submitted = conf.contains("spark.master");
    if (masterOverride != null && !masterOverride.isBlank()) {
      conf.setMaster(masterOverride);
    } else if (!submitted) {
      conf.setMaster("local[*]");
    }
    if (conf.get("spark.master").startsWith("local")) {
      // The host name may resolve to loopback while Spark advertises another address: pin both ends.
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
      conf.setIfMissing("spark.ui.enabled", "false");
      // Enough shuffle partitions that a large archive does not spill, few enough that a small one does not pay for
      // hundreds of tiny tasks: AQE coalesces what a shuffle's readers get, not what its writers make. 4 per core:
      // at 100k articles 8 and 16 per core cost 5 and 10 s more of 100-113; 1 M runs without spilling
      // (scripts/BENCHMARKS.md).
      conf.setIfMissing("spark.sql.shuffle.partitions", String.valueOf(4 * Runtime.getRuntime().availableProcessors()));
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
    if (!conf.contains("spark.sql.files.minPartitionNum")) {
      // Tables are read in four splits per task slot, not one: the extraction of 100k articles ran as three tasks on
      // two cores, the third alone for a third of the stage.
      spark.conf().set("spark.sql.files.minPartitionNum", String.valueOf(4 * spark.sparkContext().defaultParallelism()));
    }
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }
}
