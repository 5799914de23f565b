package org.newsatlas.report;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Section 3: for the largest outlets, the keys (places, event types, ...) each over- and under-covers against the
 * rest of the pool, as diverging bars of Fightin' Words z-scores from {@code outlet_place_contrast}.
 */
final class ContrastSection {
  private ContrastSection() {}

  static final String TABLE = "outlet_place_contrast";
  static final double Z_THRESHOLD = 1.96;
  /** Bars per side of each chart. */
  static final int PER_SIDE = 8;
  private static final List<String> GROUPING_ORDER = List.of("place", "country", "admin1", "event_type", "event_subtype", "actor");

  record Key(String key, String name, double z, long count, long outletTotal, Double pAdjusted) {}

  static void add(ReportContext ctx) throws SQLException, IOException {
    String title = "What each outlet over- and under-covers";
    String guide = "for each outlet, the keys it mentions more (red, right) or less (blue, left) than all other outlets "
        + "together, by the Fightin' Words z-score (log-odds ratio with an informative Dirichlet prior, Monroe et al. 2008). "
        + "Dark bars pass |z| &gt; 1.96; pale bars do not. The number after each name is the outlet's articles mentioning it.";
    OutputTables t = ctx.tables;
    if (!t.has(TABLE) || !t.hasColumns(TABLE, "grouping", "outlet", "key", "z", "period")) {
      ctx.html.section("contrast", title, guide, null, HtmlReport.missing(t.whyMissing(TABLE) + " (run <code>newsatlas compare</code>)"));
      return;
    }
    // Rows of one dedup setting: the one asked for when present, else whichever the table holds.
    String dedupFilter = "";
    if (t.hasColumns(TABLE, "dedup")) {
      long wanted = t.query("SELECT count(*) FROM " + TABLE + " WHERE dedup = ?", ctx.options.dedup()).get(0).lng(0);
      boolean d = wanted > 0 ? ctx.options.dedup() : !ctx.options.dedup();
      dedupFilter = " AND dedup = " + d;
    }
    // Single outlets against the rest of the pool (pairs and group comparisons are other rows of the same table).
    if (t.hasColumns(TABLE, "against")) dedupFilter += " AND against = '(rest)'";
    if (t.hasColumns(TABLE, "comparison")) dedupFilter += " AND comparison = 'outlets'";
    List<String> groupings = new ArrayList<>();
    for (OutputTables.Row r : t.query("SELECT DISTINCT grouping FROM " + TABLE)) groupings.add(r.str(0));
    groupings.sort(Comparator.comparingInt(g -> GROUPING_ORDER.indexOf(g) < 0 ? 99 : GROUPING_ORDER.indexOf(g)));
    StringBuilder content = new StringBuilder();
    List<String> notes = new ArrayList<>();
    for (String g : groupings) {
      boolean hasAll = t.query("SELECT count(*) FROM " + TABLE + " WHERE grouping = ? AND period = 'all'" + dedupFilter, g).get(0).lng(0) > 0;
      Map<String, OutletKeys> byOutlet = hasAll ? periodAll(t, g, dedupFilter) : summedOverPeriods(t, g, dedupFilter);
      if (!hasAll) {
        notes.add("for <code>" + HtmlReport.esc(g) + "</code> there is no period 'all': counts were summed over the periods "
            + "and z recomputed with the pooled prior (α0 = n_i + n_j); a period where a key fell below --min-count counts as 0 for it");
      }
      List<String> outlets = rankOutlets(ctx, byOutlet);
      content.append("<h3>By ").append(HtmlReport.esc(g.replace('_', ' '))).append(hasAll ? "" : " (all periods pooled)").append("</h3>");
      content.append("<div class=\"grid\">");
      // One z scale for all outlets of a grouping: bar lengths compare across charts.
      double scale = 0;
      for (String outlet : outlets) for (Charts.Bar b : bars(byOutlet.get(outlet).extremes())) scale = Math.max(scale, Math.abs(b.z()));
      for (String outlet : outlets) {
        OutletKeys keys = byOutlet.get(outlet);
        List<Charts.Bar> bars = bars(keys.extremes());
        String chartTitle = outlet + " vs rest — " + g.replace('_', ' ') + (keys.withP > 0
            ? String.format(Locale.ROOT, " (%d keys, %d with q < 0.05)", keys.keys, keys.significant)
            : String.format(Locale.ROOT, " (%d keys)", keys.keys));
        if (bars.isEmpty()) continue;
        content.append(ctx.html.png("contrast-" + HtmlReport.slug(g) + "-" + HtmlReport.slug(outlet) + ".png",
            Charts.divergingBars(chartTitle, bars, Z_THRESHOLD, scale, 590), chartTitle));
      }
      content.append("</div>");
    }
    boolean anyP = t.hasColumns(TABLE, "p_adjusted")
        && t.query("SELECT count(p_adjusted) FROM " + TABLE).get(0).lng(0) > 0;
    String caveat = "z compares an outlet with the pool of the others, so a high z can mean the others neglect a place; "
        + "with many keys some |z| &gt; 1.96 arise by chance"
        + (anyP ? " (each title counts the keys with Benjamini–Hochberg q &lt; 0.05; q comes from the chi-square test, "
            + "which does not shrink small counts as the prior does, so it can flag a key whose z stays small)"
            : " (the table has no adjusted p-values to correct for it)")
        + "; keys below the pooled --min-count are not in the table."
        + (notes.isEmpty() ? "" : " Note: " + String.join("; ", notes) + ".");
    ctx.html.section("contrast", title, guide, caveat, content.toString());
  }

