package org.newsatlas.aggregate;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newsatlas.spark.RunContext;
import org.newsatlas.spark.TableIO;
import org.newsatlas.tables.Tables;

/**
 * Counts by place, week and outlet from {@code articles}, {@code mentions} and {@code events}. Every count comes
 * twice: raw, and with each syndication cluster counted once ({@code *_dedup}), next to the outlet's total articles
 * that week so that shares are one division away. Runs on whatever mentions and events exist (none yet is fine).
 */
public final class AggregateJob {
  private AggregateJob() {}

  /** An article's de-duplication key: its near-duplicate cluster, else its exact original, else itself. */
  static final String DEDUP_KEY = "coalesce(near_dup_cluster, duplicate_of, article_id)";

  public static void run(RunContext ctx) {
    Dataset<Row> articles = TableIO.require(ctx, Tables.ARTICLES, "ingest");
    Dataset<Row> events = TableIO.readOrEmpty(ctx, Tables.EVENTS, Tables.EVENTS_SCHEMA);
    compute(ctx, articles, TableIO.readOrEmpty(ctx, Tables.MENTIONS, Tables.MENTIONS_SCHEMA), events)
        .forEach((table, df) -> write(ctx, df, table));
    release(ctx.spark());
    write(ctx, eventClusters(articles, events), Tables.EVENT_CLUSTERS);
  }

  /**
   * One row per real-world event: the reports sharing a {@code cluster_id} (same subtype and place, dates within a
   * day), with how many reports, articles and outlets carry it and when it was first and last reported, so that
   * counts of events and counts of reports can be told apart. Only asserted events form clusters. Clusters cross
   * report weeks, so this table is computed from all events at once; {@code week} is that of the first event date.
   * A cluster's subtype and place are its key, so they (and the type and the place's attributes that follow from
   * them) are grouping columns; distinct counts are sizes of sets, a cluster having few reports: three
   * count(DISTINCT) would make Spark copy every row once per distinct column and sort them.
   */
  public static Dataset<Row> eventClusters(Dataset<Row> articles, Dataset<Row> events) {
    SparkSession spark = articles.sparkSession();
    articles.selectExpr("article_id", "published_at", DEDUP_KEY + " AS dedup_key").createOrReplaceTempView("na_ec_articles");
    events.createOrReplaceTempView("na_ec_events");
    return spark.sql(
        "SELECT /*+ BROADCAST(a) */ e.cluster_id, e.event_type, e.event_subtype, e.place_id, e.place_name, "
            + "e.country_code, e.admin1, e.lat, e.lon, "
            + "min(e.event_date) AS first_event_date, max(e.event_date) AS last_event_date, "
            + "count(*) AS num_reports, CAST(size(collect_set(e.article_id)) AS BIGINT) AS num_articles, "
            + "CAST(size(collect_set(a.dedup_key)) AS BIGINT) AS num_articles_dedup, "
            + "CAST(size(collect_set(e.outlet)) AS BIGINT) AS num_outlets, "
            + "sort_array(collect_set(e.outlet)) AS outlets, min(a.published_at) AS first_report, "
            + "max(a.published_at) AS last_report, max(e.actor1_id) AS actor1_id, max(e.actor2_id) AS actor2_id, "
            + "concat(CAST(extract(YEAROFWEEK FROM min(e.event_date)) AS STRING), '-W', "
            + "lpad(CAST(weekofyear(min(e.event_date)) AS STRING), 2, '0')) AS week "
            + "FROM na_ec_events e JOIN na_ec_articles a ON e.article_id = a.article_id "
            + "WHERE e.modality = 'asserted' AND e.event_date IS NOT NULL "
            + "GROUP BY e.cluster_id, e.event_type, e.event_subtype, e.place_id, e.place_name, e.country_code, e.admin1, "
            + "e.lat, e.lon");
  }

