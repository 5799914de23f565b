package org.newsatlas.bench;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of the extraction core compared in one JVM, for a speed change on a machine shared with other jobs:
 * each build's classes (a copy of {@code target/classes}) in a class loader of its own with {@code target/lib}, the
 * same articles, and {@link org.newsatlas.extract.Extractors#extract} run by both builds chunk by chunk (100
 * articles, the order alternating) so that both see the same load; per round, this thread's CPU time and the bytes it
 * allocated per article for each build, and the ratio B/A. The build loaded second runs a few percent faster or
 * slower whatever it holds: run both orders and take {@code sqrt((B/A) / (A/B as printed by the swapped run))}.
 * {@code java -Xmx5g -cp "target/test-classes:target/classes:target/lib/*" org.newsatlas.bench.CoreAB
 * CLASSES_A CLASSES_B all|enfr [ROUNDS]}: {@code all} is {@link ExtractCpuTime}'s 2,000 en/fr/ar articles,
 * {@code enfr} {@link ExtractThroughput}'s first 2,500 articles of {@code target/bench/corpus-3000-enfr-jsonl}.
 */
public final class CoreAB {
  private static final int CHUNK = 100;

  private CoreAB() {}

  /** One build's extractors, called through reflection (its classes are not this loader's). */
  private static final class Build {
    final String name;
    final Object extractors;
    final Method extract, mentions;
    long cpu, allocated, sink;

    Build(String name, Path classes) throws Exception {
      this.name = name;
      List<URL> urls = new ArrayList<>();
      urls.add(classes.toUri().toURL());
      try (var jars = Files.list(Path.of("target/lib"))) {
        for (Path p : (Iterable<Path>) jars::iterator) urls.add(p.toUri().toURL());
      }
      ClassLoader cl = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
      Class<?> c = cl.loadClass("org.newsatlas.extract.Extractors");
      extractors = c.getMethod("forThread", String.class, String.class)
          .invoke(null, ".cache/gazetteer/gazetteer.bin", "conf");
      extract = c.getMethod("extract", String.class, String.class, LocalDate.class);
      mentions = cl.loadClass("org.newsatlas.extract.Extractors$Result").getMethod("mentions");
    }

    void run(List<Doc> docs, int from, int to) throws Exception {
      var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
      long id = Thread.currentThread().getId();
      long c0 = mx.getCurrentThreadCpuTime(), a0 = mx.getThreadAllocatedBytes(id);
      for (int i = from; i < to; i++) {
        Doc d = docs.get(i);
        sink += ((List<?>) mentions.invoke(extract.invoke(extractors, d.text, d.lang, d.published))).size();
      }
      cpu += mx.getCurrentThreadCpuTime() - c0;
      allocated += mx.getThreadAllocatedBytes(id) - a0;
    }
  }

  private record Doc(String text, String lang, LocalDate published) {}

  private static List<Doc> docs(String mode) throws Exception {
    List<Doc> out = new ArrayList<>();
    if (mode.equals("all")) {
      RealArticles corpus = RealArticles.load(2000, 11);
      if (corpus == null) throw new IllegalStateException("no shared corpora (see RealArticles.corpora)");
      for (RealArticles.Article a : corpus.articles) out.add(new Doc(a.text(), a.lang(), a.published()));
    } else {
      LocalDate day = LocalDate.of(2021, 6, 1);
      Path corpus = Path.of("target/bench/corpus-3000-enfr-jsonl/part-00000.jsonl.gz");
      for (ExtractThroughput.Doc d : ExtractThroughput.read(corpus, 2500)) out.add(new Doc(d.text(), d.lang(), day));
    }
    return out;
  }

  private static String load() throws java.io.IOException {
    return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
  }

  public static void main(String[] args) throws Exception {
    String mode = args[2];
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 8;
    Build a = new Build("A", Path.of(args[0])), b = new Build("B", Path.of(args[1]));
    List<Doc> docs = docs(mode);
    int n = docs.size();
    for (int w = 0; w < 6; w++) { // warm-up: both builds' JIT
      a.run(docs, 0, n);
      b.run(docs, 0, n);
    }
    if (a.sink != b.sink) System.out.println("note: the builds find different numbers of mentions");
    double[] ratios = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      a.cpu = b.cpu = a.allocated = b.allocated = 0;
      for (int from = 0, k = 0; from < n; from += CHUNK, k++) {
        int to = Math.min(n, from + CHUNK);
        Build first = (r + k) % 2 == 0 ? a : b, second = first == a ? b : a;
        first.run(docs, from, to);
        second.run(docs, from, to);
      }
      ratios[r] = b.cpu / (double) a.cpu;
      System.out.printf(Locale.ROOT, "round %d: A %.1f us, B %.1f us CPU/article, B/A %.3f; allocated A %.1f KB,"
          + " B %.1f KB/article; load %s%n", r, a.cpu / 1e3 / n, b.cpu / 1e3 / n, ratios[r],
          a.allocated / 1e3 / n, b.allocated / 1e3 / n, load());
    }
    Arrays.sort(ratios);
    System.out.printf(Locale.ROOT, "%s, %d articles: B/A median %.3f (%.3f to %.3f) over %d rounds%n", mode, n,
        ratios[rounds / 2], ratios[0], ratios[rounds - 1], rounds);
  }
}
