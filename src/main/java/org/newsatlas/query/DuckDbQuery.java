package org.newsatlas.query;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL over the output tables through embedded DuckDB, without Spark: one view per table folder, reading its Parquet
 * files with Hive partitioning (so {@code week} is a column), as an analyst would from a notebook.
 */
public final class DuckDbQuery implements AutoCloseable {
  private final Connection conn;
  private final List<String> views;

  public DuckDbQuery(Path outputRoot) throws SQLException {
    this.conn = DriverManager.getConnection("jdbc:duckdb:");
    this.views = new ArrayList<>();
    try (Statement st = conn.createStatement()) {
      for (String t : TableCatalog.tables(outputRoot)) {
        String glob = outputRoot.toAbsolutePath().resolve(t).toString().replace("'", "''") + "/**/*.parquet";
        try {
          st.execute("CREATE VIEW \"" + t + "\" AS SELECT * FROM read_parquet('" + glob + "', hive_partitioning = true, union_by_name = true)");
          views.add(t);
        } catch (SQLException e) {
          // One unreadable table (say, folders of two layouts) must not hide the others.
          System.err.println("newsatlas: table " + t + " left out: " + e.getMessage().lines().findFirst().orElse(""));
        }
      }
    }
  }

  /** The views created, one per table found. */
  public List<String> views() {
    return views;
  }

  /** Runs one statement and returns at most {@code limit} rows of its result. */
  public ResultPrinter run(String sql, int limit) throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.setMaxRows(limit); // a hint: DuckDB's JDBC driver returns every row regardless, so the loop stops too
      try (ResultSet rs = st.executeQuery(sql)) {
        ResultSetMetaData md = rs.getMetaData();
        List<String> cols = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) cols.add(md.getColumnLabel(i));
        ResultPrinter p = new ResultPrinter(cols);
        for (int n = 0; n < limit && rs.next(); n++) {
          Object[] row = new Object[cols.size()];
          for (int i = 0; i < row.length; i++) row[i] = rs.getObject(i + 1);
          p.add(row);
        }
        return p;
      }
    }
  }

  @Override
  public void close() throws SQLException {
    conn.close();
  }
}
