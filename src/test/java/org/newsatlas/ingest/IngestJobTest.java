package org.newsatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.newsatlas.spark.RunContext;
import org.newsatlas.spark.SampleCorpus;
import org.newsatlas.spark.SparkTestBase;

/** The ingest job over the whole sample corpus: the counts of its README, through Spark. */
class IngestJobTest extends SparkTestBase {

  @Test
  void nineteenthCenturyPagesAreWritten() throws Exception {
    // Historical archives hold dates before 1900, which Spark's legacy calendar rebase refuses to write; the
    // session newsatlas builds (Sessions.create, applied here to the shared test session) must allow them.
    Path in = Files.createTempDirectory("na-old");
    Files.writeString(in.resolve("old.jsonl"), "{\"url\": \"https://journal.example/1885/congo\", \"title\": \"Congo\", "
        + "\"maintext\": \"La conférence de Berlin s'est achevée.\", \"date_publish\": \"1885-02-26 08:00:00\", "
        + "\"language\": \"fr\"}\n");
    Path out = Files.createTempDirectory("na-old-out");
    RunContext ctx = new RunContext(org.newsatlas.spark.Sessions.create("old", null), org.newsatlas.core.Settings.of(Map.of()),
        out.toString(), "test-run");
    IngestJob.run(ctx, List.of(in.toString()), IngestJob.spec(ctx.settings(), "newsplease", Map.of()));
    Row a = spark().read().parquet(out.resolve("articles").toString()).first();
    assertEquals("1885-W09", a.getAs("week"));
    assertEquals("1885-02-26 08:00:00.0", a.getAs("published_at").toString());
  }

  @Test
  void sampleCorpusReconciles() throws Exception {
    Path out = Files.createTempDirectory("na-ingest");
    RunContext ctx = context(out.toString(), Map.of());
    IngestJob.run(ctx, SampleCorpus.inputs(), IngestJob.spec(ctx.settings(), "sample", Map.of()));

    assertEquals(27, ctx.count("ingest.files"));
    assertEquals(57, ctx.count("ingest.records_read"));
    assertEquals(39, ctx.count("ingest.articles"));
    assertEquals(17, ctx.count("ingest.quarantined"));
    assertEquals(1, ctx.count("ingest.exact_duplicates"));
    assertEquals(1, ctx.count("ingest.same_text_copies"));
    assertEquals(2, ctx.count("quarantine.MALFORMED_JSON"));
    assertEquals(2, ctx.count("quarantine.NOT_AN_ARTICLE"));
    assertEquals(1, ctx.count("quarantine.TRUNCATED_COMPRESSED"));

    Dataset<Row> articles = spark().read().parquet(out.resolve("articles").toString());
    assertEquals(39, articles.count());
    assertEquals(39, articles.select("article_id").distinct().count(), "article ids are unique");
    assertEquals(5, articles.select("outlet").distinct().count());
    List<Row> weeks = articles.groupBy("week").count().orderBy("week").collectAsList();
    assertEquals(List.of("2020-W52", "2020-W53", "2021-W01", "2021-W02", "2021-W03"),
        weeks.stream().map(r -> r.getString(0)).toList());
    // 2021-01-01 belongs to ISO week 2020-W53, whose Monday is 2020-12-28.
    assertEquals(0, articles.filter("week = '2020-W53' AND week_start <> DATE'2020-12-28'").count());

    // The syndicated copy points at its original, and both share one near-duplicate cluster.
    Row copy = articles.filter("duplicate_of IS NOT NULL").first();
    Row original = articles.filter("article_id = '" + copy.getAs("duplicate_of") + "'").first();
    assertNotNull(copy.getAs("near_dup_cluster"));
    assertEquals((String) original.getAs("near_dup_cluster"), copy.getAs("near_dup_cluster"));

    Dataset<Row> quarantine = spark().read().parquet(out.resolve("quarantine").toString());
    Map<String, Long> reasons = new HashMap<>();
    for (Row r : quarantine.groupBy("reason_code").count().collectAsList()) reasons.put(r.getString(0), r.getLong(1));
    assertEquals(17L, reasons.values().stream().mapToLong(Long::longValue).sum());
    assertEquals(2L, reasons.get("MALFORMED_CSV"));
    assertEquals(0, quarantine.filter("run_id IS NULL OR locator IS NULL OR message IS NULL").count());
  }
}
