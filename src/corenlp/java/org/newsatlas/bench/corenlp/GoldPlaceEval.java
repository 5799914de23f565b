package org.newsatlas.bench.corenlp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.newsatlas.extract.Mention;
import org.newsatlas.extract.place.Gazetteer;
import org.newsatlas.extract.place.GeoparsingEval;
import org.newsatlas.extract.place.GeoparsingEval.Gold;
import org.newsatlas.extract.place.GeoparsingEval.GoldArticle;
import org.newsatlas.extract.place.PlaceExtractor;

/**
 * Place recognition P/R/F1 of CoreNLP and of newsatlas's place extractor on the geoparsing gold (TR-News, GeoVirus
 * XML), scored by one rule for both, the rule of {@code GeoparsingEval}: a predicted span matches a gold toponym of
 * the same article when they overlap (each prediction matched once, largest overlap first), or, because some gold
 * offsets are shifted, when it starts within ten characters and spells the gold phrase. Also the time each took.
 * Usage: {@code GoldPlaceEval GAZETTEER CONF_DIR GOLD.xml...}.
 */
public final class GoldPlaceEval {
  private GoldPlaceEval() {}

  record Pred(int start, int end, String surface) {}

  record Score(int gold, int predicted, int matched, double seconds, long chars) {
    double p() {
      return predicted == 0 ? 0 : (double) matched / predicted;
    }

    double r() {
      return gold == 0 ? 0 : (double) matched / gold;
    }

    double f1() {
      return p() + r() == 0 ? 0 : 2 * p() * r() / (p() + r());
    }
  }

  public static void main(String[] args) throws Exception {
    PlaceExtractor places = new PlaceExtractor(Gazetteer.load(Path.of(args[0])), args[1]);
    BiFunction<String, String, List<Pred>> newsatlas = (text, lang) -> {
      List<Pred> out = new ArrayList<>();
      for (Mention m : places.extract(text, lang)) out.add(new Pred(m.startChar(), m.endChar(), m.surface()));
      return out;
    };
    BiFunction<String, String, List<Pred>> corenlp = (text, lang) -> {
      List<Pred> out = new ArrayList<>();
      for (CoreNlpLocations.Span s : CoreNlpLocations.locations(text, lang)) out.add(new Pred(s.start(), s.end(), s.surface()));
      return out;
    };
    corenlp.apply("Warm-up in Paris.", "en");
    for (int k = 2; k < args.length; k++) {
      Path gold = Path.of(args[k]);
      String name = gold.getFileName().toString().replaceFirst("\\.xml$", "");
      for (int pass = 0; pass < 2; pass++) { // second pass timed warm; scores are the same
        Score a = score(gold, newsatlas), b = score(gold, corenlp);
        if (pass == 0) continue;
        print(name, "newsatlas", a);
        print(name, "corenlp", b);
      }
    }
  }

  private static void print(String corpus, String tool, Score s) {
    System.out.printf(Locale.ROOT, "%s,%s,%d,%d,%d,%.3f,%.3f,%.3f,%.2f,%.0f%n", corpus, tool, s.gold(), s.predicted(),
        s.matched(), s.p(), s.r(), s.f1(), s.seconds(), s.chars() / s.seconds());
  }

  static Score score(Path goldXml, BiFunction<String, String, List<Pred>> tool) throws Exception {
    int gold = 0, predicted = 0, matched = 0;
    long chars = 0, nanos = 0;
    for (GoldArticle article : GeoparsingEval.read(goldXml)) {
      String text = article.text();
      List<Gold> golds = article.toponyms();
      long t0 = System.nanoTime();
      List<Pred> pred = tool.apply(text, "en");
      nanos += System.nanoTime() - t0;
      chars += text.length();
      gold += golds.size();
      predicted += pred.size();
      boolean[] used = new boolean[pred.size()];
      for (Gold g : golds) {
        int best = -1, bestOverlap = 0;
        for (int p = 0; p < pred.size(); p++) {
          if (used[p]) continue;
          int ov = Math.min(pred.get(p).end(), g.end()) - Math.max(pred.get(p).start(), g.start());
          if (ov > bestOverlap) {
            bestOverlap = ov;
            best = p;
          }
        }
        if (best < 0) {
          for (int p = 0; p < pred.size(); p++) {
            if (!used[p] && Math.abs(pred.get(p).start() - g.start()) <= 10 && pred.get(p).surface().equalsIgnoreCase(g.phrase())) {
              best = p;
              break;
            }
          }
        }
        if (best >= 0) {
          used[best] = true;
          matched++;
        }
      }
    }
    return new Score(gold, predicted, matched, nanos / 1e9, chars);
  }
}
