package org.newsatlas.ingest.dedup;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.newsatlas.core.Settings;

/**
 * Near-duplicate (syndicated) articles at scale, Spark-native: MinHash signatures of word shingles, LSH banding to
 * find candidate pairs without comparing all pairs, a check of each candidate's estimated Jaccard similarity, then
 * connected components by min-label propagation. Each article with at least one near-duplicate gets the cluster id
 * (the smallest article id of its component); the others get none.
 */
public final class NearDuplicates {
  private NearDuplicates() {}

  static final StructType SIGNATURES = new StructType()
      .add("article_id", DataTypes.StringType, false)
      .add("sig", DataTypes.createArrayType(DataTypes.IntegerType, false), false);
  static final StructType BUCKETS = new StructType()
      .add("band", DataTypes.IntegerType, false)
      .add("bucket", DataTypes.LongType, false)
      .add("article_id", DataTypes.StringType, false);

  /** Rows {@code (c_id, near_dup_cluster)} (c_id is the article id) for the articles (columns article_id, text) that have near-duplicates. */
  public static Dataset<Row> clusters(Dataset<Row> articles, Settings settings) {
    SparkSession spark = articles.sparkSession();
    int bands = settings.getInt("dedup.bands", 16);
    int rows = settings.getInt("dedup.rows", 4);
    int shingle = settings.getInt("dedup.shingle_words", 5);
    double threshold = settings.getDouble("dedup.threshold", 0.8);
    int maxBucket = settings.getInt("dedup.max_bucket", 1000);

    JavaRDD<Row> sigRows = articles.select("article_id", "text").javaRDD().mapPartitions(it -> {
      MinHasher h = new MinHasher(bands * rows, shingle, 42L);
      List<Row> out = new ArrayList<>();
      while (it.hasNext()) {
        Row r = it.next();
        int[] s = h.signature(r.getString(1));
        Integer[] boxed = new Integer[s.length];
        for (int i = 0; i < s.length; i++) boxed[i] = s[i];
        out.add(RowFactory.create(r.getString(0), boxed));
      }
      return out.iterator();
    });
    Dataset<Row> sigs = spark.createDataFrame(sigRows, SIGNATURES).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      JavaRDD<Row> bucketRows = sigs.javaRDD().flatMap(r -> {
        List<Integer> l = r.getList(1);
        int[] s = new int[l.size()];
        for (int i = 0; i < s.length; i++) s[i] = l.get(i);
        List<Row> out = new ArrayList<>(bands);
        for (int b = 0; b < bands; b++) out.add(RowFactory.create(b, MinHasher.bandHash(s, b, rows), r.getString(0)));
        return out.iterator();
      });
      spark.createDataFrame(bucketRows, BUCKETS).createOrReplaceTempView("na_dedup_buckets");
      sigs.createOrReplaceTempView("na_dedup_sigs");
      // Candidates: each bucket member paired with the bucket's smallest id (a star: linear, not quadratic, and
      // enough for connectivity); buckets larger than max_bucket are boilerplate, not syndication.
      Dataset<Row> verified = spark.sql(
          "WITH b AS (SELECT band, bucket, article_id, min(article_id) OVER (PARTITION BY band, bucket) AS head, "
              + "  count(*) OVER (PARTITION BY band, bucket) AS size FROM na_dedup_buckets), "
              + "p AS (SELECT DISTINCT head AS a, article_id AS b FROM b WHERE size > 1 AND size <= " + maxBucket
              + "  AND article_id <> head) "
              + "SELECT p.a, p.b FROM p JOIN na_dedup_sigs sa ON sa.article_id = p.a JOIN na_dedup_sigs sb ON sb.article_id = p.b "
              + "WHERE size(filter(zip_with(sa.sig, sb.sig, (x, y) -> x = y), t -> t)) >= " + threshold + " * size(sa.sig)")
          .persist(StorageLevel.MEMORY_AND_DISK());
      try {
        return components(verified);
      } finally {
        verified.unpersist();
      }
    } finally {
      sigs.unpersist();
    }
  }

  // Min-label propagation over the undirected edges until no label changes (star candidates converge in few rounds).
  private static Dataset<Row> components(Dataset<Row> edges) {
    Dataset<Row> both = edges.selectExpr("a AS src", "b AS dst").union(edges.selectExpr("b AS src", "a AS dst"));
    Dataset<Row> labels = both.selectExpr("src AS id").distinct().withColumn("label", col("id"));
    for (int round = 0; round < 20; round++) {
      Dataset<Row> next = both.join(labels, both.col("src").equalTo(labels.col("id")))
          .groupBy(col("dst").as("id")).agg(org.apache.spark.sql.functions.min("label").as("nl"))
          .join(labels, "id")
          .selectExpr("id", "least(label, nl) AS label")
          .localCheckpoint();
      long changed = next.join(labels.withColumnRenamed("label", "old"), "id").filter("label <> old").count();
      labels = next;
      if (changed == 0) break;
    }
    return labels.selectExpr("id AS c_id", "label AS near_dup_cluster");
  }
}
