package org.newsatlas.spark.nightly;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.InputStream;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.newsatlas.aggregate.AggregateJob;
import org.newsatlas.compare.CompareJob;
import org.newsatlas.compare.CompareSpec;
import org.newsatlas.core.Hashing;
import org.newsatlas.extract.ExtractJob;
import org.newsatlas.ingest.IngestJob;
import org.newsatlas.ingest.dedup.NearDuplicates;
import org.newsatlas.ingest.InputSpec;
import org.newsatlas.spark.InputFiles;
import org.newsatlas.spark.RunContext;
import org.newsatlas.spark.RunLog;
import org.newsatlas.spark.TableIO;
import org.newsatlas.tables.Tables;
import scala.Tuple2;

/**
 * An incremental, idempotent, crash-safe run: ingests only the files the ledger has not seen (or saw with other
 * content), recomputes only the weeks whose rows change, and commits every table at once through
 * {@link TableCommit}. The result equals a full rebuild over the same files, row for row (run ids aside).
 *
 * <p>Why it is exact: de-duplication (exact, same-text, near-duplicate) is global, so it is recomputed over all
 * candidate articles ({@code ingest_candidates}: every accepted record before de-duplication, by source file); then
 * a per-week fingerprint of the new articles against the old decides which weeks changed. Extraction, the costly
 * step, runs only on those weeks. Event clusters can span weeks, so they are recomputed over all events and the weeks
 * whose events changed join the set. Aggregates of week w depend only on week w's rows: recomputed for those weeks.
 * The comparison tables ('all' and 'month' periods) are recomputed fully from articles, mentions and events (not
 * from the aggregates: a syndication cluster can span weeks, so de-duplicated weekly counts do not add up) and only
 * the periods and weeks whose rows changed are replaced.
 */
public final class NightlyJob {
  private NightlyJob() {}

  public static final String COMMAND = "nightly";
  /** Every input file seen: path, size, modification time, SHA-256, the run that read it, status. */
  public static final String LEDGER = "ingest_ledger";
  /** Accepted records before de-duplication, partitioned by week: what global de-duplication is recomputed from. */
  public static final String CANDIDATES = "ingest_candidates";

  public static final StructType LEDGER_SCHEMA = new StructType()
      .add("path", DataTypes.StringType, false)
      .add("size", DataTypes.LongType, false)
      .add("modified_at", DataTypes.TimestampType, false)
      .add("sha256", DataTypes.StringType, true)
      .add("run_id", DataTypes.StringType, false)
      .add("status", DataTypes.StringType, false);

  static final String INGESTED = "INGESTED";
  static final String REMOVED = "REMOVED";

  private record LedgerEntry(String path, long size, long modifiedAt, String sha256, String runId, String status) {
    Row row() {
      return RowFactory.create(path, size, new Timestamp(modifiedAt), sha256, runId, status);
    }
  }

  /** Rolls forward or back what an interrupted run left, and records the outcome of every interrupted run. */
  public static void recover(RunContext ctx, TableCommit.StepHook hook) {
    var conf = ctx.spark().sparkContext().hadoopConfiguration();
    // Runs whose last state is STARTED or COMMITTING were interrupted (the lock excludes a live one).
    Map<String, Row> open = new LinkedHashMap<>();
    if (TableIO.exists(ctx, Tables.RUNS)) {
      for (Row r : ctx.spark().read().schema(Tables.RUNS_SCHEMA).parquet(ctx.table(Tables.RUNS))
          .filter(col("command").equalTo(COMMAND).and(col("run_id").notEqual(ctx.runId())))
          .groupBy("run_id")
          .agg(org.apache.spark.sql.functions.expr("min(started_at)"), org.apache.spark.sql.functions.expr("max_by(status, ended_at)"),
              org.apache.spark.sql.functions.expr("max_by(inputs, ended_at)"), org.apache.spark.sql.functions.expr("max_by(counts, ended_at)"))
          .collectAsList()) {
        if (List.of("STARTED", "COMMITTING").contains(r.getString(2))) open.put(r.getString(0), r);
      }
    }
    // Recorded before the staging, the only evidence of the outcome, is deleted: a kill in between loses nothing.
    TableCommit.recover(ctx.outputRoot(), conf, hook, rec -> {
      Row r = open.remove(rec.runId());
      if (r != null) recordInterrupted(ctx, r, rec.rolledForward());
    });
    for (Row r : open.values()) recordInterrupted(ctx, r, false); // killed before it staged anything
  }

