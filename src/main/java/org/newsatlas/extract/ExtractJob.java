package org.newsatlas.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkFiles;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.newsatlas.core.Hashing;
import org.newsatlas.core.Home;
import org.newsatlas.core.Settings;
import org.newsatlas.extract.place.Gazetteer;
import org.newsatlas.spark.ConfShipping;
import org.newsatlas.spark.RunContext;
import org.newsatlas.spark.SubmittedFiles;
import org.newsatlas.spark.TableIO;
import org.newsatlas.tables.Tables;

/**
 * Runs the extraction core over every article, partition by partition, and writes {@code mentions} and
 * {@code events}. The gazetteer file is shipped to executors with {@code addFile} (no shared file system needed) and
 * loaded once per executor JVM; an article whose extraction fails is counted and skipped, never fatal.
 */
public final class ExtractJob {
  private ExtractJob() {}

  /** Setting: the gazetteer artifact built by {@code newsatlas gazetteer build}. */
  public static final String GAZETTEER = "places.gazetteer";

  private static final StructType BOTH = new StructType()
      .add("m", Tables.MENTIONS_SCHEMA, true)
      .add("e", Tables.EVENTS_SCHEMA, true);

  /** Stops at start with one sentence when the gazetteer is missing. */
  public static String checkResources(Settings settings) {
    String path = gazetteerPath(settings);
    String problem = path.contains("://") ? null : Gazetteer.problem(Path.of(path), settings.confDir());
    if (problem != null) {
      throw new IllegalArgumentException(problem + ": run scripts/fetch-geonames.sh then `scripts/newsatlas gazetteer "
          + "build`, or point --set " + GAZETTEER + "=<file> at one.");
    }
    return path;
  }

  static String gazetteerPath(Settings settings) {
    String p = settings.get(GAZETTEER);
    return p != null ? SubmittedFiles.resolve(p) : Home.resolve(".cache/gazetteer/gazetteer.bin").toString();
  }

