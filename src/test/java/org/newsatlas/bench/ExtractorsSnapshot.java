package org.newsatlas.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsatlas.extract.EventMention;
import org.newsatlas.extract.Extractors;
import org.newsatlas.extract.Mention;

/**
 * Writes everything {@link Extractors#extract} yields for a fixed set of real articles, one line per mention and
 * event, so that a speed change can be diffed against the output before it:
 * {@code java -cp target/test-classes:target/classes:target/lib/* org.newsatlas.bench.ExtractorsSnapshot OUT [N]}.
 */
public final class ExtractorsSnapshot {
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
    RealArticles corpus = RealArticles.load(n, 7);
    if (corpus == null) {
      System.err.println("ExtractorsSnapshot: skipped, no shared corpora (/work/shared/corpora or ../shared/corpora)");
      return;
    }
    Extractors ex = Extractors.forThread(".cache/gazetteer/gazetteer.bin", "conf");
    long t0 = System.nanoTime();
    long mentions = 0, events = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int i = 0; i < corpus.articles.size(); i++) {
        RealArticles.Article a = corpus.articles.get(i);
        Extractors.Result r = ex.extract(a.text(), a.lang(), a.published());
        w.write("# " + i + " " + a.lang() + " " + a.published() + " " + a.text().length() + "\n");
        for (Mention m : r.mentions()) w.write(m + "\n");
        for (EventMention e : r.events()) w.write(e + "\n");
        mentions += r.mentions().size();
        events += r.events().size();
      }
    }
    System.err.printf("ExtractorsSnapshot: %d articles (%.1f MB), %d mentions, %d events, %.1f s%n",
        corpus.articles.size(), corpus.bytes / 1e6, mentions, events, (System.nanoTime() - t0) / 1e9);
  }
}
