package org.newsatlas.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes a plausible output root for report tests, with DuckDB as an analyst would: 6 outlets, 30 real places of
 * Iraq, Syria and the Gulf, 8 ISO weeks (2021-W01..W08), each outlet with its own regional bias, then the aggregate
 * and comparison tables derived from those articles with the README's formulas. Everything is seeded: same files
 * every time. Tables named in {@code skip} are not written, to test how the report degrades.
 */
final class SyntheticTables {
  private SyntheticTables() {}

  record Place(String id, String name, String cc, String admin1, double lat, double lon, String fc, String region) {}

  static final List<Place> PLACES = List.of(
      new Place("geonames:98182", "Baghdad", "IQ", "Baghdad", 33.3406, 44.4009, "PPLC", "iraq"),
      new Place("geonames:99532", "Basra", "IQ", "Basra", 30.5085, 47.7804, "PPLA", "iraq"),
      new Place("geonames:99072", "Mosul", "IQ", "Nineveh", 36.335, 43.1189, "PPLA", "iraq"),
      new Place("geonames:95446", "Erbil", "IQ", "Erbil", 36.1926, 44.0106, "PPLA", "kurd"),
      new Place("geonames:94824", "Kirkuk", "IQ", "Kirkuk", 35.4681, 44.3922, "PPLA", "kurd"),
      new Place("geonames:98463", "Sulaymaniyah", "IQ", "Sulaymaniyah", 35.5613, 45.4375, "PPLA", "kurd"),
      new Place("geonames:95788", "Duhok", "IQ", "Duhok", 36.8669, 42.9503, "PPLA", "kurd"),
      new Place("geonames:99347", "Samarra", "IQ", "Salah ad Din", 34.1959, 43.8857, "PPL", "iraq"),
      new Place("geonames:98854", "Fallujah", "IQ", "Anbar", 33.3558, 43.7861, "PPL", "iraq"),
      new Place("geonames:98860", "Ramadi", "IQ", "Anbar", 33.4206, 43.3078, "PPLA", "iraq"),
      new Place("geonames:98717", "Nasiriyah", "IQ", "Dhi Qar", 31.0520, 46.2570, "PPLA", "iraq"),
      new Place("geonames:99608", "Baqubah", "IQ", "Diyala", 33.7466, 44.6437, "PPLA", "iraq"),
      new Place("geonames:99135", "Najaf", "IQ", "Najaf", 32.0259, 44.3462, "PPLA", "iraq"),
      new Place("geonames:94787", "Karbala", "IQ", "Karbala", 32.6160, 44.0249, "PPLA", "iraq"),
      new Place("geonames:99762", "Al-Qaim", "IQ", "Anbar", 34.3680, 41.0944, "PPL", "border"),
      new Place("geonames:99237", "Iraq", "IQ", null, 33.0, 44.0, "PCLI", "iraq"),
      new Place("geonames:170654", "Damascus", "SY", "Damascus", 33.5102, 36.2913, "PPLC", "syria"),
      new Place("geonames:170063", "Aleppo", "SY", "Aleppo", 36.2021, 37.1343, "PPLA", "syria"),
      new Place("geonames:169577", "Idlib", "SY", "Idlib", 35.9306, 36.6339, "PPLA", "syria"),
      new Place("geonames:170794", "Deir ez-Zor", "SY", "Deir ez-Zor", 35.3359, 40.1408, "PPLA", "border"),
      new Place("geonames:173334", "Abu Kamal", "SY", "Deir ez-Zor", 34.4506, 40.9171, "PPL", "border"),
      new Place("geonames:173576", "Hasakah", "SY", "Hasakah", 36.5024, 40.7477, "PPLA", "kurd"),
      new Place("geonames:172955", "Raqqa", "SY", "Raqqa", 35.9528, 39.0079, "PPLA", "syria"),
      new Place("geonames:163345", "Afrin", "SY", "Aleppo", 36.5119, 36.8695, "PPL", "syria"),
      new Place("geonames:108410", "Riyadh", "SA", "Riyadh", 24.6877, 46.7219, "PPLC", "gulf"),
      new Place("geonames:105343", "Jeddah", "SA", "Makkah", 21.5424, 39.1980, "PPL", "gulf"),
      new Place("geonames:292223", "Dubai", "AE", "Dubai", 25.0772, 55.3093, "PPLA", "gulf"),
      new Place("geonames:290030", "Doha", "QA", "Baladiyat ad Dawhah", 25.2854, 51.5310, "PPLC", "gulf"),
      new Place("geonames:285787", "Kuwait City", "KW", "Al Asimah", 29.3697, 47.9783, "PPLC", "gulf"),
      new Place("geonames:112931", "Tehran", "IR", "Tehran", 35.6944, 51.4215, "PPLC", "gulf"));

