package org.newsatlas.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed, reproducible mix of synthetic articles made of real text (the archive generator's articles, originals
 * only: en 55%, fr 30%, ar 15%), for the extraction benchmark and the output snapshot. Null when the shared corpora
 * are absent: callers skip with a message.
 */
final class RealArticles {
  record Article(String text, String lang, LocalDate published) {}

  /** Languages in a fixed order (the generator draws by cumulative share): the same articles on every run. */
  private static final Map<String, Double> MIX = new LinkedHashMap<>();

  static {
    MIX.put("en", 0.55);
    MIX.put("fr", 0.30);
    MIX.put("ar", 0.15);
  }

  final List<Article> articles;
  final long bytes;

  private RealArticles(List<Article> articles) {
    this.articles = articles;
    long b = 0;
    for (Article a : articles) b += a.text().getBytes(StandardCharsets.UTF_8).length;
    this.bytes = b;
  }

  /** The shared corpora directory, or null when it is not there. */
  static Path corpora() {
    for (Path p : new Path[] {Paths.get("/work/shared/corpora"), Paths.get("..", "shared", "corpora").toAbsolutePath()}) {
      if (Files.isDirectory(p.resolve("reuters21578"))) return p;
    }
    return null;
  }

  /** {@code n} articles generated with {@code seed}, or null without the shared corpora. */
  static RealArticles load(int n, long seed) throws IOException {
    Path corpora = corpora();
    if (corpora == null) return null;
    Map<String, List<SourceDoc>> docs = SourceTexts.load(corpora, null);
    SyntheticOutlets outlets = new SyntheticOutlets(400, MIX, seed);
    ArticleComposer composer = new ArticleComposer(docs, outlets, seed, LocalDate.of(2021, 1, 4), 364, 0, 0);
    List<Article> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ArticleComposer.Article a = composer.article(i);
      out.add(new Article(a.text(), a.outlet().lang(), a.published().atZone(ZoneOffset.UTC).toLocalDate()));
    }
    return new RealArticles(out);
  }
}
