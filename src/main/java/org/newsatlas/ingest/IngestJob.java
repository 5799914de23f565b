package org.newsatlas.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.lit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.newsatlas.core.Settings;
import org.newsatlas.ingest.dedup.MinHasher;
import org.newsatlas.ingest.dedup.NearDuplicates;
import org.newsatlas.spark.ConfShipping;
import org.newsatlas.spark.InputFiles;
import org.newsatlas.spark.RunContext;
import org.newsatlas.spark.TableIO;
import org.newsatlas.tables.Tables;
import scala.Tuple2;

/**
 * Reads the archive into {@code articles} and {@code quarantine}. Files are read in parallel, one task reading a
 * whole file (compressed files cannot be split); each input record becomes exactly one accepted row or one
 * quarantine row, then exact duplicates (same article id) are kept once and same-text copies at other URLs are
 * marked with {@code duplicate_of}. Counts land in the run context so that the summary can reconcile them.
 */
public final class IngestJob {
  private IngestJob() {}

  /**
   * The input spec of a run: the profile (default {@code auto}), then {@code --set input.KEY=VALUE} settings, then
   * the command line's own options. Throws {@link IllegalArgumentException} with one sentence when it is invalid.
   */
  public static InputSpec spec(Settings settings, String profile, Map<String, String> overrides) {
    Map<String, String> specOverrides = new java.util.TreeMap<>();
    settings.asMap().forEach((k, v) -> {
      if (k.startsWith("input.")) specOverrides.put(k.substring(6), v);
    });
    specOverrides.putAll(overrides);
    return InputSpec.fromProfile(settings.confDir(), profile == null ? "auto" : profile, specOverrides);
  }

  public static void run(RunContext ctx, List<String> inputs, InputSpec spec) {
    Settings settings = ctx.settings();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(ctx.spark().sparkContext());
    List<InputFiles.InputFile> files = InputFiles.list(inputs, jsc.hadoopConfiguration());
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no input files found in " + String.join(", ", inputs) + ".");
    }
    ctx.count("ingest.files", files.size());
    long bytes = files.stream().mapToLong(InputFiles.InputFile::length).sum();
    ctx.count("ingest.bytes", bytes);
    System.err.printf("[newsatlas] ingest     %,d files, %,.1f MB%n", files.size(), bytes / 1e6);

