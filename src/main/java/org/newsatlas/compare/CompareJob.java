package org.newsatlas.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.newsatlas.compare.stats.OutletContrast;
import org.newsatlas.compare.stats.OutletContrasts;
import org.newsatlas.compare.stats.WeekDivergences;
import org.newsatlas.spark.RunContext;
import org.newsatlas.spark.TableIO;
import org.newsatlas.tables.Tables;

/**
 * Each outlet against the rest of the pool: for every key of the chosen grouping (place, country, event type, ...)
 * and period, coverage share, Fightin' Words log-odds z-score, chi-square p-value with Benjamini-Hochberg adjustment
 * per outlet and period ({@code outlet_place_contrast}); and the Jensen-Shannon divergence between outlets' place
 * distributions per week, pairwise and against the rest ({@code outlet_divergence}). Counts are distinct articles,
 * or distinct syndication clusters with dedup. The statistics live in {@code compare.stats}, free of Spark.
 */
public final class CompareJob {
  private CompareJob() {}

  /** The label of "all other outlets" in {@code outlet_divergence.outlet_b}. */
  public static final String REST = "(rest)";

  static final StructType CONTRAST_SCHEMA = new StructType()
      .add("grouping", DataTypes.StringType, false)
      .add("outlet", DataTypes.StringType, false)
      .add("against", DataTypes.StringType, false)
      .add("key", DataTypes.StringType, false)
      .add("key_name", DataTypes.StringType, true)
      .add("count", DataTypes.LongType, false)
      .add("outlet_total", DataTypes.LongType, false)
      .add("rest_count", DataTypes.LongType, false)
      .add("rest_total", DataTypes.LongType, false)
      .add("share", DataTypes.DoubleType, false)
      .add("rest_share", DataTypes.DoubleType, false)
      .add("share_ratio", DataTypes.DoubleType, true)
      .add("log_odds", DataTypes.DoubleType, false)
      .add("z", DataTypes.DoubleType, false)
      .add("chi2", DataTypes.DoubleType, true)
      .add("p_value", DataTypes.DoubleType, true)
      .add("dedup", DataTypes.BooleanType, false)
      .add("period", DataTypes.StringType, false)
      .add("comparison", DataTypes.StringType, false);

  /** The partition columns of {@code outlet_place_contrast}, outermost first. */
  public static final String[] CONTRAST_PARTITIONS = {"comparison", "grouping", "period"};

  static final StructType DIVERGENCE_SCHEMA = new StructType()
      .add("outlet_a", DataTypes.StringType, false)
      .add("outlet_b", DataTypes.StringType, false)
      .add("jsd", DataTypes.DoubleType, false)
      .add("js_distance", DataTypes.DoubleType, false)
      .add("n_a", DataTypes.LongType, false)
      .add("n_b", DataTypes.LongType, false)
      .add("keys_a", DataTypes.IntegerType, false)
      .add("keys_b", DataTypes.IntegerType, false)
      .add("dedup", DataTypes.BooleanType, false)
      .add("week", DataTypes.StringType, false);

  public static void run(RunContext ctx, CompareSpec spec) {
    run(ctx, spec, false);
  }

  /**
   * With {@code replaceAll}, the contrast table holds this comparison only (what a full `run` wants: rows of earlier
   * comparisons were computed from other articles); without, other comparisons' partitions are kept.
   */
  public static void run(RunContext ctx, CompareSpec spec, boolean replaceAll) {
    run(ctx, spec, replaceAll, false);
  }