  private static void recordInterrupted(RunContext ctx, Row r, boolean forward) {
    Map<String, Long> counts = r.isNullAt(4) ? Map.of() : new LinkedHashMap<>(r.getJavaMap(4));
    RunLog.record(ctx, r.getString(0), r.getTimestamp(1).toInstant(), COMMAND, forward ? "RECOVERED" : "FAILED",
        r.isNullAt(3) ? null : r.getList(3), counts,
        forward ? "interrupted after its commit point; rolled forward by " + ctx.runId()
            : "interrupted before its commit point; nothing of it was applied (found by " + ctx.runId() + ")");
  }

  /** How long a lock may go without heartbeat before the next run takes it over (setting nightly.lock.stale.minutes). */
  public static java.time.Duration lockStaleAfter(org.newsatlas.core.Settings settings) {
    return java.time.Duration.ofMinutes(settings.getInt("nightly.lock.stale.minutes", 10));
  }

  /**
   * One nightly run over the whole archive {@code inputs}. The caller holds {@code lock} (see {@link OutputLock}) and
   * has run {@link #recover} under it; the lock is checked again just before the commit point.
   */
  public static void run(RunContext ctx, OutputLock lock, List<String> inputs, InputSpec spec, CompareSpec cmp,
      TableCommit.StepHook hook) {
    var spark = ctx.spark();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    TableCommit commit = new TableCommit(ctx.outputRoot(), ctx.runId(), jsc.hadoopConfiguration()).withHook(hook);
    List<TableCommit.Action> actions = new ArrayList<>();

    // 1. Which files are new, changed, touched (same bytes, new time) or gone.
    ctx.step("ledger");
    List<InputFiles.InputFile> files = InputFiles.list(inputs, jsc.hadoopConfiguration());
    Map<String, LedgerEntry> ledger = new LinkedHashMap<>();
    for (Row r : TableIO.readOrEmpty(ctx, LEDGER, LEDGER_SCHEMA).collectAsList()) {
      ledger.put(r.getString(0), new LedgerEntry(r.getString(0), r.getLong(1), r.getTimestamp(2).getTime(),
          r.getString(3), r.getString(4), r.getString(5)));
    }
    List<InputFiles.InputFile> suspects = new ArrayList<>();
    Set<String> listed = new TreeSet<>();
    for (InputFiles.InputFile f : files) {
      listed.add(f.path());
      LedgerEntry e = ledger.get(f.path());
      boolean same = e != null && INGESTED.equals(e.status()) && e.size() == f.length() && e.modifiedAt() == f.modifiedAt();
      if (!same) suspects.add(f);
    }
    Map<String, String> hashes = sha256(jsc, suspects);
    Map<String, LedgerEntry> next = new LinkedHashMap<>(ledger);
    List<String> changed = new ArrayList<>();
    long touched = 0;
    for (InputFiles.InputFile f : suspects) {
      LedgerEntry e = ledger.get(f.path());
      String h = hashes.get(f.path());
      if (e != null && INGESTED.equals(e.status()) && h.equals(e.sha256())) {
        touched++; // same bytes: only the ledger learns the new size/time
        next.put(f.path(), new LedgerEntry(f.path(), f.length(), f.modifiedAt(), h, e.runId(), INGESTED));
      } else {
        changed.add(f.path());
        next.put(f.path(), new LedgerEntry(f.path(), f.length(), f.modifiedAt(), h, ctx.runId(), INGESTED));
      }
    }
    List<String> removed = new ArrayList<>();
    for (LedgerEntry e : ledger.values()) {
      if (INGESTED.equals(e.status()) && !listed.contains(e.path())) {
        removed.add(e.path());
        next.put(e.path(), new LedgerEntry(e.path(), e.size(), e.modifiedAt(), e.sha256(), ctx.runId(), REMOVED));
      }
    }
    ctx.count("nightly.files_listed", files.size());
    ctx.count("nightly.files_unchanged", files.size() - suspects.size() + touched);
    ctx.count("nightly.files_touched", touched);
    ctx.count("nightly.files_removed", removed.size());
    ctx.count("ingest.files", changed.size());
    for (String k : List.of("ingest.records_read", "ingest.articles", "ingest.quarantined", "ingest.exact_duplicates")) {
      ctx.count(k, 0);
    }
    System.err.printf("[newsatlas] nightly    %,d files listed: %,d new or changed, %,d removed, %,d unchanged%n",
        files.size(), changed.size(), removed.size(), files.size() - changed.size());
    if (changed.isEmpty() && removed.isEmpty() && touched == 0) {
      ctx.step(null);
      return; // nothing to do: no table changes
    }

    List<Row> ledgerRows = new ArrayList<>();
    for (LedgerEntry e : next.values()) ledgerRows.add(e.row());
    stageWhole(commit, actions, LEDGER, spark.createDataFrame(ledgerRows, LEDGER_SCHEMA).coalesce(1));

    if (!changed.isEmpty() || !removed.isEmpty()) {
      ingestAndRecompute(ctx, commit, actions, changed, removed, spec, cmp);
    }

    // Every table of the contract exists after a run, even when it has no row yet (readers then see an empty table).
    Set<String> touchedTables = new TreeSet<>();
    for (TableCommit.Action a : actions) touchedTables.add(a.table());
    for (String t : List.of(Tables.ARTICLES, Tables.QUARANTINE, Tables.MENTIONS, Tables.EVENTS, Tables.PLACE_WEEK_OUTLET,
        Tables.PLACE_WEEK, Tables.EVENT_WEEK_PLACE, Tables.ACTOR_WEEK_OUTLET, Tables.OUTLET_PLACE_CONTRAST,
        Tables.OUTLET_DIVERGENCE, CANDIDATES)) {
      if (!touchedTables.contains(t) && !commit.liveExists(t)) actions.add(commit.stageEmptyTable(t));
    }
    ctx.count("nightly.partitions_replaced", actions.size());
    ctx.step("commit");
    lock.verify(); // a run that stalled and lost its lock must not commit over the run that took it
    RunLog.record(ctx, COMMAND, "COMMITTING", inputs, null);
    commit.writeManifest(actions);
    commit.apply();
    ctx.step(null);
  }

