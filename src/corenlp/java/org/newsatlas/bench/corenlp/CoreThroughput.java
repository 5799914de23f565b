package org.newsatlas.bench.corenlp;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.newsatlas.bench.ExtractThroughput;
import org.newsatlas.bench.ExtractThroughput.Doc;
import org.newsatlas.extract.Extractors;

/**
 * The engines alone, without Spark: one thread, warm, over the same articles of a make-corpus archive: newsatlas's
 * whole extraction core ({@code Extractors.extract}: places, actors, dates, events) against CoreNLP's tokenize, ssplit
 * and ner. Separates the extractors' own speed from the job's fixed costs. Usage:
 * {@code CoreThroughput GAZETTEER CONF_DIR CORPUS.jsonl.gz MAX_ARTICLES [PASSES]} (3 passes by default; the
 * median pass of each engine is reported).
 */
public final class CoreThroughput {
  private CoreThroughput() {}

  public static void main(String[] args) throws Exception {
    int max = Integer.parseInt(args[3]);
    List<Doc> docs = ExtractThroughput.read(Path.of(args[2]), max);
    long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
    Extractors ex = Extractors.forThread(args[0], args[1]);
    LocalDate day = LocalDate.of(2021, 6, 1);
    // Warm-up: a fifth of the articles through each engine (JIT, model loading).
    for (int i = 0; i < docs.size() / 5; i++) {
      ex.extract(docs.get(i).text(), docs.get(i).lang(), day);
      CoreNlpLocations.locations(docs.get(i).text(), docs.get(i).lang());
    }
    // Timed passes over all the articles, alternating the engines so that both see the same machine; each engine's
    // median pass counts (one pass of newsatlas lasts under a second, where a stray process moves it by 10%).
    int passes = args.length > 4 ? Integer.parseInt(args[4]) : 3;
    double[] oursPasses = new double[passes], theirsPasses = new double[passes];
    long mentions = 0, spans = 0;
    for (int p = 0; p < passes; p++) {
      long t0 = System.nanoTime();
      mentions = 0;
      for (Doc d : docs) mentions += ex.extract(d.text(), d.lang(), day).mentions().size();
      oursPasses[p] = (System.nanoTime() - t0) / 1e9;
      t0 = System.nanoTime();
      spans = 0;
      for (Doc d : docs) {
        List<CoreNlpLocations.Span> s = CoreNlpLocations.locations(d.text(), d.lang());
        if (s != null) spans += s.size();
      }
      theirsPasses[p] = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "pass %d: newsatlas %.3f s, CoreNLP %.2f s%n", p + 1, oursPasses[p], theirsPasses[p]);
    }
    double ours = median(oursPasses), theirs = median(theirsPasses);
    System.out.printf(Locale.ROOT, "articles=%d chars=%d%nnewsatlas_core_s=%.2f articles_per_s=%.1f chars_per_s=%.0f mentions=%d%n"
        + "corenlp_s=%.2f articles_per_s=%.2f chars_per_s=%.0f location_spans=%d%nratio=%.1f%n", docs.size(), chars, ours,
        docs.size() / ours, chars / ours, mentions, theirs, docs.size() / theirs, chars / theirs, spans, theirs / ours);
  }

  private static double median(double[] x) {
    double[] s = x.clone();
    java.util.Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
