package org.newsatlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import org.newsatlas.extract.Extractors;
import org.newsatlas.extract.place.GazetteerBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole extraction core ({@link Extractors#extract}: places, actors, dates, events) on one core, one article
 * per operation, round robin over 2,000 generated articles of real text (en 55%, fr 30%, ar 15%, the archive
 * generator's mix and lengths). Time per article is the score's inverse; MB/s = ops/s x the mean article size the
 * setup prints; with {@code -prof gc}, {@code gc.alloc.rate.norm} is the allocation per article. Needs
 * /work/shared/corpora (or ../shared/corpora): without it the setup fails with a message saying so.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ExtractorsBenchmark {
  private Extractors ex;
  private RealArticles.Article[] articles;
  private int next;

  @Setup(Level.Trial)
  public void setup() throws IOException {
    RealArticles corpus = RealArticles.load(2000, 11);
    if (corpus == null) {
      throw new IllegalStateException("ExtractorsBenchmark skipped: no shared corpora (/work/shared/corpora or ../shared/corpora)");
    }
    Path project = Paths.get(System.getProperty("newsatlas.project.dir", ".")).toAbsolutePath();
    Path artifact = project.resolve(".cache/gazetteer/gazetteer.bin");
    if (!Files.isRegularFile(artifact)) {
      GazetteerBuilder.build(project.resolve(".cache/geonames"), project.resolve("conf").toString(), artifact);
    }
    ex = Extractors.forThread(artifact.toString(), project.resolve("conf").toString());
    articles = corpus.articles.toArray(new RealArticles.Article[0]);
    long chars = 0;
    for (RealArticles.Article a : articles) chars += a.text().length();
    System.out.printf("%n%d articles (en/fr/ar), %d chars, %d bytes UTF-8, mean %.0f chars, %.0f bytes/article "
        + "(MB/s = ops/s x %.6f)%n", articles.length, chars, corpus.bytes, (double) chars / articles.length,
        (double) corpus.bytes / articles.length, (double) corpus.bytes / articles.length / 1e6);
  }

  @Benchmark
  public Extractors.Result extract() {
    RealArticles.Article a = articles[next];
    next = next + 1 == articles.length ? 0 : next + 1;
    return ex.extract(a.text(), a.lang(), a.published());
  }
}