  /**
   * One outlet's keys, kept bounded however many keys the grouping has: the PER_SIDE most positive and most negative
   * z-scores, and counts of all keys and of those with q &lt; 0.05.
   */
  static final class OutletKeys {
    private final PriorityQueue<Key> top = new PriorityQueue<>(Comparator.comparingDouble(Key::z));
    private final PriorityQueue<Key> bottom = new PriorityQueue<>(Comparator.comparingDouble(Key::z).reversed());
    long keys, withP, significant, outletTotal;

    void add(Key k) {
      keys++;
      outletTotal = Math.max(outletTotal, k.outletTotal());
      if (k.pAdjusted() != null) {
        withP++;
        if (k.pAdjusted() < 0.05) significant++;
      }
      if (k.z() > 0) offer(top, k, k.z() > (top.isEmpty() ? 0 : top.peek().z()));
      else if (k.z() < 0) offer(bottom, k, k.z() < (bottom.isEmpty() ? 0 : bottom.peek().z()));
    }

    private static void offer(PriorityQueue<Key> q, Key k, boolean better) {
      if (q.size() < PER_SIDE) q.add(k);
      else if (better) { q.poll(); q.add(k); }
    }

    List<Key> extremes() {
      List<Key> out = new ArrayList<>(top);
      out.addAll(bottom);
      return out;
    }
  }

  /** The largest outlets present in the contrasts, by the report's volume ranking, else by their totals here. */
  private static List<String> rankOutlets(ReportContext ctx, Map<String, OutletKeys> byOutlet) {
    List<String> out = new ArrayList<>();
    for (String o : ctx.outletVolumes.keySet()) if (byOutlet.containsKey(o)) out.add(o);
    List<String> rest = new ArrayList<>(byOutlet.keySet());
    rest.removeAll(out);
    rest.sort(Comparator.comparingLong((String o) -> -byOutlet.get(o).outletTotal).thenComparing(o -> o));
    out.addAll(rest);
    return out.subList(0, Math.min(out.size(), ctx.options.topOutlets()));
  }

  private static Map<String, OutletKeys> periodAll(OutputTables t, String grouping, String dedupFilter) throws SQLException {
    String p = t.hasColumns(TABLE, "p_adjusted") ? "p_adjusted" : "NULL";
    Map<String, OutletKeys> out = new LinkedHashMap<>();
    t.forEach("SELECT outlet, key, key_name, z, count, outlet_total, " + p + " FROM " + TABLE
        + " WHERE grouping = ? AND period = 'all'" + dedupFilter, r -> {
          if (Double.isNaN(r.num(3))) return;
          out.computeIfAbsent(r.str(0), o -> new OutletKeys())
              .add(new Key(r.str(1), r.str(2), r.num(3), r.lng(4), r.lng(5), Double.isNaN(r.num(6)) ? null : r.num(6)));
        }, grouping);
    return out;
  }

