package org.newsatlas.ingest.dedup;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsatlas.core.Settings;

/**
 * Near-duplicate (syndicated) articles at scale: MinHash signatures of word shingles, LSH banding to find candidate
 * pairs without comparing all pairs, a check of each candidate's estimated Jaccard similarity in Spark, then
 * connected components of the verified pairs by union-find on the driver. The verified pairs are few (a star per LSH
 * bucket of copies: at most bands x articles that have a copy, two ids each) and are collected in one job;
 * iterative label propagation in Spark took one round trip of jobs per step of the longest chain. Each article with
 * at least one near-duplicate gets the cluster id (the smallest article id of its component); the others get none.
 */
public final class NearDuplicates {
  private NearDuplicates() {}

  static final StructType BUCKETS = new StructType()
      .add("band", DataTypes.IntegerType, false)
      .add("bucket", DataTypes.LongType, false)
      .add("article_id", DataTypes.StringType, false);
  static final StructType CLUSTERS = new StructType()
      .add("c_id", DataTypes.StringType, false)
      .add("near_dup_cluster", DataTypes.StringType, false);

  /** {@code rows} with column {@code text} replaced by {@code sig}, its MinHash signature (array of ints). */
  public static Dataset<Row> withSignatures(Dataset<Row> rows, Settings settings) {
    int hashes = settings.getInt("dedup.bands", 16) * settings.getInt("dedup.rows", 4);
    int shingle = settings.getInt("dedup.shingle_words", 5);
    String[] names = rows.schema().fieldNames();
    int textIdx = rows.schema().fieldIndex("text");
    StructType schema = new StructType();
    for (var f : rows.schema().fields()) {
      schema = f.name().equals("text") ? schema.add("sig", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
          : schema.add(f);
    }
    JavaRDD<Row> out = rows.javaRDD().mapPartitions(it -> {
      MinHasher h = new MinHasher(hashes, shingle, 42L);
      return new java.util.Iterator<Row>() {
        @Override
        public boolean hasNext() {
          return it.hasNext();
        }

        @Override
        public Row next() {
          Row r = it.next();
          Object[] v = new Object[names.length];
          for (int i = 0; i < v.length; i++) v[i] = r.get(i);
          int[] sig = h.signature(r.getString(textIdx));
          Integer[] boxed = new Integer[sig.length];
          for (int i = 0; i < sig.length; i++) boxed[i] = sig[i];
          v[textIdx] = boxed;
          return RowFactory.create(v);
        }
      };
    });
    return rows.sparkSession().createDataFrame(out, schema);
  }

  /**
   * Rows {@code (c_id, near_dup_cluster)} (c_id is the article id) for the articles (columns article_id, sig, as made
   * by {@link #withSignatures}) that have near-duplicates.
   */
  public static Dataset<Row> clusters(Dataset<Row> sigs, Settings settings) {
    SparkSession spark = sigs.sparkSession();
    int bands = settings.getInt("dedup.bands", 16);
    int rows = settings.getInt("dedup.rows", 4);
    double threshold = settings.getDouble("dedup.threshold", 0.8);
    int maxBucket = settings.getInt("dedup.max_bucket", 1000);

    JavaRDD<Row> bucketRows = sigs.select("article_id", "sig").javaRDD().flatMap(r -> {
      List<Integer> l = r.getList(1);
      int[] s = new int[l.size()];
      for (int i = 0; i < s.length; i++) s[i] = l.get(i);
      List<Row> out = new ArrayList<>(bands);
      for (int b = 0; b < bands; b++) out.add(RowFactory.create(b, MinHasher.bandHash(s, b, rows), r.getString(0)));
      return out.iterator();
    });
    spark.createDataFrame(bucketRows, BUCKETS).createOrReplaceTempView("na_dedup_buckets");
    sigs.select("article_id", "sig").createOrReplaceTempView("na_dedup_sigs");
    // Candidates: each bucket member paired with the bucket's smallest id (a star: linear, not quadratic, and
    // enough for connectivity); buckets larger than max_bucket are boilerplate, not syndication. Nearly every
    // bucket holds one article: the shared buckets are found by counting numeric keys first, so that only their
    // members are sorted to find each one's smallest id.
    Dataset<Row> verified = spark.sql(
        "WITH shared AS (SELECT band, bucket FROM na_dedup_buckets GROUP BY band, bucket "
            + "  HAVING count(*) > 1 AND count(*) <= " + maxBucket + "), "
            + "b AS (SELECT band, bucket, article_id, min(article_id) OVER (PARTITION BY band, bucket) AS head "
            + "  FROM na_dedup_buckets LEFT SEMI JOIN shared USING (band, bucket)), "
            + "p AS (SELECT DISTINCT head AS a, article_id AS b FROM b WHERE article_id <> head) "
            + "SELECT p.a, p.b FROM p JOIN na_dedup_sigs sa ON sa.article_id = p.a JOIN na_dedup_sigs sb ON sb.article_id = p.b "
            + "WHERE size(filter(zip_with(sa.sig, sb.sig, (x, y) -> x = y), t -> t)) >= " + threshold + " * size(sa.sig)");
    Components components = new Components();
    for (Row r : verified.collectAsList()) components.connect(r.getString(0), r.getString(1));
    List<Row> labelled = new ArrayList<>(components.size());
    components.labels().forEach((id, label) -> labelled.add(RowFactory.create(id, label)));
    return spark.createDataFrame(labelled, CLUSTERS);
  }
}