  /** Outlet, articles per week, and how much more it writes about each region than the base rate. */
  record Outlet(String name, int perWeek, String favoured, double boost) {}

  static final List<Outlet> OUTLETS = List.of(
      new Outlet("reuters.com", 70, "iraq", 1.2),
      new Outlet("lemonde.fr", 45, "syria", 2.0),
      new Outlet("aljazeera.net", 55, "gulf", 2.5),
      new Outlet("rudaw.net", 30, "kurd", 4.0),
      new Outlet("aa.com.tr", 25, "border", 3.0),
      new Outlet("france24.com", 20, "iraq", 1.5),
      new Outlet("lorientlejour.com", 8, "syria", 2.0),
      new Outlet("thenationalnews.com", 6, "gulf", 3.0));

  static final String[][] SUBTYPES = {
      {"Explosions/Remote violence", "Suicide bomb"}, {"Explosions/Remote violence", "Air/drone strike"},
      {"Explosions/Remote violence", "Remote explosive/landmine/IED"}, {"Explosions/Remote violence", "Shelling/artillery/missile attack"},
      {"Battles", "Armed clash"}, {"Violence against civilians", "Attack"}, {"Protests", "Peaceful protest"},
      {"Riots", "Violent demonstration"}, {"Strategic developments", "Arrests"}, {"Battles", "Government regains territory"}};

  static void write(Path root, Set<String> skip) throws SQLException, java.io.IOException {
    write(root, skip, 8);
  }

