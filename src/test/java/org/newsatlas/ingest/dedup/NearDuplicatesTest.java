package org.newsatlas.ingest.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newsatlas.core.Settings;
import org.newsatlas.spark.SparkTestBase;

/** MinHash similarity estimates and the Spark clustering of near-duplicate articles. */
class NearDuplicatesTest extends SparkTestBase {
  static final String BASE = "The governor of the province said on Tuesday that the convoy carrying fuel and medicine "
      + "reached the northern crossing after a delay of three days caused by fighting near the river, and that the "
      + "aid agencies expected a second convoy before the end of the week if the ceasefire held along the main road, "
      + "while officials in the capital denied reports that the border would close again for trucks and buses. "
      + "Local residents described long queues at bakeries and fuel stations, and a hospital director said that "
      + "generators were running for only six hours a day because of the shortage of diesel in the region.";

  @Test
  void similarityTracksShingleOverlap() {
    MinHasher h = new MinHasher(128, 5, 42L);
    int[] base = h.signature(BASE);
    assertEquals(1.0, MinHasher.similarity(base, h.signature(BASE)));
    double edited = MinHasher.similarity(base, h.signature(BASE.replace("three days", "four days")));
    org.junit.jupiter.api.Assertions.assertTrue(edited > 0.8 && edited < 1.0, "one edit keeps most shingles: " + edited);
    double other = MinHasher.similarity(base, h.signature("Parliament approved the budget for the coming year "
        + "after a long debate on taxes, pensions and the salaries of teachers in public schools across the country."));
    org.junit.jupiter.api.Assertions.assertTrue(other < 0.1, "unrelated texts share nothing: " + other);
  }

  @Test
  void wordsAreLettersAndDigitsOfAnyScriptFoldedToLowerCase() {
    MinHasher h = new MinHasher(64, 3, 7L);
    // Case, and any char that is no letter or digit (Arabic comma, guillemets, dashes) as a word break.
    assertArrayEquals(h.signature("été à paris 2021 قصف مدينة حلب"), h.signature("ÉTÉ «À» PARIS–2021 قصف، مدينة حلب!"));
    // Letters outside ASCII are word chars, not breaks: "café noir" is not "caf noir".
    org.junit.jupiter.api.Assertions.assertFalse(java.util.Arrays.equals(h.signature("café noir ici"),
        h.signature("caf noir ici")));
  }

  @Test
  void syndicatedCopiesShareOneCluster() {
    StructType schema = new StructType().add("article_id", DataTypes.StringType).add("text", DataTypes.StringType);
    List<Row> rows = List.of(
        RowFactory.create("a1", BASE),
        RowFactory.create("b7", "(Agency) " + BASE.replace("on Tuesday", "on Tuesday evening")),
        RowFactory.create("c3", BASE + " The ministry did not comment."),
        RowFactory.create("d9", "Parliament approved the budget for the coming year after a long debate on taxes, "
            + "pensions and the salaries of teachers in public schools across the country, and the opposition "
            + "announced that it would challenge two articles of the law before the constitutional court."));
    Settings settings = Settings.of(Map.of());
    List<Row> got = NearDuplicates.clusters(
        NearDuplicates.withSignatures(spark().createDataFrame(rows, schema), settings, "article_id"), settings).collectAsList();
    Map<String, String> cluster = new HashMap<>();
    for (Row r : got) cluster.put(r.getString(0), r.getString(1));
    assertEquals("a1", cluster.get("a1"));
    assertEquals("a1", cluster.get("b7"));
    assertEquals("a1", cluster.get("c3"));
    assertNull(cluster.get("d9"));
  }

  @Test
  void signaturesTakenAtParseAreKeptAndMissingOrStaleOnesComputed() {
    Settings settings = Settings.of(Map.of());
    int[] own = new int[64]; // a carried signature is used as is, not recomputed
    java.util.Arrays.fill(own, 7);
    StructType schema = new StructType().add("article_id", DataTypes.StringType).add("text", DataTypes.StringType)
        .add("sig", DataTypes.createArrayType(DataTypes.IntegerType, false), true);
    List<Row> rows = List.of(
        RowFactory.create("carried", BASE, own),
        RowFactory.create("missing", BASE, null),
        RowFactory.create("stale", BASE, new int[] {1, 2, 3})); // another dedup.bands x rows
    Map<String, int[]> got = new HashMap<>();
    for (Row r : NearDuplicates.withSignatures(spark().createDataFrame(rows, schema), settings, "article_id").collectAsList()) {
      List<Integer> l = r.getList(1);
      got.put(r.getString(0), l.stream().mapToInt(Integer::intValue).toArray());
    }
    int[] computed = NearDuplicates.hasher(settings).signature(BASE);
    assertArrayEquals(own, got.get("carried"));
    assertArrayEquals(computed, got.get("missing"));
    assertArrayEquals(computed, got.get("stale"));
  }
}
