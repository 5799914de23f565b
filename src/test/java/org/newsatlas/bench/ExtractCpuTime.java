package org.newsatlas.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.newsatlas.extract.Extractors;

/**
 * The extraction core's CPU time per article (this thread's CPU, not wall time): on a machine shared with other
 * jobs this is the steadier figure for an A/B comparison of two builds; JMH gives the wall-clock throughput.
 * {@code java -cp ... org.newsatlas.bench.ExtractCpuTime [passes] [articles]}: the best pass and the median.
 */
public final class ExtractCpuTime {
  public static void main(String[] args) throws Exception {
    int passes = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    RealArticles corpus = RealArticles.load(n, 11);
    if (corpus == null) {
      System.err.println("ExtractCpuTime: skipped, no shared corpora (/work/shared/corpora or ../shared/corpora)");
      return;
    }
    Extractors ex = Extractors.forThread(".cache/gazetteer/gazetteer.bin", "conf");
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double[] usPerArticle = new double[passes];
    long sink = 0;
    for (int p = 0; p < passes; p++) {
      long c0 = mx.getCurrentThreadCpuTime();
      for (RealArticles.Article a : corpus.articles) sink += ex.extract(a.text(), a.lang(), a.published()).mentions().size();
      usPerArticle[p] = (mx.getCurrentThreadCpuTime() - c0) / 1e3 / n;
      System.out.printf("pass %d: %.1f us CPU/article, %.1f MB/s per core%n", p, usPerArticle[p],
          corpus.bytes / (double) n / usPerArticle[p]);
    }
    // The first passes warm the JIT: best and median of the second half.
    double[] tail = java.util.Arrays.copyOfRange(usPerArticle, passes / 2, passes);
    java.util.Arrays.sort(tail);
    System.out.printf("%d articles, %.0f bytes/article; best %.1f us, median %.1f us CPU/article (%d)%n", n,
        corpus.bytes / (double) n, tail[0], tail[tail.length / 2], sink);
  }
}
