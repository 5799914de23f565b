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

  /** An article's text and language, as the extractors take them. */
  public record Doc(String text, String lang) {}

  /** The first {@code max} articles with a text of a news-please JSON Lines file (gzip or not). */
  public static List<Doc> read(Path file, int max) throws java.io.IOException {
    List<Doc> docs = new ArrayList<>();
    FileIngest reader = new FileIngest(InputSpec.fromProfile(null, "newsplease", Map.of()), null);
    try (var in = Files.newInputStream(file)) {
      reader.read(file.toString(), in, new RecordSink() {
        @Override
        public void accept(RawArticle a) {
          if (docs.size() < max && a.text() != null) docs.add(new Doc(a.text(), a.lang()));
        }

        @Override
        public void reject(Rejection r) {}
      });
    }
    return docs;
  }

  public static void main(String[] args) throws Exception {
    int max = Integer.parseInt(args[3]);
    int passes = args.length > 4 ? Integer.parseInt(args[4]) : 6;
    List<Doc> docs = read(Path.of(args[2]), max);
    Extractors ex = Extractors.forThread(args[0], args[1]);
    LocalDate day = LocalDate.of(2021, 6, 1);
    for (int i = 0; i < docs.size() / 5; i++) ex.extract(docs.get(i).text(), docs.get(i).lang(), day);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int p = 0; p < passes; p++) {
      long t0 = System.nanoTime(), c0 = mx.getCurrentThreadCpuTime();
      long mentions = 0;
      for (Doc d : docs) mentions += ex.extract(d.text(), d.lang(), day).mentions().size();
      double wall = (System.nanoTime() - t0) / 1e9, cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
      System.out.printf(Locale.ROOT, "pass %d: articles=%d wall %.2f s (%.0f articles/s), cpu %.2f s (%.0f articles/s"
          + " per core) mentions=%d%n", p, docs.size(), wall, docs.size() / wall, cpu, docs.size() / cpu, mentions);
    }
  }
}