  /**
   * With {@code aggregatesCurrent} (the caller has just written {@code place_week_outlet} from the same mentions), a
   * weekly comparison of places counts from that table instead of from the mentions.
   */
  public static void run(RunContext ctx, CompareSpec spec, boolean replaceAll, boolean aggregatesCurrent) {
    Dataset<Row> articles = TableIO.require(ctx, Tables.ARTICLES, "ingest");
    Dataset<Row> placeWeekOutlet = aggregatesCurrent && TableIO.exists(ctx, Tables.PLACE_WEEK_OUTLET)
        ? ctx.spark().read().parquet(ctx.table(Tables.PLACE_WEEK_OUTLET)) : null;
    Map<String, Dataset<Row>> out = compute(ctx, spec, articles,
        TableIO.readOrEmpty(ctx, Tables.MENTIONS, Tables.MENTIONS_SCHEMA), TableIO.readOrEmpty(ctx, Tables.EVENTS, Tables.EVENTS_SCHEMA),
        placeWeekOutlet);
    // One compare run replaces only its own comparison, grouping and period; other runs' rows stay, so one table
    // holds, say, places by outlet and event types by group side by side.
    if (replaceAll) TableIO.drop(ctx, Tables.OUTLET_PLACE_CONTRAST);
    try {
      ctx.count("compare." + Tables.OUTLET_PLACE_CONTRAST, TableIO.replacePartitions(out.get(Tables.OUTLET_PLACE_CONTRAST),
          ctx, Tables.OUTLET_PLACE_CONTRAST, CONTRAST_PARTITIONS));
      if (out.containsKey(Tables.OUTLET_DIVERGENCE)) {
        ctx.count("compare." + Tables.OUTLET_DIVERGENCE,
            TableIO.overwrite(out.get(Tables.OUTLET_DIVERGENCE), ctx, Tables.OUTLET_DIVERGENCE, true));
      }
    } finally {
      release(ctx.spark());
    }
  }

  /** Drops the cached intermediate view of {@link #compute} once its tables are written. */
  public static void release(SparkSession spark) {
    if (spark.catalog().tableExists("na_cmp_counts")) spark.table("na_cmp_counts").unpersist();
  }

  /**
   * Both comparison tables (name to frame, lazily defined; {@code outlet_place_contrast} partitioned by period,
   * {@code outlet_divergence} by week) of the given articles, mentions and events. An intermediate view is cached:
   * call {@link #release} once the tables are written.
   */
  public static Map<String, Dataset<Row>> compute(RunContext ctx, CompareSpec spec, Dataset<Row> articles,
      Dataset<Row> mentions, Dataset<Row> events) {
    return compute(ctx, spec, articles, mentions, events, null);
  }

