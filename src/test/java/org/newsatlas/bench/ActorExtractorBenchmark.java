package org.newsatlas.bench;

import java.util.concurrent.TimeUnit;
import org.newsatlas.extract.actor.ActorExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Actor extraction throughput on one core. One operation = the whole generated corpus; MB/s = corpus MB (printed at
 * setup) times ops/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ActorExtractorBenchmark {
  ActorExtractor ax;
  BenchCorpus corpus;

  @Setup
  public void setup() {
    ax = new ActorExtractor("conf");
    corpus = new BenchCorpus(200, 42);
    System.out.printf("%ncorpus: %d articles, %.3f MB UTF-8%n", corpus.articles.size(), corpus.bytes / 1e6);
  }

  @Benchmark
  public void extractActors(Blackhole bh) {
    for (int i = 0; i < corpus.articles.size(); i++) bh.consume(ax.extract(corpus.articles.get(i), corpus.langs.get(i)));
  }
}