  private static void ingestAndRecompute(RunContext ctx, TableCommit commit, List<TableCommit.Action> actions,
      List<String> changed, List<String> removed, InputSpec spec, CompareSpec cmp) {
    var spark = ctx.spark();
    List<String> replaced = new ArrayList<>(changed);
    replaced.addAll(removed);
    Dataset<Row> replacedFiles = spark.createDataset(replaced, Encoders.STRING()).toDF("rf_path");

    // 2. Read the new and changed files; count them for reconciliation.
    ctx.step("ingest");
    StructType recSchema = IngestJob.recordSchema();
    Dataset<Row> records = changed.isEmpty()
        ? spark.createDataFrame(List.of(), recSchema)
        : IngestJob.readRecords(ctx, changed, spec);
    String recPath = commit.scratch("records");
    records.write().mode(SaveMode.Overwrite).parquet(recPath); // read once, reused below (a kill here loses nothing)
    records = spark.read().schema(recSchema).parquet(recPath);
    long read = 0, quarantined = 0;
    for (Row r : records.groupBy("kind", "reason_code").count().collectAsList()) {
      read += r.getLong(2);
      if (!"A".equals(r.getString(0))) {
        quarantined += r.getLong(2);
        ctx.count("quarantine." + r.getString(1), r.getLong(2));
      }
    }
    Dataset<Row> newCandidates = records.filter(col("kind").equalTo("A"));

    // 3. Candidates: the replaced files' rows out, the new ones in; only the weeks they touch are rewritten.
    Dataset<Row> oldCandidates = read(ctx, CANDIDATES, recSchema);
    Dataset<Row> keptCandidates = oldCandidates.join(replacedFiles, col("source_file").equalTo(col("rf_path")), "left_anti");
    Dataset<Row> candidates = keptCandidates.unionByName(newCandidates);
    Set<String> candWeeks = weeks(oldCandidates.join(replacedFiles, col("source_file").equalTo(col("rf_path")), "left_semi"));
    candWeeks.addAll(weeks(newCandidates));
    if (NearDuplicates.enabled(ctx.settings())) {
      // Candidates signed under another scheme (stored before signatures were kept, or before a change of dedup.*)
      // are signed again, and their weeks rewritten once: later nights then reuse the signatures.
      // (The stored rows as read: those of replaced files are in weeks already rewritten, so no join is needed.)
      candWeeks.addAll(weeks(oldCandidates.filter(NearDuplicates.staleSignature(ctx.settings()))));
      candidates = NearDuplicates.signed(candidates, ctx.settings());
    }
    stagePartitions(commit, actions, CANDIDATES, candidates, "week", candWeeks);

    // 4. Articles: global de-duplication, then only the weeks whose rows differ.
    Dataset<Row> articles = IngestJob.articlesFrom(candidates, ctx.settings()).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> oldArticles = read(ctx, Tables.ARTICLES, Tables.ARTICLES_SCHEMA);
    Set<String> weeks = changedPartitions(oldArticles, articles, "week");
    stagePartitions(commit, actions, Tables.ARTICLES, articles, "week", weeks);
    // Reconciliation of this run's records: each accepted candidate either is the article kept for its id, or a duplicate.
    long candidatesRead = newCandidates.count();
    long accepted = newCandidates.select("article_id", "source_file").distinct().as("c")
        .join(articles.select("article_id", "source_file").as("a"),
            org.apache.spark.sql.functions.expr("c.article_id = a.article_id AND c.source_file = a.source_file"), "left_semi")
        .count();
    articles.unpersist();
    ctx.count("ingest.records_read", read);
    ctx.count("ingest.articles", accepted);
    ctx.count("ingest.quarantined", quarantined);
    ctx.count("ingest.exact_duplicates", candidatesRead - accepted);
    ctx.count("nightly.weeks_articles", weeks.size());

    // 5. Quarantine: the replaced files' rows out, the new ones in (a small table: replaced whole).
    Dataset<Row> oldQuarantine = read(ctx, Tables.QUARANTINE, Tables.QUARANTINE_SCHEMA);
    Dataset<Row> quarantine = oldQuarantine.join(replacedFiles, col("source_file").equalTo(col("rf_path")), "left_anti")
        .unionByName(IngestJob.quarantineFrom(records));
    stageWhole(commit, actions, Tables.QUARANTINE, quarantine.coalesce(1));

    // 6. Extraction of the changed weeks only.
    ctx.step("extract");
    Dataset<Row> stagedArticles = readStaged(ctx, commit, Tables.ARTICLES, Tables.ARTICLES_SCHEMA, weeks);
    LongAccumulator failed = spark.sparkContext().longAccumulator("extract.failed_articles");
    Dataset<Row> both = ExtractJob.extract(ctx, stagedArticles, failed).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> mentionsW = both.filter("m IS NOT NULL").select("m.*");
    stagePartitions(commit, actions, Tables.MENTIONS, mentionsW, "week", weeks);
    Dataset<Row> oldEvents = read(ctx, Tables.EVENTS, Tables.EVENTS_SCHEMA);
    Dataset<Row> rawEvents = oldEvents.filter(not(col("week"), weeks)).unionByName(both.filter("e IS NOT NULL").select("e.*"));
    Dataset<Row> events = ExtractJob.withClusters(rawEvents).persist(StorageLevel.MEMORY_AND_DISK());
    Set<String> eventWeeks = changedPartitions(oldEvents, events, "week");
    eventWeeks.addAll(weeks);
    stagePartitions(commit, actions, Tables.EVENTS, events, "week", eventWeeks);
    events.unpersist();
    both.unpersist();
    ctx.count("extract.failed_articles", failed.value());
    ctx.count("nightly.weeks_events", eventWeeks.size());

    // 7. The new state of the three base tables: old partitions not replaced, plus the staged ones.
    ctx.step("aggregate");
    Dataset<Row> articlesV = read(ctx, Tables.ARTICLES, Tables.ARTICLES_SCHEMA).filter(not(col("week"), weeks))
        .unionByName(stagedArticles);
    Dataset<Row> mentionsV = read(ctx, Tables.MENTIONS, Tables.MENTIONS_SCHEMA).filter(not(col("week"), weeks))
        .unionByName(readStaged(ctx, commit, Tables.MENTIONS, Tables.MENTIONS_SCHEMA, weeks));
    Dataset<Row> eventsV = oldEvents.filter(not(col("week"), eventWeeks))
        .unionByName(readStaged(ctx, commit, Tables.EVENTS, Tables.EVENTS_SCHEMA, eventWeeks));

    // 8. Aggregates of the changed weeks only.
    Map<String, Dataset<Row>> aggs = AggregateJob.compute(ctx, articlesV.filter(in(col("week"), eventWeeks)),
        mentionsV.filter(in(col("week"), eventWeeks)), eventsV.filter(in(col("week"), eventWeeks)));
    aggs.forEach((table, df) -> stagePartitions(commit, actions, table, df, "week", eventWeeks));
    AggregateJob.release(ctx.spark());

    // Event clusters cross report weeks: recomputed from all events, replaced whole.
    stageWhole(commit, actions, Tables.EVENT_CLUSTERS, AggregateJob.eventClusters(articlesV, eventsV));

    // 9. Comparison: recomputed over everything, replaced where it changed.
    ctx.step("compare");
    Map<String, Dataset<Row>> cmpTables = CompareJob.compute(ctx, cmp, articlesV, mentionsV, eventsV);
    // The contrast table is partitioned comparison=/grouping=/period=; only this comparison and grouping are ours.
    Dataset<Row> computed = cmpTables.get(Tables.OUTLET_PLACE_CONTRAST);
    Dataset<Row> contrast = withPartitionPath(computed).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> oldContrast = withPartitionPath(read(ctx, Tables.OUTLET_PLACE_CONTRAST, computed.schema())
        .filter(col("comparison").equalTo(cmp.comparison()).and(col("grouping").equalTo(cmp.grouping()))));
    Set<String> parts = changedPartitions(oldContrast, contrast, "partition_path");
    if (!parts.isEmpty()) {
      contrast.filter(in(col("partition_path"), parts)).drop("partition_path").write().mode(SaveMode.Overwrite)
          .partitionBy(CompareJob.CONTRAST_PARTITIONS).parquet(commit.stagedTable(Tables.OUTLET_PLACE_CONTRAST));
      for (String part : parts) {
        actions.add(new TableCommit.Action(Tables.OUTLET_PLACE_CONTRAST, part, commit.isStaged(Tables.OUTLET_PLACE_CONTRAST, part)));
      }
    }
    contrast.unpersist();
    Dataset<Row> divergence = cmpTables.get(Tables.OUTLET_DIVERGENCE).persist(StorageLevel.MEMORY_AND_DISK());
    Set<String> divWeeks = changedPartitions(read(ctx, Tables.OUTLET_DIVERGENCE, divergence.schema()), divergence, "week");
    stagePartitions(commit, actions, Tables.OUTLET_DIVERGENCE, divergence, "week", divWeeks);
    divergence.unpersist();
    CompareJob.release(ctx.spark());
  }

