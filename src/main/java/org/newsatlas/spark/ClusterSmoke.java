package org.newsatlas.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.sum;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.SparkEnv;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * Proves that a cluster really runs our jar: builds a small DataFrame on the executors, shuffles it (groupBy/count),
 * writes Parquet to the path given, reads it back and checks the sums, and prints which executors (id, host, JVM pid)
 * did the work. On a {@code spark://} master it fails unless at least one task ran outside the driver's JVM.
 * Exit status 0 on success, 1 on any failure, 2 on bad arguments.
 *
 * <p>Usage: {@code ClusterSmoke <output-dir> [rows]} (rows default 100000).
 */
public final class ClusterSmoke {
  private static final int KEYS = 17;

  private ClusterSmoke() {}

  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: ClusterSmoke <output-dir> [rows]");
      System.exit(2);
    }
    String out = args[0];
    long rows = args.length == 2 ? Long.parseLong(args[1]) : 100_000L;
    int status = 1;
    SparkSession spark = null;
    try {
      spark = Sessions.create("newsatlas-cluster-smoke", null);
      status = run(spark, out, rows);
    } catch (Throwable t) {
      System.err.println("ClusterSmoke FAILED: " + t);
      t.printStackTrace();
    } finally {
      if (spark != null) spark.stop();
    }
    System.exit(status);
  }

  /** "executorId@host:pid" of the JVM running the task ("driver@..." when it is the driver). */
  private static String whereAmI() {
    SparkEnv env = SparkEnv.get();
    String id = env == null ? "?" : env.executorId();
    return id + "@" + ManagementFactory.getRuntimeMXBean().getName().replaceFirst("^(\\d+)@(.*)$", "$2:$1");
  }

  static int run(SparkSession spark, String out, long rows) {
    String master = spark.sparkContext().master();
    String driver = whereAmI();
    UserDefinedFunction where = functions.udf((UDF1<Long, String>) x -> whereAmI(), DataTypes.StringType)
        .asNondeterministic();

    Dataset<Row> data = spark.range(0, rows, 1, 8)
        .withColumn("key", col("id").mod(KEYS))
        .withColumn("map_side", where.apply(col("id")));
    Dataset<Row> grouped = data.groupBy("key")
        .agg(count("*").as("n"), sum("id").as("id_sum"), collect_set("map_side").as("map_sides"))
        .withColumn("reduce_side", where.apply(col("key")));
    grouped.write().mode("overwrite").parquet(out);

    Dataset<Row> back = spark.read().parquet(out);
    List<Row> result = back.orderBy("key").collectAsList();
    long total = 0;
    long idSum = 0;
    TreeSet<String> workers = new TreeSet<>();
    for (Row r : result) {
      total += r.getLong(r.fieldIndex("n"));
      idSum += r.getLong(r.fieldIndex("id_sum"));
      workers.addAll(r.getList(r.fieldIndex("map_sides")));
      workers.add(r.getString(r.fieldIndex("reduce_side")));
    }
    long expectedSum = rows * (rows - 1) / 2;
    boolean ok = result.size() == Math.min(KEYS, rows) && total == rows && idSum == expectedSum;
    boolean remote = workers.stream().anyMatch(w -> !w.startsWith("driver@"));
    boolean needRemote = master.startsWith("spark://");
    System.out.printf("ClusterSmoke master=%s driver=%s groups=%d rows=%d id_sum=%d (expected %d) executors=%s output=%s%n",
        master, driver, result.size(), total, idSum, expectedSum, workers, out);
    if (!ok) {
      System.out.println("ClusterSmoke FAILED: wrong counts read back from " + out);
      return 1;
    }
    if (needRemote && !remote) {
      System.out.println("ClusterSmoke FAILED: no task ran in an executor JVM on master " + master);
      return 1;
    }
    System.out.println("ClusterSmoke OK");
    return 0;
  }
}
