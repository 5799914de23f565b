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
    Dataset<Row> a = comparable(spark.read().parquet(rootA + "/" + table), ignore);
    Dataset<Row> b = comparable(spark.read().parquet(rootB + "/" + table), ignore);
    assertEquals(a.count(), b.count(), table + ": row counts differ");
    long onlyA = a.exceptAll(b).count();
    long onlyB = b.exceptAll(a).count();
    assertEquals(0, onlyA + onlyB, table + ": " + onlyA + " rows only in " + rootA + ", " + onlyB + " only in " + rootB);
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
