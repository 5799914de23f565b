package org.newsatlas.spark.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsatlas.aggregate.AggregateJob;
import org.newsatlas.compare.CompareJob;
import org.newsatlas.compare.CompareSpec;
import org.newsatlas.core.Settings;
import org.newsatlas.extract.ExtractJob;
import org.newsatlas.ingest.IngestJob;
import org.newsatlas.ingest.InputSpec;
import org.newsatlas.spark.RunContext;
import org.newsatlas.spark.SampleCorpus;
import org.newsatlas.spark.SparkTestBase;
import org.newsatlas.spark.TableAssertions;
import org.newsatlas.tables.Tables;

/**
 * Nightly runs on the sample corpus: a first night, the same night again (no table file touched), one more day of
 * files (only its week rewritten), a night that adds folders, corrects a file and removes one; then every table
 * equals a full rebuild over the same files, row for row.
 */
class NightlyJobTest extends SparkTestBase {
  @TempDir Path tmp;

  private static final List<String> TABLES = List.of(Tables.ARTICLES, Tables.QUARANTINE, Tables.MENTIONS, Tables.EVENTS,
      Tables.PLACE_WEEK_OUTLET, Tables.PLACE_WEEK, Tables.EVENT_WEEK_PLACE, Tables.ACTOR_WEEK_OUTLET,
      Tables.OUTLET_PLACE_CONTRAST, Tables.OUTLET_DIVERGENCE, Tables.EVENT_CLUSTERS);

  private RunContext ctx(String root, String runId) {
    return ctx(root, runId, Map.of());
  }

  private RunContext ctx(String root, String runId, Map<String, String> settings) {
    Map<String, String> all = new java.util.HashMap<>(settings);
    all.put("places.gazetteer", SampleCorpus.GAZETTEER.toString());
    return new RunContext(spark(), Settings.load(null, all), root, runId);
  }

  private RunContext night(String root, String runId, List<String> inputs) {
    return night(root, runId, inputs, Map.of());
  }

  private RunContext night(String root, String runId, List<String> inputs, Map<String, String> settings) {
    RunContext c = ctx(root, runId, settings);
    InputSpec spec = IngestJob.spec(c.settings(), "sample", Map.of());
    try (OutputLock lock = OutputLock.acquire(root, runId, spark().sparkContext().hadoopConfiguration(),
        NightlyJob.lockStaleAfter(c.settings()))) {
      NightlyJob.recover(c, step -> {});
      NightlyJob.run(c, lock, inputs, spec, CompareSpec.of("all", "place", null, null, true), step -> {});
    }
    assertFalse(Files.exists(Path.of(root, OutputLock.FILE)), "lock left behind");
    return c;
  }

