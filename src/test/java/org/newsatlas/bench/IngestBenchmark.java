package org.newsatlas.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.newsatlas.core.Settings;
import org.newsatlas.ingest.ArticleNormalizer;
import org.newsatlas.ingest.FileIngest;
import org.newsatlas.ingest.InputSpec;
import org.newsatlas.ingest.RawArticle;
import org.newsatlas.ingest.RecordSink;
import org.newsatlas.ingest.Rejection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Ingest throughput: one gzip JSON Lines file of 2,000 generated 3 KB articles, read, decompressed, parsed and
 * normalised (dates, outlet, canonical URL, language guess, ids, content hash). Reported per file; divide by 2,000.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IngestBenchmark {
  static final int ARTICLES = 2000;
  private byte[] gz;
  private FileIngest ingest;
  private ArticleNormalizer normalizer;
  private final Instant now = Instant.parse("2026-01-01T00:00:00Z");

  @Setup
  public void setup() throws Exception {
    String[] sentences = {
        "Security forces said an explosive device went off near a checkpoint on the road to Kirkuk.",
        "Les forces de sécurité ont indiqué qu'un engin explosif avait sauté près d'un barrage à Kirkouk.",
        "The coalition said air strikes hit positions held by the militants west of Mosul.",
        "Des manifestants se sont rassemblés devant le siège du gouvernorat de Bassora pour réclamer des emplois."};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < ARTICLES; i++) {
      StringBuilder text = new StringBuilder();
      for (int s = 0; s < 32; s++) text.append(sentences[(i + s) % (i % 2 == 0 ? 2 : 4)]).append(' ');
      String lang = i % 3 == 0 ? "null" : "\"en\"";
      sb.append("{\"url\":\"https://www.outlet").append(i % 20).append(".example/news/").append(i)
          .append("?utm_source=rss\",\"title\":\"Item ").append(i).append("\",\"maintext\":\"").append(text)
          .append("\",\"date_publish\":\"2021-01-").append(10 + i % 18).append(" 10:15:00\",\"source_domain\":")
          .append("\"outlet").append(i % 20).append(".example\",\"language\":").append(lang).append("}\n");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(out)) {
      g.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
    gz = out.toByteArray();
    InputSpec spec = InputSpec.fromProfile(null, "newsplease", Map.of());
    ingest = new FileIngest(spec, null);
    normalizer = new ArticleNormalizer(Settings.load(null, Map.of()), spec);
  }

  @Benchmark
  public void readAndNormalize(Blackhole bh) {
    ingest.read("bench.jsonl.gz", new ByteArrayInputStream(gz), new RecordSink() {
      @Override
      public void accept(RawArticle article) {
        bh.consume(normalizer.normalize(article, now));
      }

      @Override
      public void reject(Rejection rejection) {
        bh.consume(rejection);
      }
    });
  }
}
