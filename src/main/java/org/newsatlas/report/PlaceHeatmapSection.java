package org.newsatlas.report;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Section 4: the most covered places, week by week, as a heatmap of article counts from {@code place_week}. */
final class PlaceHeatmapSection {
  private PlaceHeatmapSection() {}

  static void add(ReportContext ctx) throws SQLException, IOException {
    int n = ctx.options.topPlaces();
    String title = "Place x week heatmap";
    String guide = "the " + n + " places mentioned in the most " + ctx.countWord() + " (rows, most covered at the top) "
        + "and ISO weeks (columns); darker = more articles that week. Hover a cell for the count and the share of the week's articles.";
    OutputTables t = ctx.tables;
    if (!t.has("place_week") || !t.hasColumns("place_week", "place_id", "week", "articles")) {
      ctx.html.section("heatmap", title, guide, null, HtmlReport.missing(t.whyMissing("place_week")));
      return;
    }
    String col = ctx.placeArticles("place_week");
    String weekCol = t.hasColumns("place_week", "week_articles") ? (col.equals("articles_dedup")
        && t.hasColumns("place_week", "week_articles_dedup") ? "week_articles_dedup" : "week_articles") : "NULL";
    List<OutputTables.Row> top = t.query("SELECT place_id, max(place_name), max(country_code), sum(" + col + ") AS n "
        + "FROM place_week GROUP BY place_id ORDER BY n DESC, place_id LIMIT " + n);
    List<String> ids = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (OutputTables.Row r : top) {
      ids.add(r.str(0));
      String name = r.str(1) == null ? r.str(0) : r.str(1);
      labels.add(name + (r.str(2) == null ? "" : ", " + r.str(2)));
    }
    List<OutputTables.Row> cells = t.query("SELECT place_id, week, sum(" + col + "), max(" + weekCol + ") FROM place_week "
        + "WHERE place_id IN (SELECT place_id FROM place_week GROUP BY place_id ORDER BY sum(" + col + ") DESC, place_id LIMIT " + n + ") "
        + "GROUP BY place_id, week");
    Set<String> seen = new HashSet<>();
    for (OutputTables.Row r : t.query("SELECT DISTINCT week FROM place_week")) seen.add(r.str(0));
    List<String> weeks = Weeks.axis(seen);
    Map<String, Integer> wi = new HashMap<>();
    for (int i = 0; i < weeks.size(); i++) wi.put(weeks.get(i), i);
    Map<String, Integer> pi = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) pi.put(ids.get(i), i);
    double[][] v = new double[ids.size()][weeks.size()];
    String[][] tips = new String[ids.size()][weeks.size()];
    for (int r = 0; r < ids.size(); r++) {
      for (int c = 0; c < weeks.size(); c++) tips[r][c] = labels.get(r) + " — " + weeks.get(c) + ": 0 articles";
    }
    for (OutputTables.Row r : cells) {
      Integer p = pi.get(r.str(0)), w = wi.get(r.str(1));
      if (p == null || w == null) continue;
      v[p][w] = r.num(2);
      String share = Double.isNaN(r.num(3)) || r.num(3) == 0 ? ""
          : String.format(Locale.ROOT, " (%.1f%% of the week's %,d)", 100 * r.num(2) / r.num(3), r.lng(3));
      tips[p][w] = labels.get(p) + " — " + weeks.get(w) + ": " + SvgMap.fmt(r.num(2)) + " articles" + share;
    }
    String svg = SvgHeatmap.render(new SvgHeatmap.Spec("Articles mentioning each place, per ISO week", labels, weeks, v, tips,
        Palette::heat, col.equals("articles_dedup") ? "articles (dedup) per week" : "articles per week", weeks.size() <= 16,
        "%.0f", true));
    String caveat = "the colour is a count, so a week with more articles overall darkens every row; compare rows "
        + "within a column, or read the share in the tooltip. An article mentioning a place several times counts once.";
    ctx.html.section("heatmap", title, guide, caveat, ctx.html.svg("heatmap-places.svg", svg));
  }
}
