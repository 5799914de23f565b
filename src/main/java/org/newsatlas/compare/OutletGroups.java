package org.newsatlas.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsatlas.core.Resources;

/**
 * Outlets compared as groups (state media against the rest, national against foreign press): a TSV of
 * {@code outlet<TAB>group}, named after a file of {@code conf/outlets/groups/} or given as a path.
 */
public final class OutletGroups {
  /** The group of outlets the table does not name. */
  public static final String OTHER = "other";

  private final Map<String, String> groupOf;

  private OutletGroups(Map<String, String> groupOf) {
    this.groupOf = groupOf;
  }

  public static OutletGroups load(String confDir, String nameOrPath) {
    try (InputStream in = Files.isRegularFile(Path.of(nameOrPath)) ? Files.newInputStream(Path.of(nameOrPath))
        : Resources.open(confDir, "outlets/groups/" + nameOrPath + ".tsv")) {
      Map<String, String> m = new LinkedHashMap<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNo = 0;
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t");
        if (f.length != 2 || f[0].isBlank() || f[1].isBlank()) {
          throw new IllegalArgumentException("outlet groups " + nameOrPath + " line " + lineNo + ": expected outlet<TAB>group");
        }
        m.put(f[0].strip(), f[1].strip());
      }
      if (m.isEmpty()) throw new IllegalArgumentException("outlet groups " + nameOrPath + " names no outlet");
      return new OutletGroups(m);
    } catch (IOException e) {
      throw new IllegalArgumentException("no outlet groups '" + nameOrPath + "': give a TSV path or a name under conf/outlets/groups/");
    }
  }

  public Map<String, String> asMap() {
    return groupOf;
  }

  /** Columns {@code g_outlet, g_group}, small enough to broadcast. */
  Dataset<Row> toDataFrame(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    groupOf.forEach((o, g) -> rows.add(RowFactory.create(o, g)));
    StructType schema = new StructType().add("g_outlet", DataTypes.StringType).add("g_group", DataTypes.StringType);
    return org.apache.spark.sql.functions.broadcast(spark.createDataFrame(rows, schema));
  }
}
