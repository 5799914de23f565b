package org.newsatlas.query;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Prints a result set as an aligned text table, CSV (RFC 4180) or JSON Lines. */
public final class ResultPrinter {
  public enum Format { TABLE, CSV, JSON, MARKDOWN }

  private final List<String> columns;
  private final List<Object[]> rows = new ArrayList<>();

  public ResultPrinter(List<String> columns) {
    this.columns = columns;
  }

  public void add(Object[] row) {
    rows.add(row);
  }

  public int size() {
    return rows.size();
  }

  public void print(Format format, PrintStream out) {
    switch (format) {
      case CSV -> printCsv(out);
      case JSON -> printJson(out);
      case MARKDOWN -> printMarkdown(out);
      default -> printTable(out);
    }
  }

  private void printTable(PrintStream out) {
    int[] w = new int[columns.size()];
    for (int c = 0; c < w.length; c++) w[c] = columns.get(c).length();
    List<String[]> cells = new ArrayList<>();
    for (Object[] r : rows) {
      String[] s = new String[w.length];
      for (int c = 0; c < w.length; c++) {
        s[c] = cell(r[c]);
        w[c] = Math.min(60, Math.max(w[c], s[c].length()));
      }
      cells.add(s);
    }
    StringBuilder sep = new StringBuilder("+");
    for (int x : w) sep.append("-".repeat(x + 2)).append('+');
    out.println(sep);
    out.println(line(columns.toArray(new String[0]), w));
    out.println(sep);
    for (String[] s : cells) out.println(line(s, w));
    out.println(sep);
    out.println(rows.size() + (rows.size() == 1 ? " row" : " rows"));
  }

  private static String line(String[] s, int[] w) {
    StringBuilder b = new StringBuilder("|");
    for (int c = 0; c < w.length; c++) {
      String v = s[c].length() > w[c] ? s[c].substring(0, w[c] - 1) + "…" : s[c];
      b.append(' ').append(v).append(" ".repeat(w[c] - v.length())).append(" |");
    }
    return b.toString();
  }

  private static String cell(Object v) {
    return v == null ? "NULL" : v.toString().replace('\n', ' ');
  }

  private void printMarkdown(PrintStream out) {
    out.println("| " + String.join(" | ", columns) + " |");
    StringBuilder sep = new StringBuilder("|");
    for (int c = 0; c < columns.size(); c++) sep.append(" --- |");
    out.println(sep);
    for (Object[] r : rows) {
      StringBuilder b = new StringBuilder("|");
      for (Object v : r) b.append(' ').append(v == null ? "" : v.toString().replace("|", "\\|").replace('\n', ' ')).append(" |");
      out.println(b);
    }
  }

  private void printCsv(PrintStream out) {
    out.println(String.join(",", columns.stream().map(ResultPrinter::csv).toList()));
    for (Object[] r : rows) {
      StringBuilder b = new StringBuilder();
      for (int c = 0; c < r.length; c++) {
        if (c > 0) b.append(',');
        if (r[c] != null) b.append(csv(r[c].toString()));
      }
      out.println(b);
    }
  }

  private static String csv(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  private void printJson(PrintStream out) {
    for (Object[] r : rows) {
      StringBuilder b = new StringBuilder("{");
      for (int c = 0; c < r.length; c++) {
        if (c > 0) b.append(',');
        b.append(json(columns.get(c))).append(':');
        Object v = r[c];
        if (v == null) b.append("null");
        else if (v instanceof Number || v instanceof Boolean) b.append(v);
        else b.append(json(v.toString()));
      }
      out.println(b.append('}'));
    }
  }

  static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (ch < 0x20) b.append(String.format("\\u%04x", (int) ch));
          else b.append(ch);
        }
      }
    }
    return b.append('"').toString();
  }
}
