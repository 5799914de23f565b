package org.newsatlas.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/** Compares the tables of two output roots row for row (doubles to 1e-9, run-specific columns left out). */
public final class TableAssertions {
  private TableAssertions() {}

  public static void assertSameTable(SparkSession spark, String rootA, String rootB, String table, List<String> ignore) {
    // A table without rows may have no Parquet file at all (a folder with its _SUCCESS marker): equal only to another.
    boolean fa = hasParquet(rootA + "/" + table), fb = hasParquet(rootB + "/" + table);
    if (!fa || !fb) {
      long n = fa ? spark.read().parquet(rootA + "/" + table).count() : fb ? spark.read().parquet(rootB + "/" + table).count() : 0;
      assertEquals(0, n, table + ": " + n + " rows on one side, no Parquet file on the other");
      return;
    }
    Dataset<Row> a = comparable(spark.read().parquet(rootA + "/" + table), ignore);
    Dataset<Row> b = comparable(spark.read().parquet(rootB + "/" + table), ignore);
    List<Row> onlyA = a.exceptAll(b).limit(5).collectAsList();
    List<Row> onlyB = b.exceptAll(a).limit(5).collectAsList();
    // The rows themselves (a few), so that a failure says what differs, not only how many.
    assertEquals(0, onlyA.size() + onlyB.size(), table + ": rows only in " + rootA + ": " + onlyA + "; only in " + rootB + ": " + onlyB);
    assertEquals(a.count(), b.count(), table + ": row counts differ");
  }

  private static boolean hasParquet(String dir) {
    try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.walk(java.nio.file.Path.of(dir))) {
      return s.anyMatch(p -> p.toString().endsWith(".parquet"));
    } catch (java.io.IOException e) {
      return false; // no folder: no file
    }
  }

  private static Dataset<Row> comparable(Dataset<Row> df, List<String> ignore) {
    List<String> cols = new ArrayList<>();
    for (StructField f : df.schema().fields()) {
      if (ignore.contains(f.name())) continue;
      if (f.dataType().equals(DataTypes.DoubleType)) cols.add("round(`" + f.name() + "`, 9) AS `" + f.name() + "`");
      else cols.add("`" + f.name() + "`");
    }
    return df.selectExpr(cols.toArray(new String[0]));
  }
}
