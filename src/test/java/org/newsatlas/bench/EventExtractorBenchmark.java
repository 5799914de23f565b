package org.newsatlas.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsatlas.extract.Mention;
import org.newsatlas.extract.actor.ActorExtractor;
import org.newsatlas.extract.date.DateResolver;
import org.newsatlas.extract.event.EventExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Event extraction (triggers, cues, rules, modality, dates, place/actor attachment) and date resolution alone, on one
 * core, given the actor mentions computed at setup. One operation = the whole corpus; MB/s = corpus MB times ops/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EventExtractorBenchmark {
  static final LocalDate PUB = LocalDate.of(2021, 2, 3);
  EventExtractor ex;
  DateResolver dates;
  BenchCorpus corpus;
  List<List<Mention>> mentions = new ArrayList<>();

  @Setup
  public void setup() {
    ex = new EventExtractor("conf");
    dates = new DateResolver("conf");
    ActorExtractor ax = new ActorExtractor("conf");
    corpus = new BenchCorpus(200, 42);
    for (int i = 0; i < corpus.articles.size(); i++) mentions.add(ax.extract(corpus.articles.get(i), corpus.langs.get(i)));
    System.out.printf("%ncorpus: %d articles, %.3f MB UTF-8%n", corpus.articles.size(), corpus.bytes / 1e6);
  }

  @Benchmark
  public void extractEvents(Blackhole bh) {
    for (int i = 0; i < corpus.articles.size(); i++) {
      bh.consume(ex.extract(corpus.articles.get(i), corpus.langs.get(i), PUB, mentions.get(i)));
    }
  }

  @Benchmark
  public void resolveDates(Blackhole bh) {
    for (int i = 0; i < corpus.articles.size(); i++) bh.consume(dates.resolve(corpus.articles.get(i), corpus.langs.get(i), PUB));
  }
}
