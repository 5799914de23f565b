package org.newsatlas.spark;

import com.holdenkarau.spark.testing.JavaDataFrameSuiteBase;
import com.holdenkarau.spark.testing.SharedJavaSparkContext;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.newsatlas.core.Settings;

/** Spark tests share one local session (spark-testing-base), bound to loopback and sized for a 2-core machine. */
public abstract class SparkTestBase extends JavaDataFrameSuiteBase {

  @BeforeEach
  public void startSpark() {
    runBefore();
  }

  @AfterAll
  public static void stopSpark() {
    SharedJavaSparkContext.runAfterClass();
  }

  @Override
  public boolean enableHiveSupport() {
    return false;
  }

  @Override
  public SparkConf conf() {
    return super.conf()
        .setMaster("local[2]")
        .set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1")
        .set("spark.ui.enabled", "false")
        .set("spark.sql.shuffle.partitions", "4")
        .set("spark.sql.session.timeZone", "UTC")

        .set("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
  }

  /** A run context over {@code outputRoot} with the bundled defaults and the given overrides. */
  protected RunContext context(String outputRoot, Map<String, String> overrides) {
    return new RunContext(spark(), Settings.load(null, overrides), outputRoot, "test-run");
  }
}