  /**
   * {@link #compute(RunContext, CompareSpec, Dataset, Dataset, Dataset)}, taking the per-outlet place counts from
   * {@code placeWeekOutlet} (the aggregate table of the same articles and mentions, or null) where they are the same
   * numbers: places compared by week between single outlets, and the weekly divergence between single outlets (an
   * article has one week, so a week's distinct articles or units per outlet and place are that table's). Its
   * {@code articles_dedup} (distinct syndication units per week, outlet and place) and {@code articles} are what the
   * comparison would count from the mentions, so the mentions are not scanned, joined and counted a second time.
   */
  public static Map<String, Dataset<Row>> compute(RunContext ctx, CompareSpec spec, Dataset<Row> articles,
      Dataset<Row> mentions, Dataset<Row> events, Dataset<Row> placeWeekOutlet) {
    SparkSession spark = ctx.spark();
    // Divergence is weekly between single outlets whatever the comparison's period and grouping: it reads the
    // aggregates whenever they are current. The contrasts read them only where their counts are the same numbers.
    boolean aggregates = placeWeekOutlet != null && spec.groups() == null;
    boolean fromAggregates = aggregates && spec.grouping().equals("place") && spec.period().equals("week");
    if (aggregates) {
      placeWeekOutlet.selectExpr("week", "outlet", "place_id", "place_name",
          (spec.dedup() ? "articles_dedup" : "articles") + " AS n").createOrReplaceTempView("na_cmp_place_counts");
    }
    String unit = spec.dedup() ? "coalesce(near_dup_cluster, duplicate_of, article_id)" : "article_id";
    Dataset<Row> sideArticles = articles.selectExpr("article_id", "outlet", "week", "published_at", unit + " AS unit",
        spec.periodExpr() + " AS period");
    if (spec.groups() != null) {
      // Outlets compared as groups (e.g. state media against the rest); outlets the table does not name form "other".
      Dataset<Row> groups = OutletGroups.load(ctx.settings().confDir(), spec.groups()).toDataFrame(spark);
      sideArticles = sideArticles.join(groups, sideArticles.col("outlet").equalTo(groups.col("g_outlet")), "left")
          .selectExpr("article_id", "coalesce(g_group, '" + OutletGroups.OTHER + "') AS outlet", "week", "published_at", "unit", "period");
    }
    sideArticles.createOrReplaceTempView("na_cmp_articles");
    mentions.createOrReplaceTempView("na_cmp_mentions");
    events.createOrReplaceTempView("na_cmp_events");

    spark.sql(keyedUnits(spec.grouping())).createOrReplaceTempView("na_cmp_units");
    OutletContrasts configured = OutletContrasts.fromSettings(ctx.settings());
    long minCount = spec.minCount() != null ? spec.minCount() : configured.minCount();
    long minOutletTotal = spec.minOutletTotal() != null ? spec.minOutletTotal() : configured.minOutletTotal();
    OutletContrasts stats = new OutletContrasts(configured.prior(), configured.yates(), minCount, minOutletTotal);

    // Every outlet x every key that passes the pooled threshold, zero counts included: under-coverage is a finding.
    // Each row: one side (an outlet or group) against the rest of the pool, or against one other side (--pair).
    // A key's name is fixed by the key except for actors (cue-typed names vary): grouping by it hashes, where max()
    // of a string makes Spark sort every row.
    String counts = fromAggregates
        ? "SELECT week AS period, outlet, place_id AS key, place_name AS key_name, n AS c FROM na_cmp_place_counts"
        : spec.grouping().equals("actor")
        ? "SELECT period, outlet, key, max(key_name) AS key_name, count(DISTINCT unit) AS c FROM na_cmp_units "
            + "GROUP BY period, outlet, key"
        : "SELECT period, outlet, key, key_name, count(DISTINCT unit) AS c FROM na_cmp_units "
            + "GROUP BY period, outlet, key, key_name";
    // Read three times below (the keys that pass the threshold, and each side's counts): cached, or the mentions
    // would be scanned and their distinct units counted again each time.
    spark.sql(counts).persist(StorageLevel.MEMORY_AND_DISK()).createOrReplaceTempView("na_cmp_counts");
    spark.sql("SELECT period, outlet, count(DISTINCT unit) AS outlet_total FROM na_cmp_articles GROUP BY period, outlet")
        .createOrReplaceTempView("na_cmp_totals");
    spark.sql("SELECT period, key, max(key_name) AS key_name, sum(c) AS key_c FROM na_cmp_counts GROUP BY period, key "
        + "HAVING sum(c) >= " + minCount).createOrReplaceTempView("na_cmp_keys");
    spark.sql("SELECT period, sum(outlet_total) AS period_total FROM na_cmp_totals GROUP BY period")
        .createOrReplaceTempView("na_cmp_periods");
    // Each side against the rest of the pool: the rest's count and total are the key's and the period's sums less
    // the side's own. Rows with a count come from the counts; a zero is a finding only where the pool's share
    // predicts at least one article for the outlet (outlet_total * key_c >= period_total); the other zeros (a small
    // outlet and a rare key) carry no evidence and would make the table grow as outlets x keys. Both are found by
    // hash joins: the outlets x keys grid is only probed, never sorted or shuffled (it has millions of cells).
    StringBuilder sql = new StringBuilder("SELECT /*+ BROADCAST(k, t, p) */ c.period, c.outlet, '" + REST
        + "' AS against, c.key, k.key_name, c.c, t.outlet_total, k.key_c - c.c AS rest_c, "
        + "p.period_total - t.outlet_total AS rest_total FROM na_cmp_counts c "
        + "JOIN na_cmp_keys k ON k.period = c.period AND k.key = c.key "
        + "JOIN na_cmp_totals t ON t.period = c.period AND t.outlet = c.outlet "
        + "JOIN na_cmp_periods p ON p.period = c.period "
        + "UNION ALL SELECT /*+ BROADCAST(k, p) */ t.period, t.outlet, '" + REST + "' AS against, k.key, k.key_name, "
        + "CAST(0 AS BIGINT) AS c, t.outlet_total, k.key_c AS rest_c, p.period_total - t.outlet_total AS rest_total "
        + "FROM na_cmp_totals t JOIN na_cmp_periods p ON p.period = t.period "
        + "JOIN na_cmp_keys k ON k.period = t.period AND t.outlet_total * k.key_c >= p.period_total "
        + "LEFT ANTI JOIN na_cmp_counts c ON c.period = t.period AND c.outlet = t.outlet AND c.key = k.key");
    if (!spec.pairs().isEmpty()) {
      StringBuilder values = new StringBuilder();
      java.util.Set<String> named = new java.util.TreeSet<>();
      for (List<String> p : spec.pairs()) {
        String x = sqlString(p.get(0)), y = sqlString(p.get(1));
        values.append(values.length() == 0 ? "" : ", ").append('(').append(x).append(", ").append(y).append(')');
        named.add(x);
        named.add(y);
      }
      // Every key for the named outlets, zero counts included: a pair is compared on the keys of the whole pool.
      spark.sql("SELECT t.period, t.outlet, k.key, k.key_name, coalesce(c.c, 0) AS c, t.outlet_total "
          + "FROM na_cmp_totals t JOIN na_cmp_keys k ON t.period = k.period "
          + "LEFT JOIN na_cmp_counts c ON c.period = t.period AND c.outlet = t.outlet AND c.key = k.key "
          + "WHERE t.outlet IN (" + String.join(", ", named) + ")").createOrReplaceTempView("na_cmp_sides");
      sql.append(" UNION ALL SELECT a.period, a.outlet, b.outlet AS against, a.key, a.key_name, ")
          .append("a.c, a.outlet_total, b.c AS rest_c, b.outlet_total AS rest_total FROM (VALUES ").append(values)
          .append(") AS p(x, y) JOIN na_cmp_sides a ON a.outlet = p.x ")
          .append("JOIN na_cmp_sides b ON b.outlet = p.y AND b.period = a.period AND b.key = a.key");
    }
    Dataset<Row> grid = spark.sql(sql.toString());

    String grouping = spec.grouping();
    boolean dedup = spec.dedup();
    String comparison = spec.comparison();
    JavaRDD<Row> contrasts = grid.javaRDD().mapPartitions(it -> {
      List<Row> out = new ArrayList<>();
      while (it.hasNext()) {
        Row r = it.next();
        long c = r.getLong(5), total = r.getLong(6), restC = r.getLong(7), restTotal = r.getLong(8);
        Optional<OutletContrast> oc = stats.contrast(c, total, restC, restTotal);
        if (oc.isEmpty()) continue;
        OutletContrast s = oc.get();
        out.add(RowFactory.create(grouping, r.getString(1), r.getString(2), r.getString(3), r.getString(4), s.count(),
            s.outletTotal(), s.restCount(), s.restTotal(), s.share(), s.restShare(), finite(s.shareRatio()), s.logOdds(),
            s.z(), finite(s.chi2()), finite(s.pValue()), dedup, r.getString(0), comparison));
      }
      return out.iterator();
    });
    spark.createDataFrame(contrasts, CONTRAST_SCHEMA).createOrReplaceTempView("na_cmp_contrasts");
    // Benjamini-Hochberg within each outlet (or group), comparison and period: q_(i) = min over j >= i of p_(j) * m / j.
    Dataset<Row> adjusted = spark.sql(
        "WITH r AS (SELECT *, row_number() OVER (PARTITION BY period, outlet, against ORDER BY p_value ASC NULLS LAST) AS rk, "
            + "  count(p_value) OVER (PARTITION BY period, outlet, against) AS m FROM na_cmp_contrasts) "
            + "SELECT outlet, against, key, key_name, count, outlet_total, rest_count, rest_total, share, rest_share, "
            + "  share_ratio, log_odds, z, chi2, p_value, "
            + "  CASE WHEN p_value IS NULL THEN NULL ELSE least(1.0, min(p_value * m / rk) OVER (PARTITION BY period, outlet, against "
            + "    ORDER BY p_value DESC, rk DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)) END AS p_adjusted, "
            + "  dedup, comparison, grouping, period FROM r");
    Map<String, Dataset<Row>> out = new java.util.LinkedHashMap<>();
    out.put(Tables.OUTLET_PLACE_CONTRAST, adjusted);
    // Divergence is between single outlets' place distributions; a comparison of groups leaves it as it is.
    if (spec.groups() == null) out.put(Tables.OUTLET_DIVERGENCE, divergence(ctx, minCount, dedup, aggregates));
    return out;
  }

