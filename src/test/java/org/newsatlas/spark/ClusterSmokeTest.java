package org.newsatlas.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The smoke job's own checks, embedded (local[2]); scripts/spark-cluster.sh smoke runs it on a real cluster. */
class ClusterSmokeTest {

  @Test
  void writesAndVerifiesParquetLocally(@TempDir Path dir) {
    SparkSession spark = Sessions.create("cluster-smoke-test", "local[2]");
    try {
      String out = dir.resolve("smoke").toString();
      assertEquals(0, ClusterSmoke.run(spark, out, 1000));
      assertTrue(Files.exists(dir.resolve("smoke/_SUCCESS")));
      assertEquals(17, spark.read().parquet(out).count());
    } finally {
      spark.stop();
    }
  }
}
