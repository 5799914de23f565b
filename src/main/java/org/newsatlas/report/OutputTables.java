package org.newsatlas.report;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsatlas.query.TableCatalog;

/**
 * The output tables seen through embedded DuckDB: one view per table folder (Hive partitions become columns, kept as
 * strings so that {@code week=2021-W04} and {@code period=2021-01} are never re-typed), plus what each holds, so that
 * a report section can tell "absent" and "empty" apart from data.
 */
final class OutputTables implements AutoCloseable {
  /** One result row, read by position. */
  record Row(Object[] values) {
    String str(int i) {
      Object v = values[i];
      return v == null ? null : v.toString();
    }

    double num(int i) {
      Object v = values[i];
      return v == null ? Double.NaN : ((Number) v).doubleValue();
    }

    long lng(int i) {
      Object v = values[i];
      return v == null ? 0 : ((Number) v).longValue();
    }
  }

  private final Connection conn;
  private final Map<String, Long> rowCounts = new HashMap<>();
  private final Map<String, Set<String>> columns = new HashMap<>();

  OutputTables(Path root) throws SQLException {
    this.conn = DriverManager.getConnection("jdbc:duckdb:");
    for (String t : TableCatalog.tables(root)) {
      String glob = root.toAbsolutePath().resolve(t).toString().replace("'", "''") + "/**/*.parquet";
      try (Statement st = conn.createStatement()) {
        st.execute("CREATE VIEW \"" + t + "\" AS SELECT * FROM read_parquet('" + glob
            + "', hive_partitioning = true, hive_types_autocast = false, union_by_name = true)");
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM \"" + t + "\"")) {
          rs.next();
          rowCounts.put(t, rs.getLong(1));
        }
        Set<String> cols = new HashSet<>();
        try (ResultSet rs = st.executeQuery("DESCRIBE \"" + t + "\"")) {
          while (rs.next()) cols.add(rs.getString(1).toLowerCase(Locale.ROOT));
        }
        columns.put(t, cols);
      } catch (SQLException e) {
        // An unreadable table is reported like a missing one rather than failing the whole report.
        rowCounts.remove(t);
        columns.remove(t);
      }
    }
  }

  /** True when the table exists and holds at least one row. */
  boolean has(String table) {
    return rowCounts.getOrDefault(table, 0L) > 0;
  }

  /** True when the table folder exists (possibly empty). */
  boolean present(String table) {
    return rowCounts.containsKey(table);
  }

  long rows(String table) {
    return rowCounts.getOrDefault(table, 0L);
  }

  /** True when the table exists and has every listed column. */
  boolean hasColumns(String table, String... cols) {
    Set<String> have = columns.get(table);
    if (have == null) return false;
    for (String c : cols) if (!have.contains(c)) return false;
    return true;
  }

  /** Why a section has nothing to show: "absent" or "empty", in a sentence fragment naming the table. */
  String whyMissing(String table) {
    return present(table) ? "table <code>" + table + "</code> is empty" : "table <code>" + table + "</code> is absent";
  }

  /** Streams the rows of a query to {@code sink} without holding them all (contrast tables can be large). */
  void forEach(String sql, java.util.function.Consumer<Row> sink, Object... params) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
      try (ResultSet rs = ps.executeQuery()) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          Object[] v = new Object[n];
          for (int i = 0; i < n; i++) v[i] = rs.getObject(i + 1);
          sink.accept(new Row(v));
        }
      }
    }
  }

  List<Row> query(String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
      try (ResultSet rs = ps.executeQuery()) {
        int n = rs.getMetaData().getColumnCount();
        List<Row> out = new ArrayList<>();
        while (rs.next()) {
          Object[] v = new Object[n];
          for (int i = 0; i < n; i++) v[i] = rs.getObject(i + 1);
          out.add(new Row(v));
        }
        return out;
      }
    }
  }

  @Override
  public void close() throws SQLException {
    conn.close();
  }
}