  /** As {@link #write(Path, Set)}, over {@code weeks} ISO weeks from 2021-W01 (more than 52 crosses into 2022). */
  static void write(Path root, Set<String> skip, int weeks) throws SQLException, java.io.IOException {
    Files.createDirectories(root);
    Random rnd = new Random(20210104L);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE a (article_id VARCHAR, outlet VARCHAR, url VARCHAR, title VARCHAR, published_at TIMESTAMP, "
          + "lang VARCHAR, text VARCHAR, week VARCHAR, week_start DATE, source_file VARCHAR, duplicate_of VARCHAR, near_dup_cluster VARCHAR)");
      st.execute("CREATE TABLE m (article_id VARCHAR, outlet VARCHAR, week VARCHAR, place_id VARCHAR)");
      st.execute("CREATE TABLE e (event_id VARCHAR, article_id VARCHAR, outlet VARCHAR, week VARCHAR, event_type VARCHAR, "
          + "event_subtype VARCHAR, place_id VARCHAR, modality VARCHAR, cluster_id VARCHAR)");
      st.execute("CREATE TABLE p (place_id VARCHAR, place_name VARCHAR, country_code VARCHAR, admin1 VARCHAR, lat DOUBLE, "
          + "lon DOUBLE, feature_code VARCHAR)");
      try (PreparedStatement pp = c.prepareStatement("INSERT INTO p VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        for (Place p : PLACES) {
          pp.setString(1, p.id()); pp.setString(2, p.name()); pp.setString(3, p.cc()); pp.setString(4, p.admin1());
          pp.setDouble(5, p.lat()); pp.setDouble(6, p.lon()); pp.setString(7, p.fc());
          pp.addBatch();
        }
        pp.executeBatch();
      }
      // Base popularity: a few big places, a long tail (Zipf-like over the list order, shuffled once).
      double[] base = new double[PLACES.size()];
      for (int i = 0; i < base.length; i++) base[i] = 1.0 / Math.pow(1 + (i * 7 % PLACES.size()), 0.8);
      try (PreparedStatement pa = c.prepareStatement("INSERT INTO a VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)");
          PreparedStatement pm = c.prepareStatement("INSERT INTO m VALUES (?, ?, ?, ?)");
          PreparedStatement pe = c.prepareStatement("INSERT INTO e VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        int id = 0;
        List<String> previous = new ArrayList<>();
        for (int w = 1; w <= weeks; w++) {
          LocalDate monday = LocalDate.of(2021, 1, 4).plusWeeks(w - 1);
          String week = org.newsatlas.core.IsoWeek.label(monday);
          // Week 5: a burst of coverage of Deir ez-Zor and Abu Kamal everywhere (a strike at the border).
          for (Outlet o : OUTLETS) {
            int n = (int) Math.round(o.perWeek() * (0.75 + 0.5 * rnd.nextDouble()));
            if (o.name().equals("france24.com") && w == 3) n = 0; // a collection gap
            for (int k = 0; k < n; k++) {
              String aid = String.format("%016x", 0x5eed0000L + id++);
              LocalDateTime at = monday.atTime(6, 0).plusMinutes(rnd.nextInt(7 * 24 * 60 - 400));
              String dup = !previous.isEmpty() && rnd.nextDouble() < 0.05 ? previous.get(rnd.nextInt(previous.size())) : null;
              pa.setString(1, aid); pa.setString(2, o.name()); pa.setString(3, "https://" + o.name() + "/a/" + aid);
              pa.setString(4, "Synthetic article " + aid); pa.setObject(5, at);
              pa.setString(6, o.name().endsWith(".fr") || o.name().startsWith("france") || o.name().startsWith("lorient") ? "fr" : "en");
              pa.setString(7, "Synthetic text written for the report tests."); pa.setString(8, week); pa.setObject(9, monday);
              pa.setString(10, "synthetic/" + o.name() + ".jsonl"); pa.setString(11, dup);
              pa.addBatch();
              previous.add(aid);
              int mentions = 1 + rnd.nextInt(3);
              java.util.Set<Integer> chosen = new java.util.HashSet<>();
              for (int j = 0; j < mentions; j++) {
                int pi = pick(rnd, base, o, w);
                if (!chosen.add(pi)) continue;
                pm.setString(1, aid); pm.setString(2, o.name()); pm.setString(3, week); pm.setString(4, PLACES.get(pi).id());
                pm.addBatch();
                if (rnd.nextDouble() < 0.35 && !PLACES.get(pi).fc().equals("PCLI")) {
                  String[] s = SUBTYPES[Math.min(SUBTYPES.length - 1, (int) Math.floor(Math.abs(rnd.nextGaussian()) * 3))];
                  if (w == 5 && PLACES.get(pi).region().equals("border")) s = SUBTYPES[1];
                  String modality = rnd.nextDouble() < 0.85 ? "asserted" : rnd.nextBoolean() ? "negated" : "threatened";
                  String cluster = s[1] + "|" + PLACES.get(pi).id() + "|" + monday.plusDays(rnd.nextInt(3));
                  pe.setString(1, aid + "-" + j); pe.setString(2, aid); pe.setString(3, o.name()); pe.setString(4, week);
                  pe.setString(5, s[0]); pe.setString(6, s[1]); pe.setString(7, PLACES.get(pi).id()); pe.setString(8, modality);
                  pe.setString(9, cluster);
                  pe.addBatch();
                }
              }
            }
          }
        }
        pa.executeBatch();
        pm.executeBatch();
        pe.executeBatch();
      }
      st.execute("CREATE VIEW da AS SELECT *, coalesce(near_dup_cluster, duplicate_of, article_id) AS dk FROM a");
      st.execute("CREATE VIEW ow AS SELECT week, outlet, count(*) AS outlet_articles, count(DISTINCT dk) AS outlet_articles_dedup FROM da GROUP BY 1, 2");
      String r = root.toAbsolutePath().toString();
      copy(st, skip, r, "articles", "SELECT * FROM a", "week");
      if (!skip.contains("quarantine")) {
        Files.createDirectories(root.resolve("quarantine"));
        st.execute("COPY (SELECT 'run-1' AS run_id, 'synthetic/reuters.com.jsonl' AS source_file, 'line ' || i AS locator, "
            + "'BAD_JSON' AS reason_code, 'not a JSON object' AS message, '{oops' AS raw, 5::BIGINT AS raw_bytes FROM range(7) t(i)) "
            + "TO '" + r + "/quarantine/part-0.parquet' (FORMAT PARQUET)");
      }
      copy(st, skip, r, "place_week_outlet", "SELECT m.outlet, m.place_id, max(p.place_name) AS place_name, max(p.country_code) AS country_code, "
          + "max(p.admin1) AS admin1, max(p.lat) AS lat, max(p.lon) AS lon, max(p.feature_code) AS feature_code, "
          + "count(DISTINCT m.article_id) AS articles, count(DISTINCT da.dk) AS articles_dedup, count(*) AS mentions, "
          + "max(ow.outlet_articles) AS outlet_articles, max(ow.outlet_articles_dedup) AS outlet_articles_dedup, m.week "
          + "FROM m JOIN da USING (article_id) JOIN p USING (place_id) JOIN ow ON ow.week = m.week AND ow.outlet = m.outlet "
          + "GROUP BY m.week, m.outlet, m.place_id", "week");
      copy(st, skip, r, "place_week", "SELECT m.place_id, max(p.place_name) AS place_name, max(p.country_code) AS country_code, "
          + "max(p.admin1) AS admin1, max(p.lat) AS lat, max(p.lon) AS lon, max(p.feature_code) AS feature_code, "
          + "count(DISTINCT m.article_id) AS articles, count(DISTINCT da.dk) AS articles_dedup, count(*) AS mentions, "
          + "count(DISTINCT m.outlet) AS outlets, max(t.n) AS week_articles, max(t.nd) AS week_articles_dedup, m.week "
          + "FROM m JOIN da USING (article_id) JOIN p USING (place_id) "
          + "JOIN (SELECT week, count(*) AS n, count(DISTINCT dk) AS nd FROM da GROUP BY week) t ON t.week = m.week "
          + "GROUP BY m.week, m.place_id", "week");
      copy(st, skip, r, "event_week_place", "SELECT e.place_id, max(p.place_name) AS place_name, max(p.country_code) AS country_code, "
          + "max(p.admin1) AS admin1, max(p.lat) AS lat, max(p.lon) AS lon, e.event_type, e.event_subtype, "
          + "count(DISTINCT CASE WHEN e.modality = 'asserted' THEN e.cluster_id END) AS events, "
          + "sum(CASE WHEN e.modality = 'asserted' THEN 1 ELSE 0 END) AS reports, "
          + "sum(CASE WHEN e.modality = 'asserted' THEN 0 ELSE 1 END) AS non_asserted_reports, "
          + "count(DISTINCT e.article_id) AS articles, count(DISTINCT da.dk) AS articles_dedup, count(DISTINCT e.outlet) AS outlets, e.week "
          + "FROM e JOIN da USING (article_id) JOIN p USING (place_id) GROUP BY e.week, e.place_id, e.event_type, e.event_subtype", "week");
      // Fightin' Words, outlet vs rest, period 'all', by place and by event type (README formulas, pooled prior).
      String units = "SELECT 'place' AS grouping, m.outlet, m.place_id AS key, p.place_name AS key_name, m.article_id AS unit "
          + "FROM m JOIN p USING (place_id) UNION ALL SELECT 'event_type', outlet, event_type, event_type, article_id FROM e WHERE modality = 'asserted'";
      st.execute("CREATE VIEW fw AS WITH u AS (" + units + "), "
          + "c AS (SELECT grouping, outlet, key, max(key_name) AS key_name, count(DISTINCT unit) AS y FROM u GROUP BY ALL), "
          + "t AS (SELECT outlet, count(*) AS n FROM a GROUP BY outlet), "
          + "k AS (SELECT grouping, key, max(key_name) AS key_name FROM c GROUP BY ALL HAVING sum(y) >= 5), "
          + "g AS (SELECT k.grouping, t.outlet, k.key, k.key_name, coalesce(c.y, 0) AS yi, t.n AS ni, "
          + "  sum(coalesce(c.y, 0)) OVER (PARTITION BY k.grouping, k.key) AS py, sum(t.n) OVER (PARTITION BY k.grouping, k.key) AS pn "
          + "  FROM t CROSS JOIN k LEFT JOIN c ON c.grouping = k.grouping AND c.outlet = t.outlet AND c.key = k.key), "
          + "s AS (SELECT *, py - yi AS yj, pn - ni AS nj, py::DOUBLE AS aw, pn::DOUBLE AS a0 FROM g), "
          + "d AS (SELECT *, ln((yi + aw) / (ni + a0 - yi - aw)) - ln((yj + aw) / (nj + a0 - yj - aw)) AS delta, "
          + "  1.0 / (yi + aw) + 1.0 / (yj + aw) AS var FROM s) "
          + "SELECT grouping, outlet, key, key_name, yi AS count, ni AS outlet_total, yj AS rest_count, nj AS rest_total, "
          + "  yi / ni AS share, yj / nj AS rest_share, CASE WHEN yj = 0 THEN NULL ELSE (yi / ni) / (yj / nj) END AS share_ratio, "
          + "  delta AS log_odds, delta / sqrt(var) AS z, NULL::DOUBLE AS chi2, NULL::DOUBLE AS p_value, NULL::DOUBLE AS p_adjusted, "
          + "  false AS dedup, 'all' AS period FROM d");
      copy(st, skip, r, "outlet_place_contrast", "SELECT * FROM fw", "period");
      // Jensen-Shannon divergence per week between outlets' place distributions, pairwise and vs the rest.
      st.execute("CREATE VIEW pc AS SELECT week, outlet, place_id, count(DISTINCT article_id)::DOUBLE AS n FROM m GROUP BY ALL");
      st.execute("CREATE VIEW pairs AS SELECT x.week, x.outlet AS oa, y.outlet AS ob FROM (SELECT DISTINCT week, outlet FROM pc) x "
          + "JOIN (SELECT DISTINCT week, outlet FROM pc) y ON x.week = y.week AND x.outlet < y.outlet "
          + "UNION ALL SELECT DISTINCT week, outlet, '(rest)' FROM pc");
      st.execute("CREATE VIEW dist AS SELECT pr.week, pr.oa, pr.ob, pl.place_id, "
          + "coalesce((SELECT n FROM pc WHERE pc.week = pr.week AND pc.outlet = pr.oa AND pc.place_id = pl.place_id), 0) AS na, "
          + "CASE WHEN pr.ob = '(rest)' THEN coalesce((SELECT sum(n) FROM pc WHERE pc.week = pr.week AND pc.outlet <> pr.oa AND pc.place_id = pl.place_id), 0) "
          + "ELSE coalesce((SELECT n FROM pc WHERE pc.week = pr.week AND pc.outlet = pr.ob AND pc.place_id = pl.place_id), 0) END AS nb "
          + "FROM pairs pr CROSS JOIN p pl");
      copy(st, skip, r, "outlet_divergence", "WITH s AS (SELECT *, na / sum(na) OVER w AS pa, nb / sum(nb) OVER w AS pb, "
          + "sum(na) OVER w AS ta, sum(nb) OVER w AS tb, count(*) FILTER (WHERE na > 0) OVER w AS ka, count(*) FILTER (WHERE nb > 0) OVER w AS kb "
          + "FROM dist WINDOW w AS (PARTITION BY week, oa, ob)), "
          + "j AS (SELECT week, oa, ob, max(ta)::BIGINT AS n_a, max(tb)::BIGINT AS n_b, max(ka)::INT AS keys_a, max(kb)::INT AS keys_b, "
          + "sum(CASE WHEN pa > 0 THEN 0.5 * pa * log2(pa / ((pa + pb) / 2)) ELSE 0 END) "
          + "+ sum(CASE WHEN pb > 0 THEN 0.5 * pb * log2(pb / ((pa + pb) / 2)) ELSE 0 END) AS jsd FROM s GROUP BY ALL HAVING max(ta) >= 3 AND max(tb) >= 3) "
          + "SELECT oa AS outlet_a, ob AS outlet_b, jsd, sqrt(greatest(jsd, 0)) AS js_distance, n_a, n_b, keys_a, keys_b, false AS dedup, week FROM j", "week");
    }
  }

