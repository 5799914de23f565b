package org.newsatlas.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsatlas.spark.RunContext;
import org.newsatlas.spark.SparkTestBase;
import org.newsatlas.tables.Tables;

/**
 * The compare job on hand-made tables: every statistic it writes is recomputed here independently, from the
 * formulas, with other numerical methods (Simpson integration of the normal density for p-values, entropies for
 * JSD, brute-force Benjamini-Hochberg), and must agree to 1e-9.
 */
class CompareJobTest extends SparkTestBase {
  // Articles per outlet in week 2021-W04, and how many of them mention each place (one place per article).
  static final Map<String, Integer> TOTAL = Map.of("a.example", 30, "b.example", 25, "c.example", 40);
  static final Map<String, int[]> PLACES = Map.of( // counts for P1, P2, P3
      "a.example", new int[] {12, 2, 5},
      "b.example", new int[] {3, 10, 5},
      "c.example", new int[] {5, 8, 10});
  static final String[] IDS = {"geonames:1", "geonames:2", "geonames:3"};

  Path out;

  @BeforeEach
  void writeTables() throws Exception {
    out = Files.createTempDirectory("na-compare");
    List<Row> articles = new ArrayList<>();
    List<Row> mentions = new ArrayList<>();
    Timestamp t = Timestamp.valueOf("2021-01-27 10:00:00");
    for (String outlet : TOTAL.keySet()) {
      int[] c = PLACES.get(outlet);
      int next = 0;
      for (int i = 0; i < TOTAL.get(outlet); i++) {
        String id = outlet + "-" + i;
        articles.add(RowFactory.create(id, outlet, null, null, t, "en", "text", "2021-W04", Date.valueOf("2021-01-25"),
            "f", null, null));
      }
      for (int p = 0; p < 3; p++) {
        for (int k = 0; k < c[p]; k++, next++) {
          String id = outlet + "-" + next;
          mentions.add(mention(id, outlet, IDS[p]));
          if (k == 0) mentions.add(mention(id, outlet, IDS[p])); // a second mention in one article counts once
        }
      }
    }
    spark().createDataFrame(articles, Tables.ARTICLES_SCHEMA).write().partitionBy("week").parquet(out.resolve("articles").toString());
    spark().createDataFrame(mentions, Tables.MENTIONS_SCHEMA).write().partitionBy("week").parquet(out.resolve("mentions").toString());
  }

  private static Row mention(String articleId, String outlet, String placeId) {
    return RowFactory.create(articleId, outlet, "2021-W04", 0, 0, 5, "Place", "PLACE", placeId, "Place " + placeId,
        "IQ", "Baghdad", 33.3, 44.4, "PPL", 0.9, "test");
  }