  /**
   * The four aggregate tables (name to frame, lazily defined) of the given articles, mentions and events. Every row
   * of week w depends only on week w's rows of the inputs, so a subset of weeks in gives exactly those weeks out.
   * Intermediate views are cached: call {@link #release} once the tables are written.
   */
  public static java.util.Map<String, Dataset<Row>> compute(RunContext ctx, Dataset<Row> articles, Dataset<Row> mentions,
      Dataset<Row> events) {
    SparkSession spark = ctx.spark();
    java.util.Map<String, Dataset<Row>> out = new java.util.LinkedHashMap<>();
    // Articles enter every join as narrow key rows (about 50 bytes each), broadcast: mentions and events are never
    // shuffled to meet them.
    articles.selectExpr("article_id", "outlet", "week", DEDUP_KEY + " AS dedup_key").createOrReplaceTempView("na_articles");
    mentions.createOrReplaceTempView("na_mentions");
    events.createOrReplaceTempView("na_events");

    spark.sql("SELECT week, outlet, count(*) AS outlet_articles, count(DISTINCT dedup_key) AS outlet_articles_dedup "
        + "FROM na_articles GROUP BY week, outlet").cache().createOrReplaceTempView("na_outlet_week");
    // One row per article and entity: its mentions counted, so that "articles" below is a row count. A place's name,
    // country, admin1, point and feature code come from its gazetteer entry: they are looked up once per place and
    // joined to the counts, instead of riding through the shuffles (and max() of a string would make Spark sort). An
    // actor's name and type can vary between mentions (cue-typed names), so actors keep max().
    spark.sql("SELECT week, outlet, entity_id, article_id, dedup_key, count(*) AS n FROM "
        + mentionsByWeekAndEntity("'PLACE'", "") + " GROUP BY week, outlet, entity_id, article_id, dedup_key")
        .persist(StorageLevel.MEMORY_AND_DISK()).createOrReplaceTempView("na_place_articles");
    spark.sql("SELECT entity_id AS place_id, max(name) AS place_name, max(country_code) AS country_code, "
        + "max(admin1) AS admin1, max(lat) AS lat, max(lon) AS lon, max(feature_code) AS feature_code FROM ("
        + "SELECT DISTINCT entity_id, name, country_code, admin1, lat, lon, feature_code FROM na_mentions "
        + "WHERE entity_id IS NOT NULL AND entity_type = 'PLACE') GROUP BY entity_id")
        .persist(StorageLevel.MEMORY_AND_DISK()).createOrReplaceTempView("na_places");
    spark.sql("SELECT week, outlet, entity_id, article_id, dedup_key, max(entity_type) AS entity_type, "
        + "max(name) AS name, max(feature_code) AS feature_code, count(*) AS n FROM "
        + mentionsByWeekAndEntity("'PERSON', 'ORG'", ", m.entity_type, m.name, m.feature_code")
        + " GROUP BY week, outlet, entity_id, article_id, dedup_key").createOrReplaceTempView("na_actor_articles");

    // Per week, outlet and place; place_week sums it over outlets (an article has one outlet, so its articles,
    // mentions and outlets add up), all but the distinct units, which syndication shares across outlets.
    spark.sql("SELECT week, outlet, entity_id AS place_id, count(*) AS articles, "
        + "count(DISTINCT dedup_key) AS articles_dedup, sum(n) AS mentions "
        + "FROM na_place_articles GROUP BY week, outlet, entity_id")
        .persist(StorageLevel.MEMORY_AND_DISK()).createOrReplaceTempView("na_place_outlet_counts");
    Dataset<Row> placeWeekOutlet = spark.sql(
        "SELECT /*+ BROADCAST(g) */ p.outlet, p.place_id, g.place_name, g.country_code, g.admin1, g.lat, g.lon, "
            + "g.feature_code, p.articles, p.articles_dedup, p.mentions, o.outlet_articles, o.outlet_articles_dedup, p.week "
            + "FROM na_place_outlet_counts p "
            + "JOIN na_places g ON g.place_id = p.place_id "
            + "JOIN na_outlet_week o ON o.week = p.week AND o.outlet = p.outlet");
    out.put(Tables.PLACE_WEEK_OUTLET, placeWeekOutlet);

    Dataset<Row> placeWeek = spark.sql(
        "SELECT /*+ BROADCAST(g) */ p.place_id, g.place_name, g.country_code, g.admin1, g.lat, g.lon, g.feature_code, "
            + "p.articles, u.articles_dedup, p.mentions, p.outlets, t.week_articles, t.week_articles_dedup, p.week "
            + "FROM (SELECT week, place_id, sum(articles) AS articles, sum(mentions) AS mentions, count(*) AS outlets "
            + "      FROM na_place_outlet_counts GROUP BY week, place_id) p "
            + "JOIN (SELECT week, entity_id AS place_id, count(DISTINCT dedup_key) AS articles_dedup "
            + "      FROM na_place_articles GROUP BY week, entity_id) u ON u.week = p.week AND u.place_id = p.place_id "
            + "JOIN na_places g ON g.place_id = p.place_id "
            + "JOIN (SELECT week, count(*) AS week_articles, count(DISTINCT dedup_key) AS week_articles_dedup "
            + "      FROM na_articles GROUP BY week) t ON t.week = p.week");
    out.put(Tables.PLACE_WEEK, placeWeek);

    // Events: clusters are real-world events, rows are reports of them; only asserted events are counted as events.
    // The place's attributes are its gazetteer entry's, so grouping keys (as above). A place's week of one subtype
    // has few reports: distinct counts are sizes of sets (four count(DISTINCT) would copy every row four times).
    Dataset<Row> eventWeekPlace = spark.sql(
        "SELECT /*+ BROADCAST(a) */ e.place_id, e.place_name, e.country_code, e.admin1, e.lat, e.lon, e.event_type, "
            + "e.event_subtype, "
            + "CAST(size(collect_set(CASE WHEN e.modality = 'asserted' THEN coalesce(e.cluster_id, e.event_id) END)) "
            + "AS BIGINT) AS events, "
            + "sum(CASE WHEN e.modality = 'asserted' THEN 1 ELSE 0 END) AS reports, "
            + "sum(CASE WHEN e.modality = 'asserted' THEN 0 ELSE 1 END) AS non_asserted_reports, "
            + "CAST(size(collect_set(e.article_id)) AS BIGINT) AS articles, "
            + "CAST(size(collect_set(a.dedup_key)) AS BIGINT) AS articles_dedup, "
            + "CAST(size(collect_set(e.outlet)) AS BIGINT) AS outlets, e.week "
            + "FROM na_events e JOIN na_articles a ON e.article_id = a.article_id "
            + "GROUP BY e.week, e.place_id, e.event_type, e.event_subtype, e.place_name, e.country_code, e.admin1, e.lat, "
            + "e.lon");
    out.put(Tables.EVENT_WEEK_PLACE, eventWeekPlace);

    Dataset<Row> actorWeekOutlet = spark.sql(
        "SELECT p.outlet, p.actor_id, p.actor_name, p.entity_type, p.actor_type, p.articles, p.articles_dedup, "
            + "p.mentions, o.outlet_articles, o.outlet_articles_dedup, p.week FROM ("
            + "SELECT week, outlet, entity_id AS actor_id, max(name) AS actor_name, max(entity_type) AS entity_type, "
            + "max(feature_code) AS actor_type, count(*) AS articles, "
            + "count(DISTINCT dedup_key) AS articles_dedup, sum(n) AS mentions "
            + "FROM na_actor_articles GROUP BY week, outlet, entity_id) p "
            + "JOIN na_outlet_week o ON o.week = p.week AND o.outlet = p.outlet");
    out.put(Tables.ACTOR_WEEK_OUTLET, actorWeekOutlet);
    return out;
  }

