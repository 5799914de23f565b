package org.newsatlas.report;

import java.awt.Color;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every section shares: the tables, the options, the page being built, and the outlets ranked by volume with
 * one colour each, so that an outlet has the same colour in every chart.
 */
final class ReportContext {
  final Path outputRoot;
  final OutputTables tables;
  final ReportOptions options;
  final HtmlReport html;
  /** Outlets by article volume, largest first, with their article counts. */
  final LinkedHashMap<String, Long> outletVolumes;
  /** Where the outlet volumes came from, for the caveats. */
  final String volumeSource;
  private final Map<String, Color> colors = new LinkedHashMap<>();

  ReportContext(Path outputRoot, OutputTables tables, ReportOptions options, HtmlReport html) throws SQLException {
    this.outputRoot = outputRoot;
    this.tables = tables;
    this.options = options;
    this.html = html;
    this.outletVolumes = new LinkedHashMap<>();
    String source = null;
    List<OutputTables.Row> rows = List.of();
    if (tables.has("articles")) {
      rows = tables.query("SELECT outlet, " + articleCount() + " AS n FROM articles GROUP BY outlet ORDER BY n DESC, outlet");
      source = "articles";
    } else if (tables.hasColumns("place_week_outlet", "outlet", "week", "outlet_articles")) {
      String col = options.dedup() && tables.hasColumns("place_week_outlet", "outlet_articles_dedup")
          ? "outlet_articles_dedup" : "outlet_articles";
      rows = tables.query("SELECT outlet, sum(n) AS n FROM (SELECT outlet, week, max(" + col + ") AS n FROM place_week_outlet "
          + "GROUP BY outlet, week) GROUP BY outlet ORDER BY n DESC, outlet");
      source = "place_week_outlet";
    }
    for (OutputTables.Row r : rows) outletVolumes.put(r.str(0), r.lng(1));
    this.volumeSource = source;
    int i = 0;
    for (String o : outletVolumes.keySet()) colors.put(o, Palette.color(i++));
  }

  /** The SQL aggregate counting articles of {@code articles}: rows, or syndication clusters with dedup. */
  String articleCount() {
    if (!options.dedup()) return "count(*)";
    List<String> keys = new ArrayList<>();
    if (tables.hasColumns("articles", "near_dup_cluster")) keys.add("near_dup_cluster");
    if (tables.hasColumns("articles", "duplicate_of")) keys.add("duplicate_of");
    keys.add("article_id");
    return keys.size() == 1 ? "count(DISTINCT article_id)" : "count(DISTINCT coalesce(" + String.join(", ", keys) + "))";
  }

  /** The place-count column of the aggregates under the dedup option. */
  String placeArticles(String table) {
    return options.dedup() && tables.hasColumns(table, "articles_dedup") ? "articles_dedup" : "articles";
  }

  /** The largest {@code n} outlets. */
  List<String> topOutlets(int n) {
    List<String> out = new ArrayList<>();
    for (String o : outletVolumes.keySet()) {
      if (out.size() >= n) break;
      out.add(o);
    }
    return out;
  }

  Color color(String outlet) {
    return colors.computeIfAbsent(outlet, o -> Palette.color(colors.size()));
  }

  Map<String, Color> colors() {
    return colors;
  }

  String countWord() {
    return options.dedup() ? "articles (syndicated copies counted once)" : "articles";
  }
}