  @Test
  void contrastsAndDivergenceMatchIndependentComputation() {
    RunContext ctx = context(out.toString(), Map.of());
    CompareJob.run(ctx, CompareSpec.of("all", "place", 1, 1, false));

    List<Row> rows = spark().read().parquet(out.resolve("outlet_place_contrast").toString()).collectAsList();
    assertEquals(9, rows.size(), "3 outlets x 3 places");
    Map<String, List<double[]>> pByOutlet = new HashMap<>();
    for (Row r : rows) {
      String outlet = r.getAs("outlet");
      int p = Arrays.asList(IDS).indexOf((String) r.getAs("key"));
      long yi = PLACES.get(outlet)[p], ni = TOTAL.get(outlet);
      long yj = 0, nj = 0;
      for (String o : TOTAL.keySet()) {
        if (!o.equals(outlet)) {
          yj += PLACES.get(o)[p];
          nj += TOTAL.get(o);
        }
      }
      assertEquals(yi, (long) r.getAs("count"));
      assertEquals(ni, (long) r.getAs("outlet_total"));
      assertEquals(yj, (long) r.getAs("rest_count"));
      assertEquals(nj, (long) r.getAs("rest_total"));
      assertEquals((double) yi / ni, r.getAs("share"), 1e-12);
      // Fightin' Words with the pooled prior: alpha_w = yi + yj, alpha0 = ni + nj.
      double aw = yi + yj, a0 = ni + nj;
      double delta = Math.log((yi + aw) / (ni + a0 - yi - aw)) - Math.log((yj + aw) / (nj + a0 - yj - aw));
      double z = delta / Math.sqrt(1 / (yi + aw) + 1 / (yj + aw));
      assertEquals(delta, r.getAs("log_odds"), 1e-9);
      assertEquals(z, r.getAs("z"), 1e-9);
      // Pearson chi-square from observed and expected counts; p from integrating the normal density.
      double[][] obs = {{yi, ni - yi}, {yj, nj - yj}};
      double n = ni + nj, chi2 = 0;
      for (int i = 0; i < 2; i++) {
        for (int j = 0; j < 2; j++) {
          double e = (obs[i][0] + obs[i][1]) * (obs[0][j] + obs[1][j]) / n;
          chi2 += (obs[i][j] - e) * (obs[i][j] - e) / e;
        }
      }
      assertEquals(chi2, r.getAs("chi2"), 1e-9);
      double pValue = 2 * normalUpperTail(Math.sqrt(chi2));
      assertEquals(pValue, r.getAs("p_value"), 1e-9);
      pByOutlet.computeIfAbsent(outlet, k -> new ArrayList<>()).add(new double[] {pValue, r.getAs("p_adjusted")});
    }
    // Benjamini-Hochberg by its definition: q_i = min over p_j >= p_i of p_j * m / rank_j.
    for (List<double[]> ps : pByOutlet.values()) {
      int m = ps.size();
      for (double[] pi : ps) {
        double q = 1;
        for (double[] pj : ps) {
          if (pj[0] >= pi[0]) {
            long rank = ps.stream().filter(x -> x[0] <= pj[0]).count();
            q = Math.min(q, pj[0] * m / rank);
          }
        }
        assertEquals(q, pi[1], 1e-9);
      }
    }

    List<Row> div = spark().read().parquet(out.resolve("outlet_divergence").toString()).collectAsList();
    assertEquals(3 + 3, div.size(), "3 pairs and 3 outlets against the rest");
    for (Row r : div) {
      String a = r.getAs("outlet_a"), b = r.getAs("outlet_b");
      double[] p = counts(a), q = CompareJob.REST.equals(b) ? rest(a) : counts(b);
      double expected = entropy(mix(p, q)) - (entropy(p) + entropy(q)) / 2;
      assertEquals(expected, r.getAs("jsd"), 1e-9, a + " vs " + b);
      assertEquals(Math.sqrt(expected), r.getAs("js_distance"), 1e-9);
    }
  }

  @Test
  void pairsAndGroupsCompareTheRightSides() throws Exception {
    RunContext ctx = context(out.toString(), Map.of());
    CompareJob.run(ctx, CompareSpec.of("all", "place", 1, 1, false, null, List.of("a.example:b.example")));
    Path groups = Files.createTempFile("groups", ".tsv");
    Files.writeString(groups, "# test groups\na.example\tab\nb.example\tab\n");
    CompareJob.run(ctx, CompareSpec.of("all", "place", 1, 1, false, groups.toString(), List.of()));

    var table = spark().read().parquet(out.resolve("outlet_place_contrast").toString());
    Row pair = table.filter("comparison = 'outlets' AND outlet = 'a.example' AND against = 'b.example' AND key = 'geonames:1'").first();
    assertEquals(12L, (long) pair.getAs("count"));
    assertEquals(30L, (long) pair.getAs("outlet_total"));
    assertEquals(3L, (long) pair.getAs("rest_count"));
    assertEquals(25L, (long) pair.getAs("rest_total"));
    String comparison = "groups." + groups.getFileName().toString().replaceFirst("\\.tsv$", "");
    Row group = table.filter("comparison = '" + comparison + "' AND outlet = 'ab' AND against = '(rest)' AND key = 'geonames:1'").first();
    assertEquals(15L, (long) group.getAs("count"));
    assertEquals(55L, (long) group.getAs("outlet_total"));
    assertEquals(5L, (long) group.getAs("rest_count"));
    assertEquals(40L, (long) group.getAs("rest_total"));
    assertEquals(2, table.filter("comparison = '" + comparison + "'").select("outlet").distinct().count(), "ab and other");
    assertEquals(9, table.filter("comparison = 'outlets' AND against = '(rest)'").count(), "the outlets' rows stay");
  }

