package org.newsatlas.ingest.dedup;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
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

  /** The seed of the MinHash functions: signatures taken in different tasks and runs must agree. */
  private static final long SEED = 42L;
  static final StructType CLUSTERS = new StructType()
      .add("c_id", DataTypes.StringType, false)
      .add("near_dup_cluster", DataTypes.StringType, false);

  /** Whether near duplicates are looked for ({@code dedup.enabled}, default true). */
  public static boolean enabled(Settings settings) {
    return settings.getBoolean("dedup.enabled", true);
  }

  /** The signer of the settings' configuration: the same for signatures taken at parse time and computed here. */
  public static MinHasher hasher(Settings settings) {
    return new MinHasher(settings.getInt("dedup.bands", 16) * settings.getInt("dedup.rows", 4),
        settings.getInt("dedup.shingle_words", 5), SEED);
  }

  /**
   * The {@code keep} columns of {@code rows} and {@code sig}, the MinHash signature of column {@code text}: the rows'
   * own {@code sig} where they carry one of the configured scheme (column {@code sig_scheme}, taken as the archive was
   * parsed, see the ingest records), else computed from the text. Only rows without one pay for decoding their text
   * into a Java string.
   */
  public static Dataset<Row> withSignatures(Dataset<Row> rows, Settings settings, String... keep) {
    Column[] cols = new Column[keep.length + 1];
    for (int i = 0; i < keep.length; i++) cols[i] = col(keep[i]);
    cols[keep.length] = signature(rows, settings).as("sig");
    return rows.select(cols);
  }

  /**
   * Ingest records (or stored candidates) with {@code sig} and {@code sig_scheme} of the configured scheme: kept where
   * they already are, taken again from the text where not.
   */
  public static Dataset<Row> signed(Dataset<Row> records, Settings settings) {
    return records.withColumn("sig", signature(records, settings))
        .withColumn("sig_scheme", functions.when(col("text").isNotNull(), functions.lit(hasher(settings).scheme())));
  }

  /** True for rows whose signature is missing or of another scheme than the configured one. */
  public static Column staleSignature(Settings settings) {
    return col("sig_scheme").isNull().or(col("sig_scheme").notEqual(hasher(settings).scheme()));
  }

  private static Column signature(Dataset<Row> rows, Settings settings) {
    // A signer per call: MinHasher is not thread-safe, and only rows without a signature get here.
    UserDefinedFunction sign = functions.udf(
        (UDF1<String, int[]>) text -> text == null ? null : hasher(settings).signature(text),
        DataTypes.createArrayType(DataTypes.IntegerType, false));
    Column computed = sign.apply(col("text"));
    List<String> present = java.util.Arrays.asList(rows.columns());
    return present.contains("sig") && present.contains("sig_scheme")
        ? functions.coalesce(functions.when(functions.not(staleSignature(settings)), col("sig")), computed)
        : computed;
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

    sigs.select("article_id", "sig").createOrReplaceTempView("na_dedup_sigs");
    // Band b's bucket: a hash of signature positions [b*rows, (b+1)*rows). Only equality of buckets matters (every
    // candidate pair is verified on the whole signature), so Spark's own hash serves, in generated code.
    spark.sql("SELECT band, bucket, article_id FROM (SELECT article_id, posexplode(transform(sequence(0, " + (bands - 1)
        + "), b -> xxhash64(slice(sig, b * " + rows + " + 1, " + rows + ")))) AS (band, bucket) FROM na_dedup_sigs)")
        .createOrReplaceTempView("na_dedup_buckets");
    // Candidates: each bucket member paired with the bucket's smallest id (a star: linear, not quadratic, and
    // enough for connectivity); buckets larger than max_bucket are boilerplate, not syndication. One shuffle and
    // sort of the bucket rows by (band, bucket) gives each row its bucket's size and smallest id; nearly every
    // bucket holds one article and is dropped there.
    Dataset<Row> verified = spark.sql(
        "WITH b AS (SELECT article_id, min(article_id) OVER w AS head, count(*) OVER w AS size "
            + "  FROM na_dedup_buckets WINDOW w AS (PARTITION BY band, bucket)), "
            + "p AS (SELECT DISTINCT head AS a, article_id AS b FROM b "
            + "  WHERE size > 1 AND size <= " + maxBucket + " AND article_id <> head) "
            + "SELECT p.a, p.b FROM p JOIN na_dedup_sigs sa ON sa.article_id = p.a JOIN na_dedup_sigs sb ON sb.article_id = p.b "
            + "WHERE size(filter(zip_with(sa.sig, sb.sig, (x, y) -> x = y), t -> t)) >= " + threshold + " * size(sa.sig)");
    Components components = new Components();
    for (Row r : verified.collectAsList()) components.connect(r.getString(0), r.getString(1));
    List<Row> labelled = new ArrayList<>(components.size());
    components.labels().forEach((id, label) -> labelled.add(RowFactory.create(id, label)));
    return spark.createDataFrame(labelled, CLUSTERS);
  }
}
