package org.newsatlas.bench.corenlp;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.newsatlas.spark.Sessions;

/**
 * The CoreNLP baseline over the {@code articles} table a newsatlas ingest wrote, in the same job shape as
 * {@code ExtractJob}: mapPartitions over (article_id, lang, text), the pipeline created once per executor JVM, rows
 * produced lazily, Parquet written under the same output root ({@code corenlp_locations}). Prints the wall time and
 * throughput. Usage: {@code CoreNlpExtractJob --out ROOT [--master URL]}.
 */
public final class CoreNlpExtractJob {
  private CoreNlpExtractJob() {}

  static final StructType SCHEMA = new StructType()
      .add("article_id", DataTypes.StringType, false)
      .add("lang", DataTypes.StringType, true)
      .add("start_char", DataTypes.IntegerType, false)
      .add("end_char", DataTypes.IntegerType, false)
      .add("surface", DataTypes.StringType, false);

  public static void main(String[] args) {
    String out = null, master = null;
    for (int k = 0; k < args.length; k++) {
      if (args[k].equals("--out")) out = args[++k];
      else if (args[k].equals("--master")) master = args[++k];
    }
    if (out == null) throw new IllegalArgumentException("usage: CoreNlpExtractJob --out ROOT [--master URL]");
    SparkSession spark = Sessions.create("corenlp baseline", master);
    try {
      Dataset<Row> articles = spark.read().parquet(out + "/articles").select("article_id", "lang", "text");
      long n = articles.count();
      LongAccumulator done = spark.sparkContext().longAccumulator("corenlp.articles");
      LongAccumulator skipped = spark.sparkContext().longAccumulator("corenlp.unsupported_lang");
      long t0 = System.nanoTime();
      JavaRDD<Row> rows = articles.javaRDD().mapPartitions(it -> new Spans(it, done, skipped));
      spark.createDataFrame(rows, SCHEMA).write().mode(SaveMode.Overwrite).parquet(out + "/corenlp_locations");
      double secs = (System.nanoTime() - t0) / 1e9;
      long spans = spark.read().parquet(out + "/corenlp_locations").count();
      System.err.printf(Locale.ROOT, "[corenlp] extract done in %.1f s: %d articles (%d annotated, %d skipped: no NER "
          + "model for their language), %.1f articles/s, %d LOCATION spans%n", secs, n, done.value(), skipped.value(),
          n / secs, spans);
    } finally {
      spark.stop();
    }
  }

  /** Each article's LOCATION spans, one article at a time. */
  private static final class Spans implements Iterator<Row> {
    private final Iterator<Row> articles;
    private final LongAccumulator done, skipped;
    private final List<Row> buffer = new ArrayList<>();
    private int pos;

    Spans(Iterator<Row> articles, LongAccumulator done, LongAccumulator skipped) {
      this.articles = articles;
      this.done = done;
      this.skipped = skipped;
    }

    @Override
    public boolean hasNext() {
      while (pos >= buffer.size() && articles.hasNext()) {
        buffer.clear();
        pos = 0;
        Row a = articles.next();
        List<CoreNlpLocations.Span> spans = CoreNlpLocations.locations(a.getString(2), a.getString(1));
        if (spans == null) {
          skipped.add(1);
          continue;
        }
        done.add(1);
        for (CoreNlpLocations.Span s : spans) {
          buffer.add(RowFactory.create(a.getString(0), a.getString(1), s.start(), s.end(), s.surface()));
        }
      }
      return pos < buffer.size();
    }

    @Override
    public Row next() {
      if (!hasNext()) throw new java.util.NoSuchElementException();
      return buffer.get(pos++);
    }
  }
}