  @Test
  void weeklyPlaceCountsFromTheAggregatesEqualThoseFromTheMentions() throws Exception {
    // Syndicated copies across outlets, so that counting units (dedup) differs from counting articles.
    List<Row> articles = new ArrayList<>();
    for (Row r : spark().read().parquet(out.resolve("articles").toString()).selectExpr(Tables.ARTICLES_SCHEMA.fieldNames())
        .collectAsList()) {
      Object[] v = new Object[r.length()];
      for (int i = 0; i < v.length; i++) v[i] = r.get(i);
      String id = r.getString(0);
      if (id.startsWith("b.example-") && Integer.parseInt(id.substring(10)) < 4) v[10] = "a.example-" + id.substring(10);
      if (id.startsWith("c.example-") && Integer.parseInt(id.substring(10)) < 6) v[11] = "a.example-0";
      articles.add(RowFactory.create(v));
    }
    spark().createDataFrame(articles, Tables.ARTICLES_SCHEMA).write().mode("overwrite").partitionBy("week")
        .parquet(out.resolve("articles").toString());
    RunContext ctx = context(out.toString(), Map.of());
    org.newsatlas.aggregate.AggregateJob.run(ctx);
    var pwo = spark().read().parquet(out.resolve(Tables.PLACE_WEEK_OUTLET).toString());
    var a = spark().read().parquet(out.resolve("articles").toString());
    var m = spark().read().parquet(out.resolve("mentions").toString());
    var e = spark().createDataFrame(List.of(), Tables.EVENTS_SCHEMA);
    for (String period : new String[] {"week", "all"}) for (boolean dedup : new boolean[] {true, false}) {
      // Over all weeks the contrasts count from the mentions (a syndication unit can span weeks); the weekly
      // divergence reads the aggregates either way.
      CompareSpec spec = CompareSpec.of(period, "place", 1, 1, dedup);
      Map<String, org.apache.spark.sql.Dataset<Row>> fromMentions = CompareJob.compute(ctx, spec, a, m, e);
      List<String> contrastA = sorted(fromMentions.get(Tables.OUTLET_PLACE_CONTRAST));
      List<String> divergenceA = sorted(fromMentions.get(Tables.OUTLET_DIVERGENCE));
      CompareJob.release(spark());
      Map<String, org.apache.spark.sql.Dataset<Row>> fromAggregates = CompareJob.compute(ctx, spec, a, m, e, pwo);
      assertEquals(contrastA, sorted(fromAggregates.get(Tables.OUTLET_PLACE_CONTRAST)), "contrasts, " + period + ", dedup " + dedup);
      assertEquals(divergenceA, sorted(fromAggregates.get(Tables.OUTLET_DIVERGENCE)), "divergence, " + period + ", dedup " + dedup);
      CompareJob.release(spark());
      assertEquals(9, contrastA.size(), "3 outlets x 3 places");
    }
  }

  private static List<String> sorted(org.apache.spark.sql.Dataset<Row> df) {
    List<String> rows = new ArrayList<>();
    // Doubles to 12 significant digits: the two paths sum the same counts in a different order.
    for (Row r : df.collectAsList()) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < r.length(); i++) {
        Object v = r.get(i);
        b.append(v instanceof Double d ? String.format(java.util.Locale.ROOT, "%.12g", d) : String.valueOf(v)).append('|');
      }
      rows.add(b.toString());
    }
    java.util.Collections.sort(rows);
    return rows;
  }

  private static double[] counts(String outlet) {
    int[] c = PLACES.get(outlet);
    return new double[] {c[0], c[1], c[2]};
  }

  private static double[] rest(String outlet) {
    double[] r = new double[3];
    for (String o : PLACES.keySet()) if (!o.equals(outlet)) for (int i = 0; i < 3; i++) r[i] += PLACES.get(o)[i];
    return r;
  }

  private static double[] mix(double[] p, double[] q) {
    double sp = Arrays.stream(p).sum(), sq = Arrays.stream(q).sum();
    double[] m = new double[p.length];
    for (int i = 0; i < p.length; i++) m[i] = (p[i] / sp + q[i] / sq) / 2;
    return m;
  }

  /** Shannon entropy in bits of a (possibly unnormalised) distribution. */
  private static double entropy(double[] x) {
    double s = Arrays.stream(x).sum(), h = 0;
    for (double v : x) if (v > 0) h -= (v / s) * Math.log(v / s) / Math.log(2);
    return h;
  }

  /** P(Z > x) for a standard normal, by composite Simpson integration of the density from 0 to x. */
  private static double normalUpperTail(double x) {
    int n = 200_000;
    double h = x / n, sum = 0;
    for (int i = 0; i <= n; i++) {
      double t = i * h, f = Math.exp(-t * t / 2) / Math.sqrt(2 * Math.PI);
      sum += (i == 0 || i == n) ? f : (i % 2 == 1 ? 4 * f : 2 * f);
    }
    return 0.5 - sum * h / 3;
  }
}