  /**
   * Per outlet and key, counts summed over the periods, against the outlet's and the rest's totals summed over every
   * period (not only those where the key passed --min-count, which would shrink the denominators key by key).
   */
  static Map<String, OutletKeys> summedOverPeriods(OutputTables t, String grouping, String dedupFilter) throws SQLException {
    Map<String, OutletKeys> out = new LinkedHashMap<>();
    t.forEach("WITH tot AS (SELECT outlet, sum(ot) AS n_i, sum(rt) AS n_j FROM (SELECT outlet, period, max(outlet_total) AS ot, "
        + "max(rest_total) AS rt FROM " + TABLE + " WHERE grouping = ?" + dedupFilter + " GROUP BY outlet, period) GROUP BY outlet) "
        + "SELECT c.outlet, c.key, max(c.key_name), sum(c.count), tot.n_i, sum(c.rest_count), tot.n_j FROM " + TABLE + " c "
        + "JOIN tot ON tot.outlet = c.outlet WHERE c.grouping = ?" + dedupFilter.replace("dedup", "c.dedup")
        + " GROUP BY c.outlet, c.key, tot.n_i, tot.n_j", r -> {
          double z = pooledZ(r.lng(3), r.lng(4), r.lng(5), r.lng(6));
          if (Double.isNaN(z)) return;
          out.computeIfAbsent(r.str(0), o -> new OutletKeys()).add(new Key(r.str(1), r.str(2), z, r.lng(3), r.lng(4), null));
        }, grouping, grouping);
    return out;
  }

  /**
   * Fightin' Words z of outlet i (y_i of n_i) against the rest j (y_j of n_j) with the pooled informative prior of the
   * README (α0 = n_i + n_j, so α_w = y_i + y_j); NaN when the key was never seen.
   */
  static double pooledZ(long yi, long ni, long yj, long nj) {
    double a0 = ni + nj, aw = yi + yj;
    if (aw <= 0 || ni <= 0 || nj <= 0) return Double.NaN;
    double delta = Math.log((yi + aw) / (ni + a0 - yi - aw)) - Math.log((yj + aw) / (nj + a0 - yj - aw));
    double var = 1.0 / (yi + aw) + 1.0 / (yj + aw);
    return delta / Math.sqrt(var);
  }

  /** The PER_SIDE largest positive and negative z, labelled with unique names, largest first. */
  static List<Charts.Bar> bars(List<Key> keys) {
    List<Key> sorted = new ArrayList<>(keys);
    sorted.sort(Comparator.comparingDouble(Key::z).reversed());
    List<Key> pick = new ArrayList<>();
    for (Key k : sorted) { if (k.z() <= 0 || pick.size() >= PER_SIDE) break; pick.add(k); }
    int neg = 0;
    List<Key> negatives = new ArrayList<>();
    for (int i = sorted.size() - 1; i >= 0 && neg < PER_SIDE; i--) {
      Key k = sorted.get(i);
      if (k.z() >= 0) break;
      negatives.add(0, k);
      neg++;
    }
    pick.addAll(negatives);
    Map<String, Integer> nameUse = new HashMap<>();
    for (Key k : pick) nameUse.merge(label(k), 1, Integer::sum);
    List<Charts.Bar> out = new ArrayList<>();
    for (Key k : pick) {
      String l = label(k);
      if (nameUse.get(l) > 1) l = l + " [" + k.key() + "]";
      out.add(new Charts.Bar(l + String.format(Locale.ROOT, " (%d)", k.count()), k.z()));
    }
    return out;
  }

  private static String label(Key k) {
    String n = k.name() == null || k.name().isBlank() ? k.key() : k.name();
    return n.length() > 32 ? n.substring(0, 31) + "…" : n;
  }
}
