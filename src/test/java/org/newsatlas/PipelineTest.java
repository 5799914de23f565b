package org.newsatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.newsatlas.cli.Main;
import org.newsatlas.query.DuckDbQuery;
import org.newsatlas.spark.SampleCorpus;
import org.newsatlas.spark.SparkTestBase;

/**
 * The whole pipeline as a user runs it (`newsatlas run`) on the sample corpus, with the real gazetteer: every table
 * is written, readable by Spark and by DuckDB with hive partitioning, and the counts reconcile in the runs table.
 */
class PipelineTest extends SparkTestBase {

  @Test
  void runWritesEveryTableAndReconciles() throws Exception {
    Path out = Files.createTempDirectory("na-pipeline");
    List<String> args = new ArrayList<>(List.of("run", "--profile", "sample", "--out", out.toString(),
        "--min-count", "2", "--min-outlet-total", "4", "--set", "places.gazetteer=" + SampleCorpus.gazetteer()));
    args.addAll(SampleCorpus.inputArgs());
    assertEquals(0, Main.execute(args.toArray(new String[0])));

    Row run = spark().read().parquet(out.resolve("runs").toString()).filter("command = 'run'").first();
    assertEquals("SUCCEEDED", run.getAs("status"));
    Map<String, Long> counts = run.getJavaMap(run.fieldIndex("counts"));
    assertEquals(57L, counts.get("ingest.records_read"));
    assertEquals(counts.get("ingest.records_read"),
        counts.get("ingest.articles") + counts.get("ingest.quarantined") + counts.get("ingest.exact_duplicates"));

    for (String t : List.of("articles", "quarantine", "mentions", "events", "place_week_outlet", "place_week",
        "event_week_place", "actor_week_outlet", "outlet_place_contrast", "outlet_divergence")) {
      Assertions.assertTrue(spark().read().parquet(out.resolve(t).toString()).count() > 0, t + " has rows");
    }
    // Places the sample corpus names in French and English resolve to one GeoNames entry each.
    List<Row> baghdad = spark().read().parquet(out.resolve("mentions").toString())
        .filter("entity_type = 'PLACE' AND surface IN ('Bagdad', 'Baghdad')").select("entity_id", "country_code")
        .distinct().collectAsList();
    assertEquals(1, baghdad.size(), "Bagdad and Baghdad are one place: " + baghdad);
    assertEquals("IQ", baghdad.get(0).getString(1));
    // Mention offsets point into the article text.
    long misplaced = spark().read().parquet(out.resolve("mentions").toString())
        .join(spark().read().parquet(out.resolve("articles").toString()).select("article_id", "text"), "article_id")
        .filter("substring(text, start_char + 1, end_char - start_char) <> surface").count();
    assertEquals(0, misplaced, "surface = text[start_char, end_char)");

    try (DuckDbQuery q = new DuckDbQuery(out)) {
      Assertions.assertTrue(q.views().containsAll(List.of("articles", "mentions", "place_week", "outlet_place_contrast")));
      var weeks = q.run("SELECT DISTINCT week FROM place_week", 100);
      assertEquals(5, weeks.size(), "five ISO weeks, read from the hive partition folders");
      assertEquals(2, q.run("SELECT DISTINCT week FROM place_week", 2).size(), "--limit caps the rows printed");
    }
  }
}