  /** SHA-256 of each file's bytes, computed on the executors (one task per few files, streamed). */
  static Map<String, String> sha256(JavaSparkContext jsc, List<InputFiles.InputFile> files) {
    Map<String, String> out = new LinkedHashMap<>();
    if (files.isEmpty()) return out;
    List<String> paths = new ArrayList<>();
    for (InputFiles.InputFile f : files) paths.add(f.path());
    int parallelism = Math.max(1, Math.min(paths.size(), jsc.defaultParallelism() * 4));
    List<Tuple2<String, String>> hashes = jsc.binaryFiles(String.join(",", paths), parallelism).mapToPair(t -> {
      MessageDigest md = Hashing.sha256();
      byte[] buf = new byte[1 << 16];
      try (InputStream in = t._2().open()) {
        for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
      }
      return new Tuple2<>(t._1(), HexFormat.of().formatHex(md.digest()));
    }).collect();
    for (Tuple2<String, String> h : hashes) out.put(h._1(), h._2());
    for (String p : paths) {
      // binaryFiles qualifies paths the same way InputFiles does; fail loudly if a name ever differs.
      if (!out.containsKey(p)) throw new IllegalStateException("no hash computed for " + p);
    }
    return out;
  }

  /** The partitions ({@code column} values) whose rows differ between two versions of a table. */
  static Set<String> changedPartitions(Dataset<Row> oldDf, Dataset<Row> newDf, String column) {
    String[] cols = newDf.columns();
    org.apache.spark.sql.Column[] sel = new org.apache.spark.sql.Column[cols.length];
    for (int i = 0; i < cols.length; i++) sel[i] = col(cols[i]);
    Dataset<Row> o = fingerprint(oldDf.select(sel), column);
    Dataset<Row> n = fingerprint(newDf, column);
    Set<String> out = new TreeSet<>();
    for (Row r : o.join(n, o.col("p").equalTo(n.col("p")), "full_outer")
        .select(org.apache.spark.sql.functions.coalesce(o.col("p"), n.col("p")), o.col("c"), n.col("c"), o.col("h"), n.col("h"))
        .collectAsList()) {
      boolean same = !r.isNullAt(1) && !r.isNullAt(2) && r.getLong(1) == r.getLong(2) && r.get(3).equals(r.get(4));
      if (!same) out.add(r.getString(0));
    }
    return out;
  }