  public static void run(RunContext ctx) {
    LongAccumulator failed = ctx.spark().sparkContext().longAccumulator("extract.failed_articles");
    Dataset<Row> articles = TableIO.require(ctx, Tables.ARTICLES, "ingest");
    Dataset<Row> both = extract(ctx, articles, failed).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> mentions = both.filter("m IS NOT NULL").select("m.*");
      Dataset<Row> events = both.filter("e IS NOT NULL").select("e.*");
      // Each extraction task reads one week's file of articles (written one file per week), so its mentions are of
      // that week already.
      Map<String, Long> written = TableIO.overwriteClusteredByWeekCounting(mentions, ctx, Tables.MENTIONS,
          functions.count(functions.when(functions.expr("entity_type = 'PLACE'"), 1)).as("places"),
          functions.count(functions.when(functions.expr("entity_type <> 'PLACE'"), 1)).as("actors"));
      ctx.count("extract.mentions", written.get("rows"));
      ctx.count("extract.events", TableIO.overwrite(withClusters(events), ctx, Tables.EVENTS, true));
      ctx.count("extract.articles", articles.count());
      ctx.count("extract.places", written.get("places"));
      ctx.count("extract.actors", written.get("actors"));
    } finally {
      both.unpersist();
    }
    ctx.count("extract.failed_articles", failed.value());
  }

  /**
   * Mentions and events of the given articles (rows of the articles table), as one frame of columns {@code m}
   * (a mentions row or null) and {@code e} (an events row without its cluster id, or null): select {@code m.*} and
   * {@code e.*}, then pass events through {@link #withClusters}. Failed articles are counted in {@code failed}.
   */
  public static Dataset<Row> extract(RunContext ctx, Dataset<Row> articleRows, LongAccumulator failed) {
    String path = checkResources(ctx.settings());
    if (!SubmittedFiles.shipped(ctx.spark().sparkContext().getConf(), path)) ctx.spark().sparkContext().addFile(path);
    String fileName = Path.of(path.replaceFirst("^[a-z0-9]+://[^/]*", "")).getFileName().toString();
    String confName = ConfShipping.ship(ctx.spark().sparkContext(), ctx.settings().confDir());
    Dataset<Row> articles = articleRows.select("article_id", "outlet", "week", "lang", "text", "published_at");
    JavaRDD<Row> rows = articles.javaRDD().mapPartitions(it -> {
      Extractors ex = Extractors.forThread(SparkFiles.get(fileName), ConfShipping.local(confName));
      List<Row> out = new ArrayList<>();
      // Rows are produced per article and consumed by the writer; the list is per partition batch of one article.
      return new ArticleRows(it, ex, failed, out);
    });
    return ctx.spark().createDataFrame(rows, BOTH);
  }

  /**
   * The same real-world event reported by several articles: same subtype, same place, event dates within a day.
   * Dates are bucketed to the day; an event on the day after another of the same subtype and place joins its cluster.
   */
  public static Dataset<Row> withClusters(Dataset<Row> events) {
    String cols = String.join(", ", columnsExcept(Tables.EVENTS_SCHEMA, "cluster_id"));
    Dataset<Row> keyed = events.selectExpr("*",
        "CASE WHEN place_id IS NOT NULL AND event_date IS NOT NULL AND modality = 'asserted' "
            + "THEN concat_ws('|', event_subtype, place_id) END AS ck");
    keyed.createOrReplaceTempView("na_events_keyed");
    // Events without place, date or assertion stay their own cluster (and skip the window, which would skew).
    // A cluster is named by its key and its first date; dates ascend within a key, so an event's cluster starts
    // at the latest date so far that began a run: both windows share one sort of the events by key and date.
    return events.sparkSession().sql(
        "WITH k AS (SELECT * FROM na_events_keyed WHERE ck IS NOT NULL), "
            + "d AS (SELECT *, lag(event_date) OVER (PARTITION BY ck ORDER BY event_date) AS prev FROM k), "
            + "g AS (SELECT *, max(CASE WHEN prev IS NULL OR datediff(event_date, prev) > 1 THEN event_date END) "
            + "OVER (PARTITION BY ck ORDER BY event_date ROWS UNBOUNDED PRECEDING) AS first_date FROM d) "
            + "SELECT " + cols + ", substr(sha2(concat_ws('|', ck, CAST(first_date AS STRING)), 256), 1, 16) AS cluster_id "
            + "FROM g UNION ALL SELECT " + cols + ", event_id AS cluster_id FROM na_events_keyed WHERE ck IS NULL");
  }

  private static List<String> columnsExcept(StructType schema, String name) {
    List<String> out = new ArrayList<>();
    for (String f : schema.fieldNames()) if (!f.equals(name)) out.add(f);
    return out;
  }

  /** Lazily turns each article into its mention and event rows. */
  private static final class ArticleRows implements java.util.Iterator<Row> {
    private final java.util.Iterator<Row> articles;
    private final Extractors ex;
    private final LongAccumulator failed;
    private final List<Row> buffer;
    private int pos;

    ArticleRows(java.util.Iterator<Row> articles, Extractors ex, LongAccumulator failed, List<Row> buffer) {
      this.articles = articles;
      this.ex = ex;
      this.failed = failed;
      this.buffer = buffer;
    }

    @Override
    public boolean hasNext() {
      while (pos >= buffer.size() && articles.hasNext()) {
        buffer.clear();
        pos = 0;
        fill(articles.next());
      }
      return pos < buffer.size();
    }

    @Override
    public Row next() {
      if (!hasNext()) throw new java.util.NoSuchElementException();
      return buffer.get(pos++);
    }

    private void fill(Row a) {
      String id = a.getString(0), outlet = a.getString(1), week = a.getString(2), lang = a.getString(3), text = a.getString(4);
      LocalDate published = a.getTimestamp(5).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
      Extractors.Result r;
      try {
        r = ex.extract(text, lang, published);
      } catch (RuntimeException e) {
        failed.add(1);
        return;
      }
      for (Mention m : r.mentions()) {
        buffer.add(RowFactory.create(RowFactory.create(id, outlet, week, m.sentenceIdx(), m.startChar(), m.endChar(),
            m.surface(), m.entityType(), m.entityId(), m.name(), m.countryCode(), m.admin1(), m.lat(), m.lon(),
            m.featureCode(), m.confidence(), m.method()), null));
      }
      for (EventMention e : r.events()) {
        String eventId = Hashing.sha256Hex(16, id, Integer.toString(e.startChar()), e.eventSubtype());
        buffer.add(RowFactory.create(null, RowFactory.create(eventId, id, outlet, week, e.sentenceIdx(), e.startChar(),
            e.endChar(), e.eventType(), e.eventSubtype(), e.cameoRoot(), e.quadClass(), e.goldstein(), e.trigger(),
            e.actor1Id(), e.actor2Id(), e.placeId(), e.placeName(), e.countryCode(), e.admin1(), e.lat(), e.lon(),
            e.eventDate() == null ? null : Date.valueOf(e.eventDate()), e.datePrecision(), e.modality(),
            e.confidence(), null)));
      }
    }
  }
}
