package org.newsatlas.report;

import java.awt.Color;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Section 6: how different the outlets' place distributions are, from {@code outlet_divergence}: a matrix of mean
 * weekly Jensen-Shannon divergence between outlets, and each outlet's divergence from the rest week by week.
 */
final class DivergenceSection {
  private DivergenceSection() {}

  static final String TABLE = "outlet_divergence";
  static final String REST = "(rest)";

  static void add(ReportContext ctx) throws SQLException, IOException {
    String title = "Outlet divergence";
    String guide = "Jensen–Shannon divergence (base 2, 0 = same mix of places, 1 = no place in common) between the "
        + "distributions of articles over places. The matrix averages the weekly values of each pair; the chart shows "
        + "each outlet against all others, week by week.";
    OutputTables t = ctx.tables;
    if (!t.has(TABLE) || !t.hasColumns(TABLE, "outlet_a", "outlet_b", "jsd", "week")) {
      ctx.html.section("divergence", title, guide, null, HtmlReport.missing(t.whyMissing(TABLE) + " (run <code>newsatlas compare</code>)"));
      return;
    }
    String dedupFilter = "";
    if (t.hasColumns(TABLE, "dedup")) {
      long wanted = t.query("SELECT count(*) FROM " + TABLE + " WHERE dedup = ?", ctx.options.dedup()).get(0).lng(0);
      dedupFilter = " AND dedup = " + (wanted > 0 ? ctx.options.dedup() : !ctx.options.dedup());
    }
    StringBuilder content = new StringBuilder();
    // Matrix: outlets ranked by volume, at most twice --top so that cells stay legible.
    List<OutputTables.Row> pairs = t.query("SELECT outlet_a, outlet_b, avg(jsd), count(*), min(week), max(week) FROM " + TABLE
        + " WHERE outlet_b <> ?" + dedupFilter + " GROUP BY outlet_a, outlet_b", REST);
    Set<String> inPairs = new HashSet<>();
    for (OutputTables.Row r : pairs) { inPairs.add(r.str(0)); inPairs.add(r.str(1)); }
    List<String> outlets = ranked(ctx, inPairs, 2 * ctx.options.topOutlets());
    if (outlets.size() >= 2) {
      Map<String, Integer> idx = new HashMap<>();
      for (int i = 0; i < outlets.size(); i++) idx.put(outlets.get(i), i);
      int n = outlets.size();
      double[][] v = new double[n][n];
      String[][] tips = new String[n][n];
      for (double[] row : v) java.util.Arrays.fill(row, Double.NaN);
      for (int i = 0; i < n; i++) {
        v[i][i] = 0; // an outlet against itself: JSD 0 by definition, printed blank
        tips[i][i] = outlets.get(i) + " vs itself: 0";
      }
      for (OutputTables.Row r : pairs) {
        Integer a = idx.get(r.str(0)), b = idx.get(r.str(1));
        if (a == null || b == null) continue;
        v[a][b] = v[b][a] = r.num(2);
        tips[a][b] = tips[b][a] = String.format(Locale.ROOT, "%s vs %s: mean JSD %.3f over %d week(s), %s to %s",
            r.str(0), r.str(1), r.num(2), r.lng(3), r.str(4), r.str(5));
      }
      String svg = SvgHeatmap.render(new SvgHeatmap.Spec("Mean weekly JSD between outlets", outlets, outlets, v, tips,
          Palette::cool, "mean weekly JSD (grey: never compared)", true, "%.2f", true));
      content.append(ctx.html.svg("divergence-matrix.svg", svg));
    } else {
      content.append(HtmlReport.missing("fewer than two outlets were compared pairwise"));
    }
    // Each outlet against the rest, week by week.
    List<OutputTables.Row> rest = t.query("SELECT outlet_a, week, avg(jsd) FROM " + TABLE + " WHERE outlet_b = ?" + dedupFilter
        + " GROUP BY outlet_a, week", REST);
    if (!rest.isEmpty()) {
      Set<String> seen = new HashSet<>();
      Set<String> vsRest = new HashSet<>();
      for (OutputTables.Row r : rest) { seen.add(r.str(1)); vsRest.add(r.str(0)); }
      List<String> weeks = Weeks.axis(seen);
      Map<String, Integer> wi = new HashMap<>();
      for (int i = 0; i < weeks.size(); i++) wi.put(weeks.get(i), i);
      LinkedHashMap<String, double[]> series = new LinkedHashMap<>();
      for (String o : ranked(ctx, vsRest, ctx.options.topOutlets())) {
        double[] s = new double[weeks.size()];
        java.util.Arrays.fill(s, Double.NaN);
        series.put(o, s);
      }
      for (OutputTables.Row r : rest) {
        double[] s = series.get(r.str(0));
        Integer w = wi.get(r.str(1));
        if (s != null && w != null) s[w] = r.num(2);
      }
      Map<String, Color> colors = new LinkedHashMap<>();
      for (String o : series.keySet()) colors.put(o, ctx.color(o));
      byte[] png = Charts.weeklyLines("JSD of each outlet's places vs all other outlets, per ISO week", "JSD vs rest", weeks,
          series, colors, false, 1150, 420);
      content.append(ctx.html.png("divergence-vs-rest.png", png, "JSD vs rest per week"));
    }
    String caveat = "JSD between small samples is biased upward: an outlet with few articles in a week looks divergent "
        + "even when it covers the same places, so compare lines of similar volume (section 2) and read a single week's "
        + "spike with care. Weeks where an outlet had fewer than --min-count place mentions are not computed (gaps).";
    ctx.html.section("divergence", title, guide, caveat, content.toString());
  }

  /** Outlets of {@code among} in the report's volume order (then by name), at most {@code max}. */
  private static List<String> ranked(ReportContext ctx, Set<String> among, int max) {
    List<String> out = new ArrayList<>();
    for (String o : ctx.outletVolumes.keySet()) if (among.contains(o) && out.size() < max) out.add(o);
    List<String> extra = new ArrayList<>(among);
    extra.removeAll(ctx.outletVolumes.keySet());
    extra.sort(null);
    for (String o : extra) if (out.size() < max) out.add(o);
    return out;
  }
}