  // Order-independent: a count and the sum of a 64-bit hash of each row's JSON (names kept, so nulls cannot alias).
  private static Dataset<Row> fingerprint(Dataset<Row> df, String column) {
    return df.groupBy(col(column).as("p")).agg(
        org.apache.spark.sql.functions.count(lit(1)).as("c"),
        org.apache.spark.sql.functions.expr("sum(CAST(xxhash64(to_json(struct(*))) AS DECIMAL(38,0)))").as("h"));
  }

  /** Adds {@code partition_path}, the nested folder of a row of outlet_place_contrast (comparison=/grouping=/period=). */
  private static Dataset<Row> withPartitionPath(Dataset<Row> df) {
    return df.withColumn("partition_path", org.apache.spark.sql.functions.expr(
        "concat('comparison=', comparison, '/grouping=', grouping, '/period=', period)"));
  }

  /** Writes the given partitions of a table to the staging and adds their actions (replace, or delete when empty). */
  static void stagePartitions(TableCommit commit, List<TableCommit.Action> actions, String table, Dataset<Row> df,
      String column, Set<String> values) {
    if (values.isEmpty()) return;
    df.filter(in(col(column), values)).write().mode(SaveMode.Overwrite).partitionBy(column)
        .parquet(commit.stagedTable(table));
    for (String v : values) {
      String part = column + "=" + v;
      actions.add(new TableCommit.Action(table, part, commit.isStaged(table, part)));
    }
  }