  private static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }

  /**
   * Rows (period, outlet, unit, key, key_name) for the grouping; only asserted events count as events. The articles'
   * side is key rows (about 60 bytes an article), broadcast so that mentions are not shuffled to meet them.
   */
  static String keyedUnits(String grouping) {
    String fromMentions = "FROM na_cmp_mentions m JOIN na_cmp_articles a ON m.article_id = a.article_id ";
    String fromEvents = "FROM na_cmp_events e JOIN na_cmp_articles a ON e.article_id = a.article_id WHERE e.modality = 'asserted'";
    return switch (grouping) {
      case "place" -> "SELECT /*+ BROADCAST(a) */ a.period, a.outlet, a.unit, m.entity_id AS key, m.name AS key_name " + fromMentions
          + "WHERE m.entity_type = 'PLACE' AND m.entity_id IS NOT NULL";
      case "country" -> "SELECT /*+ BROADCAST(a) */ a.period, a.outlet, a.unit, m.country_code AS key, m.country_code AS key_name " + fromMentions
          + "WHERE m.entity_type = 'PLACE' AND m.country_code IS NOT NULL";
      case "admin1" -> "SELECT /*+ BROADCAST(a) */ a.period, a.outlet, a.unit, concat(m.country_code, '/', m.admin1) AS key, "
          + "concat(m.admin1, ', ', m.country_code) AS key_name " + fromMentions
          + "WHERE m.entity_type = 'PLACE' AND m.admin1 IS NOT NULL";
      case "actor" -> "SELECT /*+ BROADCAST(a) */ a.period, a.outlet, a.unit, m.entity_id AS key, m.name AS key_name " + fromMentions
          + "WHERE m.entity_type IN ('PERSON', 'ORG') AND m.entity_id IS NOT NULL";
      case "event_type" -> "SELECT /*+ BROADCAST(a) */ a.period, a.outlet, a.unit, e.event_type AS key, e.event_type AS key_name " + fromEvents;
      case "event_subtype" -> "SELECT /*+ BROADCAST(a) */ a.period, a.outlet, a.unit, e.event_subtype AS key, e.event_subtype AS key_name " + fromEvents;
      default -> throw new IllegalArgumentException("unknown grouping " + grouping);
    };
  }

  /** {@code s} as a Spark SQL string literal. */
  private static String sqlString(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  /** Jensen-Shannon divergence of place distributions per week: each outlet against the rest, and pairs of outlets. */
  private static Dataset<Row> divergence(RunContext ctx, long minCount, boolean dedup, boolean fromAggregates) {
    SparkSession spark = ctx.spark();
    // Pairs grow as outlets squared: pairwise divergence is kept to each week's largest outlets; every outlet still
    // gets its divergence against the rest. A week's cells go to one task, where each distribution is built once.
    int maxPairOutlets = ctx.settings().getInt("compare.divergence.max_pair_outlets", 30);
    String cells = fromAggregates ? "SELECT week, outlet, place_id AS place, n FROM na_cmp_place_counts"
        : "SELECT /*+ BROADCAST(a) */ a.week, a.outlet, m.entity_id AS place, count(DISTINCT a.unit) AS n "
            + "FROM na_cmp_mentions m JOIN na_cmp_articles a ON m.article_id = a.article_id "
            + "WHERE m.entity_type = 'PLACE' AND m.entity_id IS NOT NULL GROUP BY a.week, a.outlet, m.entity_id";
    Dataset<Row> weeks = spark.sql(
        "WITH c AS (" + cells + ") "
            + "SELECT week, collect_list(outlet) AS outlets, collect_list(place) AS places, collect_list(n) AS ns "
            + "FROM c GROUP BY week");
    JavaRDD<Row> rows = weeks.javaRDD().mapPartitions(it -> {
      List<Row> out = new ArrayList<>();
      while (it.hasNext()) {
        Row r = it.next();
        List<String> outlets = r.getList(1), places = r.getList(2);
        List<Long> ns = r.getList(3);
        WeekDivergences w = new WeekDivergences();
        for (int i = 0; i < outlets.size(); i++) w.add(outlets.get(i), places.get(i), ns.get(i));
        for (WeekDivergences.Divergence d : w.compute(minCount, maxPairOutlets)) {
          out.add(RowFactory.create(d.a(), d.b() == null ? REST : d.b(), d.jsd(), Math.sqrt(Math.max(0, d.jsd())),
              d.na(), d.nb(), d.keysA(), d.keysB(), dedup, r.getString(0)));
        }
      }
      return out.iterator();
    });
    return spark.createDataFrame(rows, DIVERGENCE_SCHEMA);
  }
}
