package org.newsatlas.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsatlas.extract.Extractors;
import org.newsatlas.ingest.FileIngest;
import org.newsatlas.ingest.InputSpec;
import org.newsatlas.ingest.RawArticle;
import org.newsatlas.ingest.RecordSink;
import org.newsatlas.ingest.Rejection;

/**
 * The newsatlas half of {@code CoreThroughput} (profile corenlp) without CoreNLP: the same archive reading and
 * warm-up on a fifth of the articles, then several timed passes of {@link Extractors#extract} in one thread, wall
 * and CPU time. For comparing two builds on the speed-ratio archive without running CoreNLP:
 * {@code java -cp "target/test-classes:target/classes:target/lib/*" org.newsatlas.bench.ExtractThroughput
 * GAZETTEER CONF_DIR CORPUS.jsonl.gz MAX_ARTICLES [PASSES]}.
 */
public final class ExtractThroughput {
  private ExtractThroughput() {}

  public static void main(String[] args) throws Exception {
    int max = Integer.parseInt(args[3]);
    int passes = args.length > 4 ? Integer.parseInt(args[4]) : 6;
    List<String[]> docs = new ArrayList<>();
    Path file = Path.of(args[2]);
    FileIngest reader = new FileIngest(InputSpec.fromProfile(null, "newsplease", Map.of()), null);
    try (var in = Files.newInputStream(file)) {
      reader.read(file.toString(), in, new RecordSink() {
        @Override
        public void accept(RawArticle a) {
          if (docs.size() < max && a.text() != null) docs.add(new String[] {a.text(), a.lang()});
        }

        @Override
        public void reject(Rejection r) {}
      });
    }
    Extractors ex = Extractors.forThread(args[0], args[1]);
    LocalDate day = LocalDate.of(2021, 6, 1);
    for (int i = 0; i < docs.size() / 5; i++) ex.extract(docs.get(i)[0], docs.get(i)[1], day);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int p = 0; p < passes; p++) {
      long t0 = System.nanoTime(), c0 = mx.getCurrentThreadCpuTime();
      long mentions = 0;
      for (String[] d : docs) mentions += ex.extract(d[0], d[1], day).mentions().size();
      double wall = (System.nanoTime() - t0) / 1e9, cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
      System.out.printf(Locale.ROOT, "pass %d: articles=%d wall %.2f s (%.0f articles/s), cpu %.2f s (%.0f articles/s"
          + " per core) mentions=%d%n", p, docs.size(), wall, docs.size() / wall, cpu, docs.size() / cpu, mentions);
    }
  }
}