  static void stageWhole(TableCommit commit, List<TableCommit.Action> actions, String table, Dataset<Row> df) {
    df.write().mode(SaveMode.Overwrite).parquet(commit.stagedTable(table));
    actions.add(new TableCommit.Action(table, "", true));
  }

  private static Dataset<Row> read(RunContext ctx, String table, StructType schema) {
    return TableIO.readOrEmpty(ctx, table, schema);
  }

  private static Dataset<Row> readStaged(RunContext ctx, TableCommit commit, String table, StructType schema, Set<String> weeks) {
    boolean any = false;
    for (String w : weeks) any |= commit.isStaged(table, "week=" + w);
    if (!any) return ctx.spark().createDataFrame(List.of(), schema);
    return ctx.spark().read().schema(schema).parquet(commit.stagedTable(table));
  }

  private static Set<String> weeks(Dataset<Row> df) {
    Set<String> out = new TreeSet<>();
    for (Row r : df.select("week").distinct().collectAsList()) if (!r.isNullAt(0)) out.add(r.getString(0));
    return out;
  }

  private static org.apache.spark.sql.Column in(org.apache.spark.sql.Column c, Set<String> values) {
    return values.isEmpty() ? lit(false) : c.isin(values.toArray());
  }

  private static org.apache.spark.sql.Column not(org.apache.spark.sql.Column c, Set<String> values) {
    return values.isEmpty() ? lit(true) : org.apache.spark.sql.functions.not(c.isin(values.toArray()));
  }
}