    List<String> paths = new ArrayList<>();
    for (InputFiles.InputFile f : files) paths.add(f.path());
    Dataset<Row> all = readRecords(ctx, paths, spec).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      write(ctx, all);
    } finally {
      all.unpersist();
    }
  }

  /** The schema of {@link #readRecords}: accepted candidates ({@code kind = 'A'}) and rejections ({@code 'Q'}). */
  public static org.apache.spark.sql.types.StructType recordSchema() {
    return IngestRows.SCHEMA;
  }

  /** Reads the given files (fully qualified paths) into one row per input record, before de-duplication. */
  public static Dataset<Row> readRecords(RunContext ctx, List<String> paths, InputSpec spec) {
    Settings settings = ctx.settings();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(ctx.spark().sparkContext());
    // One task per file up to many per core: a compressed file cannot be split, and packing two large files into one
    // task leaves a core idle at the end (10 files on 2 cores: 3 rounds of two files, not 5 of one). binaryFiles
    // cuts splits of (total bytes / hint) and closes a split only once it reaches that size, so a hint of one per
    // file still pairs equal files: four per file makes the split size a quarter of a file. Files smaller than
    // Spark's open cost (4 MB) are still packed together.
    int parallelism = Math.max(1, Math.min(4 * paths.size(), jsc.defaultParallelism() * 64));
    JavaPairRDD<String, PortableDataStream> streams = jsc.binaryFiles(String.join(",", paths), parallelism);

    Instant now = Instant.now();
    String runId = ctx.runId();
    String confName = ConfShipping.ship(ctx.spark().sparkContext(), settings.confDir());
    boolean sign = NearDuplicates.enabled(settings);
    JavaRDD<Row> records = streams.mapPartitions(it -> new FileRecords(it,
        new FileIngester(spec, settings.withConfDir(ConfShipping.local(confName)), now), runId,
        sign ? NearDuplicates.hasher(settings) : null));
    return ctx.spark().createDataFrame(records, IngestRows.SCHEMA);
  }

  private static void write(RunContext ctx, Dataset<Row> all) {
    long read = 0, accepted = 0, quarantined = 0;
    for (Row r : all.groupBy("kind", "reason_code").count().collectAsList()) {
      long n = r.getLong(2);
      read += n;
      if (IngestRows.ARTICLE.equals(r.getString(0))) {
        accepted += n;
      } else {
        quarantined += n;
        ctx.count("quarantine." + r.getString(1), n);
      }
    }

    Dataset<Row> articles = articlesFrom(all.filter(col("kind").equalTo(IngestRows.ARTICLE)), ctx.settings());
    Map<String, Long> written = TableIO.overwriteCounting(articles, ctx, Tables.ARTICLES,
        functions.count(col("duplicate_of")).as("copies"));
    long kept = written.get("rows");
    long copies = written.get("copies");

    Dataset<Row> quarantine = quarantineFrom(all);
    TableIO.overwrite(quarantine.coalesce(1), ctx, Tables.QUARANTINE, false);
    ctx.count("ingest.records_read", read);
    ctx.count("ingest.articles", kept);
    ctx.count("ingest.quarantined", quarantined);
    ctx.count("ingest.exact_duplicates", accepted - kept);
    ctx.count("ingest.same_text_copies", copies);
  }

  /**
   * The articles table from candidate rows (kind 'A'): exact duplicates kept once, same-text copies marked, near
   * duplicates clustered. Deterministic: the same candidates give the same rows whatever their order or partitioning.
   * The decisions are taken on narrow key rows (ids, hashes, MinHash signatures: about 300 bytes an article) and
   * applied to the full rows by two broadcast joins of the exceptions (records to drop, articles with a copy), so the
   * texts are not shuffled for de-duplication; the only shuffle of full rows is the writer's, by week.
   */
  public static Dataset<Row> articlesFrom(Dataset<Row> candidates, Settings settings) {
    SparkSession spark = candidates.sparkSession();
    boolean near = NearDuplicates.enabled(settings);
    String[] key = {"article_id", "published_at", "source_file", "locator", "content_hash"};
    Dataset<Row> keys = near ? NearDuplicates.withSignatures(candidates, settings, key) : candidates.selectExpr(key);
    // Exact duplicates: one article id (same canonical URL, or same outlet+title+date+text) is kept once.
    keys.createOrReplaceTempView("na_dd_keys");
    Dataset<Row> ranked = spark.sql("SELECT *, row_number() OVER w AS rn, first(source_file) OVER w AS k_file, "
        + "first(locator) OVER w AS k_locator FROM na_dd_keys "
        + "WINDOW w AS (PARTITION BY article_id ORDER BY published_at, source_file, locator)").persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> droppedRows, noteRows;
    try {
      // A record that shares the kept record's key (a candidates table from before records had locators) stays.
      Dataset<Row> dropped = ranked.filter("rn > 1 AND NOT (source_file <=> k_file AND locator <=> k_locator)")
          .selectExpr("article_id AS x_id", "source_file AS x_file", "locator AS x_locator");
      Dataset<Row> kept = ranked.filter("rn = 1").drop("rn", "k_file", "k_locator");
      kept.createOrReplaceTempView("na_dd_kept");
      // Same text at another URL (syndication, re-posts): kept, pointing at the earliest copy.
      Dataset<Row> copies = spark.sql("SELECT article_id AS d_id, first_id AS duplicate_of FROM (SELECT article_id, "
          + "first(article_id) OVER (PARTITION BY content_hash ORDER BY published_at, article_id "
          + "ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS first_id FROM na_dd_kept) "
          + "WHERE first_id <> article_id");
      // Near-duplicates (syndicated copies with small edits) share a cluster id, so that aggregates count them once.
      Dataset<Row> notes = near
          ? copies.join(NearDuplicates.clusters(kept, settings), col("d_id").equalTo(col("c_id")), "full_outer")
              .selectExpr("coalesce(d_id, c_id) AS n_id", "duplicate_of", "near_dup_cluster")
          : copies.selectExpr("d_id AS n_id", "duplicate_of", "CAST(NULL AS STRING) AS near_dup_cluster");
      // The exceptions are few (records re-read, articles with a copy) and a broadcast takes them to the driver
      // anyway: taken now, they free the cached key rows before the caller writes.
      droppedRows = spark.createDataFrame(dropped.collectAsList(), dropped.schema());
      noteRows = spark.createDataFrame(notes.collectAsList(), notes.schema());
    } finally {
      ranked.unpersist();
    }
    Column sameRecord = col("article_id").equalTo(col("x_id")).and(col("source_file").eqNullSafe(col("x_file")))
        .and(col("locator").eqNullSafe(col("x_locator")));
    Dataset<Row> articles = candidates.join(broadcast(droppedRows), sameRecord, "left_anti")
        .join(broadcast(noteRows), col("article_id").equalTo(col("n_id")), "left");
    return columnsOf(articles, Tables.ARTICLES_SCHEMA);
  }

  /** The quarantine rows among ingest records. */
  public static Dataset<Row> quarantineFrom(Dataset<Row> records) {
    return columnsOf(records.filter(col("kind").equalTo(IngestRows.REJECTION)), Tables.QUARANTINE_SCHEMA);
  }

  /** The columns of a table's schema, in its order. */
  private static Dataset<Row> columnsOf(Dataset<Row> df, org.apache.spark.sql.types.StructType schema) {
    return df.selectExpr(schema.fieldNames());
  }

  /** Expands a partition's files into rows lazily, one file at a time, so memory holds one file's records. */
  private static final class FileRecords implements Iterator<Row> {
    private final Iterator<Tuple2<String, PortableDataStream>> files;
    private final FileIngester ingester;
    private final String runId;
    private final MinHasher hasher;
    private Iterator<Row> current = Collections.emptyIterator();

    FileRecords(Iterator<Tuple2<String, PortableDataStream>> files, FileIngester ingester, String runId,
        MinHasher hasher) {
      this.files = files;
      this.ingester = ingester;
      this.runId = runId;
      this.hasher = hasher;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && files.hasNext()) {
        Tuple2<String, PortableDataStream> f = files.next();
        List<Row> rows = new ArrayList<>();
        ingester.ingest(f._1(), f._2()::open, IngestRows.collector(rows, runId, hasher));
        current = rows.iterator();
      }
      return current.hasNext();
    }

    @Override
    public Row next() {
      if (!hasNext()) throw new NoSuchElementException();
      return current.next();
    }
  }
}
