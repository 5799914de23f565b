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
    int scheme = NearDuplicates.hasher(settings).scheme();
    int[] own = new int[64]; // a carried signature is used as is, not recomputed
    java.util.Arrays.fill(own, 7);
    StructType schema = new StructType().add("article_id", DataTypes.StringType).add("text", DataTypes.StringType)
        .add("sig", DataTypes.createArrayType(DataTypes.IntegerType, false), true)
        .add("sig_scheme", DataTypes.IntegerType, true);
    List<Row> rows = List.of(
        RowFactory.create("carried", BASE, own, scheme),
        RowFactory.create("missing", BASE, null, null),
        RowFactory.create("unlabelled", BASE, own, null), // stored before signatures had a scheme
        RowFactory.create("stale", BASE, own, new MinHasher(64, 3, 42L).scheme())); // other dedup.shingle_words
    Map<String, int[]> got = new HashMap<>();
    for (Row r : NearDuplicates.withSignatures(spark().createDataFrame(rows, schema), settings, "article_id").collectAsList()) {
      List<Integer> l = r.getList(1);
      got.put(r.getString(0), l.stream().mapToInt(Integer::intValue).toArray());
    }
    int[] computed = NearDuplicates.hasher(settings).signature(BASE);
    assertArrayEquals(own, got.get("carried"));
    assertArrayEquals(computed, got.get("missing"));
    assertArrayEquals(computed, got.get("unlabelled"));
    assertArrayEquals(computed, got.get("stale"));
  }

  @Test
  void schemeChangesWithEverySettingThatChangesSignatures() {
    int base = new MinHasher(64, 5, 42L).scheme();
    assertEquals(base, new MinHasher(64, 5, 42L).scheme());
    org.junit.jupiter.api.Assertions.assertNotEquals(base, new MinHasher(32, 5, 42L).scheme());
    org.junit.jupiter.api.Assertions.assertNotEquals(base, new MinHasher(64, 4, 42L).scheme());
    org.junit.jupiter.api.Assertions.assertNotEquals(base, new MinHasher(64, 5, 43L).scheme());
  }

  /**
   * The estimate follows the exact Jaccard similarity of the shingle sets across the whole range, for long texts
   * (every bin filled) and short ones (fewer shingles than bins: most bins densified). A biased estimator, or a
   * densification that copies differently in two texts, drifts far beyond these bounds.
   */
  @Test
  void estimateTracksExactJaccardForLongAndShortTexts() {
    for (int length : new int[] {400, 30}) {
      MinHasher h = new MinHasher(64, 5, 42L);
      java.util.Random rnd = new java.util.Random(length);
      double sumError = 0;
      double maxError = 0;
      int pairs = 0;
      for (int trial = 0; trial < 40; trial++) {
        String[] a = randomWords(rnd, length);
        String[] b = a.clone();
        double edit = trial / 40.0; // from identical to about half the words replaced, shared shingles near none
        for (int i = 0; i < b.length; i++) if (rnd.nextDouble() < edit / 2) b[i] = "x" + rnd.nextInt(1_000_000);
        double exact = jaccard(shingles(a, 5), shingles(b, 5));
        double est = MinHasher.similarity(h.signature(String.join(" ", a)), h.signature(String.join(" ", b)));
        sumError += Math.abs(est - exact);
        maxError = Math.max(maxError, Math.abs(est - exact));
        pairs++;
      }
      org.junit.jupiter.api.Assertions.assertTrue(sumError / pairs < 0.06, length + " words: mean error " + sumError / pairs);
      org.junit.jupiter.api.Assertions.assertTrue(maxError < 0.2, length + " words: max error " + maxError);
    }
  }

  private static String[] randomWords(java.util.Random rnd, int n) {
    String[] w = new String[n];
    for (int i = 0; i < n; i++) w[i] = "w" + rnd.nextInt(5_000);
    return w;
  }

  private static java.util.Set<String> shingles(String[] words, int k) {
    java.util.Set<String> s = new java.util.HashSet<>();
    for (int i = 0; i + k <= words.length; i++) s.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + k)));
    return s;
  }

  private static double jaccard(java.util.Set<String> a, java.util.Set<String> b) {
    java.util.Set<String> union = new java.util.HashSet<>(a);
    union.addAll(b);
    java.util.Set<String> both = new java.util.HashSet<>(a);
    both.retainAll(b);
    return (double) both.size() / union.size();
  }
}