  @Test
  void nightsAreIncrementalIdempotentAndEqualToAFullRebuild() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(SampleCorpus.GAZETTEER), "gazetteer absent: run scripts/fetch-geonames.sh and gazetteer build");
    Path archive = tmp.resolve("archive");
    for (String f : List.of("jsonl", "bad")) copyTree(SampleCorpus.ROOT.resolve(f), archive.resolve(f));
    String out = tmp.resolve("nightly").toString();
    List<String> inputs = List.of(archive.toString());

    RunContext n1 = night(out, "n1", inputs);
    assertReconciles(n1);
    assertTrue(n1.count("ingest.articles") > 0);
    assertTrue(n1.count("ingest.quarantined") > 0);
    assertEquals(n1.count("ingest.files"), spark().read().parquet(out + "/" + NightlyJob.LEDGER).filter("sha256 IS NOT NULL").count());

    // The same night again: nothing read, no table file rewritten.
    Map<String, Long> before = tableFiles(Path.of(out));
    RunContext n2 = night(out, "n2", inputs);
    assertEquals(0, n2.count("ingest.files"));
    assertEquals(0, n2.count("nightly.partitions_replaced"));
    assertEquals(before, tableFiles(Path.of(out)));

    // One day of files (one article of Friday 2021-01-22, ISO week 2021-W03): only that week is recomputed; the
    // files of every other week of articles, candidates and mentions stay as they were.
    String day = "echo-mesopotamie.example_2021-01-22_riyad-drones.txt";
    copyTree(SampleCorpus.ROOT.resolve("text/" + day), archive.resolve("text/" + day));
    before = tableFiles(Path.of(out));
    RunContext n3 = night(out, "n3", inputs);
    assertReconciles(n3);
    assertEquals(1, n3.count("ingest.files"));
    assertEquals(1, n3.count("ingest.articles"));
    assertEquals(1, n3.count("nightly.weeks_articles"));
    Map<String, Long> after = tableFiles(Path.of(out));
    for (String t : List.of(Tables.ARTICLES, NightlyJob.CANDIDATES, Tables.MENTIONS)) {
      Set<String> changed = changedFiles(before, after, t);
      assertFalse(changed.isEmpty(), t + ": the new day's week was not rewritten");
      for (String f : changed) Assertions.assertTrue(f.startsWith(t + "/week=2021-W03/"), t + ": a file outside the day's week changed: " + f);
    }

    // Next night: new folders, one file corrected (its first line dropped), one removed.
    for (String f : List.of("csv", "text", "warc")) copyTree(SampleCorpus.ROOT.resolve(f), archive.resolve(f));
    Path tigris = archive.resolve("jsonl/tigris-times.jsonl");
    List<String> lines = Files.readAllLines(tigris);
    String droppedPath = java.net.URI.create(
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(lines.get(0)).get("url").asText()).getPath();
    Files.write(tigris, lines.subList(1, lines.size()));
    Files.delete(archive.resolve("bad/notes.txt"));
    RunContext n4 = night(out, "n4", inputs);
    assertReconciles(n4);
    assertEquals(1, n4.count("nightly.files_removed"));
    long weeks = spark().read().parquet(out + "/" + Tables.ARTICLES).select("week").distinct().count();
    assertTrue(n4.count("nightly.weeks_articles") <= weeks);
    assertFalse(Files.exists(Path.of(out, TableCommit.STAGING, "n4")), "staging left behind");
    // The corrected file replaced its rows: the dropped line's article is gone, the others are there once.
    String tigrisFile = "source_file LIKE '%tigris-times.jsonl'";
    assertEquals(0, spark().read().parquet(out + "/" + NightlyJob.CANDIDATES).filter(tigrisFile)
        .filter(org.apache.spark.sql.functions.col("url").endsWith(droppedPath)).count(),
        "the corrected file's dropped article is still a candidate");
    long tigrisCandidates = spark().read().parquet(out + "/" + NightlyJob.CANDIDATES).filter(tigrisFile).count();
    long tigrisRecords = lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).count();
    long tigrisQuarantined = spark().read().parquet(out + "/" + Tables.QUARANTINE).filter(tigrisFile).count();
    assertEquals(tigrisRecords, tigrisCandidates + tigrisQuarantined, "the corrected file's rows were added, not replaced");
    List<Row> q = spark().read().parquet(out + "/" + Tables.QUARANTINE).filter("source_file LIKE '%notes.txt'").collectAsList();
    assertEquals(0, q.size(), "a removed file's quarantine rows stay");

    // A full rebuild over the same files, later (a different clock) and in one read: every table equal.
    String full = tmp.resolve("full").toString();
    RunContext f = ctx(full, "full");
    IngestJob.run(f, inputs, IngestJob.spec(f.settings(), "sample", Map.of()));
    ExtractJob.run(f);
    AggregateJob.run(f);
    CompareJob.run(f, CompareSpec.of("all", "place", null, null, true));
    for (String t : TABLES) TableAssertions.assertSameTable(spark(), out, full, t, List.of("run_id"));
  }

  /**
   * Stored candidates carry their MinHash signatures. After a change of the signature's settings, the next night with
   * new files signs every candidate again and rewrites its weeks; the nights after reuse the new signatures.
   */
  @Test
  void candidatesOfAnotherSignatureSchemeAreSignedAgainOnce() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(SampleCorpus.GAZETTEER), "gazetteer absent: run scripts/fetch-geonames.sh and gazetteer build");
    Path archive = tmp.resolve("archive");
    copyTree(SampleCorpus.ROOT.resolve("jsonl"), archive.resolve("jsonl"));
    String out = tmp.resolve("nightly").toString();
    List<String> inputs = List.of(archive.toString());
    night(out, "s1", inputs);
    Map<String, String> four = Map.of("dedup.shingle_words", "4");
    int scheme4 = org.newsatlas.ingest.dedup.NearDuplicates.hasher(Settings.of(four)).scheme();
    String candidates = out + "/" + NightlyJob.CANDIDATES;
    long rows = spark().read().parquet(candidates).count();
    assertEquals(0, spark().read().parquet(candidates).filter("sig_scheme = " + scheme4).count());

    // The next night with new files (one day) and other settings: every week of candidates is rewritten, not
    // only the new day's.
    String day = "echo-mesopotamie.example_2021-01-22_riyad-drones.txt";
    copyTree(SampleCorpus.ROOT.resolve("text/" + day), archive.resolve("text/" + day));
    Map<String, Long> before = tableFiles(Path.of(out));
    RunContext s2 = night(out, "s2", inputs, four);
    assertEquals(1, s2.count("ingest.files"));
    Set<String> rewritten = changedFiles(before, tableFiles(Path.of(out)), NightlyJob.CANDIDATES);
    Assertions.assertTrue(rewritten.stream().anyMatch(f -> !f.startsWith(NightlyJob.CANDIDATES + "/week=2021-W03/")),
        "only the new day's week of candidates was rewritten: " + rewritten);
    rows += 1;
    assertEquals(rows, spark().read().parquet(candidates).filter("sig_scheme = " + scheme4 + " AND size(sig) = 64").count(),
        "every candidate signed under the new scheme");

    before = tableFiles(Path.of(out));
    night(out, "s3", inputs, four);
    assertEquals(before, tableFiles(Path.of(out)));
  }

  private static void assertReconciles(RunContext c) {
    assertEquals(c.count("ingest.records_read"),
        c.count("ingest.articles") + c.count("ingest.quarantined") + c.count("ingest.exact_duplicates"),
        "records read = accepted + quarantined + exact duplicates");
  }

  /** The table's files (relative to the root) added, removed or rewritten between two listings. */
  private static Set<String> changedFiles(Map<String, Long> before, Map<String, Long> after, String table) {
    Set<String> out = new TreeSet<>();
    for (String f : before.keySet()) if (!after.containsKey(f) || !after.get(f).equals(before.get(f))) out.add(f);
    for (String f : after.keySet()) if (!before.containsKey(f)) out.add(f);
    out.removeIf(f -> !f.startsWith(table + "/"));
    return out;
  }

  /** Each Parquet file of the tables (outside the staging) with its modification time. */
  private static Map<String, Long> tableFiles(Path root) throws IOException {
    Map<String, Long> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        String rel = root.relativize(p).toString();
        if (rel.endsWith(".parquet") && !rel.startsWith("_staging") && !rel.startsWith("runs")) {
          out.put(rel, Files.getLastModifiedTime(p).toMillis());
        }
      }
    }
    return out;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(from)) {
      s.filter(Files::isRegularFile).forEach(files::add);
    }
    for (Path p : files) {
      Path dst = to.resolve(from.relativize(p).toString());
      Files.createDirectories(dst.getParent());
      Files.copy(p, dst, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
