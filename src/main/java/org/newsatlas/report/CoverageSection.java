package org.newsatlas.report;

import java.awt.Color;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Section 2: articles per ISO week per outlet, the largest outlets by name and the others summed as "other". */
final class CoverageSection {
  private CoverageSection() {}

  static void add(ReportContext ctx) throws SQLException, IOException {
    String title = "Coverage over time per outlet";
    String guide = "one line per outlet: how many " + ctx.countWord() + " it published each ISO week. Read the level "
        + "(volume) and the dips (gaps in collection or in publishing) before reading any share or z-score below.";
    OutputTables t = ctx.tables;
    List<OutputTables.Row> rows;
    String source;
    if (t.has("articles")) {
      rows = t.query("SELECT outlet, week, " + ctx.articleCount() + " FROM articles GROUP BY outlet, week");
      source = "articles";
    } else if (t.hasColumns("place_week_outlet", "outlet", "week", "outlet_articles") && t.has("place_week_outlet")) {
      String col = ctx.options.dedup() && t.hasColumns("place_week_outlet", "outlet_articles_dedup") ? "outlet_articles_dedup" : "outlet_articles";
      rows = t.query("SELECT outlet, week, max(" + col + ") FROM place_week_outlet GROUP BY outlet, week");
      source = "place_week_outlet";
    } else {
      ctx.html.section("coverage", title, guide, null, HtmlReport.missing(t.whyMissing("articles") + " and "
          + t.whyMissing("place_week_outlet")));
      return;
    }
    Set<String> seen = new HashSet<>();
    for (OutputTables.Row r : rows) seen.add(r.str(1));
    List<String> weeks = Weeks.axis(seen);
    Map<String, Integer> weekIndex = new LinkedHashMap<>();
    for (int i = 0; i < weeks.size(); i++) weekIndex.put(weeks.get(i), i);
    List<String> top = ctx.topOutlets(ctx.options.topOutlets());
    int others = Math.max(0, ctx.outletVolumes.size() - top.size());
    String otherName = "other (" + others + " outlet" + (others == 1 ? "" : "s") + ")";
    LinkedHashMap<String, double[]> series = new LinkedHashMap<>();
    for (String o : top) series.put(o, new double[weeks.size()]);
    if (others > 0) series.put(otherName, new double[weeks.size()]);
    for (OutputTables.Row r : rows) {
      double[] s = series.get(top.contains(r.str(0)) ? r.str(0) : otherName);
      Integer w = weekIndex.get(r.str(1));
      if (s != null && w != null) s[w] += r.lng(2);
    }
    Map<String, Color> colors = new LinkedHashMap<>(ctx.colors());
    colors.put(otherName, Palette.decode(Palette.OTHER));
    byte[] png = Charts.weeklyLines("Articles per ISO week, by outlet", ctx.options.dedup() ? "articles (dedup)" : "articles",
        weeks, series, colors, true, 1150, 460);
    String caveat = "weeks are ISO weeks of the publication time in UTC; a zero is a week with no article collected, "
        + "which may be a gap in the archive rather than silence. "
        + (ctx.options.dedup() ? "" : "Syndicated copies count once per outlet that ran them (use --dedup to count clusters). ")
        + (source.equals("articles") ? "" : "Read from <code>place_week_outlet</code> (articles is absent): only weeks in which the outlet mentioned a place.");
    StringBuilder content = new StringBuilder(ctx.html.png("coverage.png", png, title));
    content.append(totalsTable(ctx, top, weeks.size()));
    ctx.html.section("coverage", title, guide, caveat, content.toString());
  }

  private static String totalsTable(ReportContext ctx, List<String> top, int weeks) {
    StringBuilder b = new StringBuilder("<table class=\"facts\"><tr><th>outlet</th><th>articles</th><th>per week</th></tr>");
    long rest = 0;
    int restN = 0;
    List<String> topList = new ArrayList<>(top);
    for (Map.Entry<String, Long> e : ctx.outletVolumes.entrySet()) {
      if (!topList.contains(e.getKey())) { rest += e.getValue(); restN++; continue; }
      b.append("<tr><td>").append(HtmlReport.esc(e.getKey())).append("</td><td class=\"n\">").append(HeaderSection.num(e.getValue()))
          .append("</td><td class=\"n\">").append(String.format(java.util.Locale.ROOT, "%.1f", e.getValue() / (double) Math.max(1, weeks)))
          .append("</td></tr>");
    }
    if (restN > 0) {
      b.append("<tr><td>other (").append(restN).append(")</td><td class=\"n\">").append(HeaderSection.num(rest))
          .append("</td><td class=\"n\">").append(String.format(java.util.Locale.ROOT, "%.1f", rest / (double) Math.max(1, weeks)))
          .append("</td></tr>");
    }
    return b.append("</table>").toString();
  }
}
