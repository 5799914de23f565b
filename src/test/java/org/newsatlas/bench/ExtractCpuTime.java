package org.newsatlas.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.newsatlas.extract.Extractors;
import org.newsatlas.extract.place.Gazetteer;
import org.newsatlas.extract.place.PlaceExtractor;

/**
 * The extraction core's CPU time per article (this thread's CPU, not wall time): on a machine shared with other
 * jobs this is the steadier figure for an A/B comparison of two builds; JMH gives the wall-clock throughput.
 * {@code java -cp ... org.newsatlas.bench.ExtractCpuTime [all|places-en|places-fr] [passes] [articles]}: every pass,
 * then the best and the median of the second half (the first half warms the JIT). {@code all} runs
 * {@link Extractors#extract} over {@link ExtractorsBenchmark}'s articles, {@code places-*} the place extractor over
 * {@link PlaceExtractorBenchmark}'s.
 */
public final class ExtractCpuTime {
  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "all";
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    int n = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
    if (RealArticles.corpora() == null) {
      System.err.println("ExtractCpuTime: skipped, no shared corpora (/work/shared/corpora or ../shared/corpora)");
      return;
    }
    List<String> texts = new ArrayList<>();
    ToIntFunction<Integer> run;
    if (mode.equals("all")) {
      RealArticles corpus = RealArticles.load(n, 11);
      Extractors ex = Extractors.forThread(".cache/gazetteer/gazetteer.bin", "conf");
      for (RealArticles.Article a : corpus.articles) texts.add(a.text());
      run = i -> {
        RealArticles.Article a = corpus.articles.get(i);
        return ex.extract(a.text(), a.lang(), a.published()).mentions().size();
      };
    } else {
      String lang = mode.substring(mode.indexOf('-') + 1);
      texts = PlaceExtractorBenchmark.texts(Path.of("."), lang);
      PlaceExtractor px = new PlaceExtractor(Gazetteer.load(Path.of(".cache/gazetteer/gazetteer.bin")), "conf");
      List<String> t = texts;
      run = i -> px.extract(t.get(i), lang).size();
    }
    n = texts.size();
    long bytes = 0;
    for (String t : texts) bytes += t.getBytes(StandardCharsets.UTF_8).length;
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double[] us = new double[passes];
    long sink = 0;
    for (int p = 0; p < passes; p++) {
      long c0 = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) sink += run.applyAsInt(i);
      us[p] = (mx.getCurrentThreadCpuTime() - c0) / 1e3 / n;
      System.out.printf("pass %d: %.1f us CPU/article, %.1f MB/s per core%n", p, us[p], bytes / (double) n / us[p]);
    }
    double[] tail = java.util.Arrays.copyOfRange(us, passes / 2, passes);
    java.util.Arrays.sort(tail);
    System.out.printf("%s: %d articles, %.0f bytes/article; best %.1f us (%.1f MB/s), median %.1f us (%.1f MB/s) CPU/article [%d]%n",
        mode, n, bytes / (double) n, tail[0], bytes / (double) n / tail[0], tail[tail.length / 2],
        bytes / (double) n / tail[tail.length / 2], sink);
  }
}