  /**
   * The mention rows of the given entity types (a SQL list) with their article's de-duplication key, shuffled once,
   * by week and entity: every count of {@link #compute} groups by keys that include both (an outlet's week of a
   * place, a week of a place, their distinct syndication units), so Spark computes them all inside those partitions.
   * Grouped by all five keys of an article's entity instead, each count shuffled its input again: 4 shuffles of place
   * rows instead of 1, and the stage alone took 7% longer at 100k articles, 17% at 1 M (scripts/BENCHMARKS.md). Not
   * by week alone: a nightly run's one week would be one task. The price: a week's most mentioned place is one task's
   * share.
   */
  private static String mentionsByWeekAndEntity(String types, String moreColumns) {
    return "(SELECT /*+ REPARTITION(week, entity_id) */ * FROM (SELECT /*+ BROADCAST(a) */ m.week, m.outlet, "
        + "m.entity_id, m.article_id, a.dedup_key" + moreColumns + " FROM na_mentions m "
        + "JOIN na_articles a ON m.article_id = a.article_id "
        + "WHERE m.entity_id IS NOT NULL AND m.entity_type IN (" + types + ")))";
  }

  /** Drops the cached intermediate views of {@link #compute} once its tables are written. */
  public static void release(SparkSession spark) {
    for (String view : new String[] {"na_outlet_week", "na_place_articles", "na_place_outlet_counts", "na_places"}) {
      if (spark.catalog().tableExists(view)) spark.table(view).unpersist();
    }
  }

  private static void write(RunContext ctx, Dataset<Row> df, String table) {
    ctx.count("aggregate." + table, TableIO.overwrite(df, ctx, table, true));
  }
}