  private static int pick(Random rnd, double[] base, Outlet o, int week) {
    double[] w = new double[base.length];
    double sum = 0;
    for (int i = 0; i < w.length; i++) {
      Place p = PLACES.get(i);
      w[i] = base[i] * (p.region().equals(o.favoured()) ? o.boost() : 1) * (week == 5 && p.region().equals("border") ? 6 : 1);
      sum += w[i];
    }
    double x = rnd.nextDouble() * sum;
    for (int i = 0; i < w.length; i++) {
      x -= w[i];
      if (x <= 0) return i;
    }
    return w.length - 1;
  }

  private static void copy(Statement st, Set<String> skip, String root, String table, String select, String partition) throws SQLException {
    if (skip.contains(table)) return;
    st.execute("COPY (" + select + ") TO '" + root + "/" + table + "' (FORMAT PARQUET, PARTITION_BY (" + partition + "), OVERWRITE_OR_IGNORE)");
  }

  /** Writes the synthetic tables for looking at a report by hand: SyntheticTables DIR [WEEKS] [SKIPPED,TABLES]. */
  public static void main(String[] args) throws Exception {
    write(Path.of(args[0]), Set.of(args.length > 2 && !args[2].isEmpty() ? args[2].split(",") : new String[0]),
        args.length > 1 ? Integer.parseInt(args[1]) : 8);
  }
}
