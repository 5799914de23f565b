package org.newsatlas.ingest;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsatlas.ingest.dedup.MinHasher;

/**
 * The ingest job's intermediate rows: one schema for both outcomes of a record (an accepted article or a
 * rejection), told apart by {@code kind}, so that the archive is read once and split afterwards.
 */
final class IngestRows {
  private IngestRows() {}

  static final String ARTICLE = "A";
  static final String REJECTION = "Q";

  static final StructType SCHEMA = new StructType()
      .add("kind", DataTypes.StringType, false)
      .add("article_id", DataTypes.StringType, true)
      .add("outlet", DataTypes.StringType, true)
      .add("url", DataTypes.StringType, true)
      .add("title", DataTypes.StringType, true)
      .add("published_at", DataTypes.TimestampType, true)
      .add("lang", DataTypes.StringType, true)
      .add("text", DataTypes.StringType, true)
      .add("week", DataTypes.StringType, true)
      .add("week_start", DataTypes.DateType, true)
      .add("source_file", DataTypes.StringType, true)
      .add("content_hash", DataTypes.StringType, true)
      .add("run_id", DataTypes.StringType, true)
      .add("locator", DataTypes.StringType, true)
      .add("reason_code", DataTypes.StringType, true)
      .add("message", DataTypes.StringType, true)
      .add("raw", DataTypes.StringType, true)
      .add("raw_bytes", DataTypes.LongType, true)
      // The text's MinHash signature for near-duplicate detection, taken here where the text already is a Java
      // string: later it would be decoded again from Spark's UTF-8 rows. Null for rejections, and when
      // de-duplication is off.
      .add("sig", DataTypes.createArrayType(DataTypes.IntegerType, false), true)
      // The signer's scheme (MinHasher.scheme): a signature stored under other settings or another algorithm is taken
      // again, not compared with today's.
      .add("sig_scheme", DataTypes.IntegerType, true);

  /** Collects a file's outcomes as rows; {@code hasher} (null: no signatures) signs each accepted text. */
  static FileIngester.Sink collector(List<Row> rows, String runId, MinHasher hasher) {
    return new FileIngester.Sink() {
      @Override
      public void accepted(NormalizedArticle a) {
        rows.add(RowFactory.create(ARTICLE, a.articleId(), a.outlet(), a.url(), a.title(), Timestamp.from(a.publishedAt()),
            a.lang(), a.text(), a.week(), Date.valueOf(a.weekStart()), a.sourceFile(), a.contentHash(),
            null, a.locator(), null, null, null, null, hasher == null ? null : hasher.signature(a.text()),
            hasher == null ? null : hasher.scheme()));
      }

      @Override
      public void rejected(Rejection r) {
        rows.add(RowFactory.create(REJECTION, null, null, null, null, null, null, null, null, null, r.sourceFile(), null,
            runId, r.locator(), r.reasonCode(), r.message(), Rejection.truncate(r.raw()), r.rawBytes(), null, null));
      }
    };
  }
}
