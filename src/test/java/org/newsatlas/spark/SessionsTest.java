package org.newsatlas.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** Shuffles and table reads sized to the application's task slots, and the user's own settings left alone. */
class SessionsTest {

  @Test
  void fitsShufflesAndSplitsToTheTaskSlotsUnlessTheUserSetThem() {
    SparkSession spark = Sessions.create("sessions-test", "local[3]");
    try {
      String perSlot = String.valueOf(4 * spark.sparkContext().defaultParallelism());
      assertEquals(perSlot, spark.conf().get(Sessions.SHUFFLES));
      assertEquals(perSlot, spark.conf().get(Sessions.SPLITS));

      // As after a session built with the user's --conf spark.sql.shuffle.partitions=7: a stage leaves it.
      spark.conf().set(Sessions.FIT_SHUFFLES, "false");
      spark.conf().set(Sessions.SHUFFLES, "7");
      Sessions.fitToSlots(spark);
      assertEquals("7", spark.conf().get(Sessions.SHUFFLES));
      assertEquals(perSlot, spark.conf().get(Sessions.SPLITS));

      // A setting that drifted from the slots (executors registered or removed since) is fitted again.
      spark.conf().set(Sessions.FIT_SHUFFLES, "true");
      Sessions.fitToSlots(spark);
      assertEquals(perSlot, spark.conf().get(Sessions.SHUFFLES));
    } finally {
      spark.stop();
    }
  }

  @Test
  void countsTheSlotsAClusterAsksForBeforeItsExecutorsRegister() {
    assertEquals(2, Sessions.slots(2, new SparkConf(false)));
    assertEquals(16, Sessions.slots(2, new SparkConf(false).set("spark.cores.max", "16")));
    assertEquals(40, Sessions.slots(0, new SparkConf(false).set("spark.executor.instances", "10").set("spark.executor.cores", "4")));
    assertEquals(48, Sessions.slots(48, new SparkConf(false).set("spark.executor.instances", "10").set("spark.executor.cores", "4")));
    SparkConf dynamic = new SparkConf(false).set("spark.dynamicAllocation.enabled", "true").set("spark.executor.cores", "4");
    assertEquals(0, Sessions.slots(2, dynamic), "no maximum: leave Spark's settings");
    assertEquals(200, Sessions.slots(2, dynamic.set("spark.dynamicAllocation.maxExecutors", "50")));
  }
}
