package org.newsatlas.bench.corenlp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsatlas.extract.Mention;
import org.newsatlas.extract.NerEval;

/**
 * The CoreNLP baseline on token-level NER gold, scored by {@link NerEval} exactly as {@code newsatlas eval ner} scores
 * newsatlas: CoreNLP's LOC spans (French WikiNER or English CoNLL model) against the gold LOC spans.
 *
 * <pre>java -cp "$CP" org.newsatlas.bench.corenlp.CoreNlpNerEval GOLD.bio [fr|en] [CHUNK_TOKENS]</pre>
 */
public final class CoreNlpNerEval {
  private CoreNlpNerEval() {}

  public static void main(String[] args) throws Exception {
    String lang = args.length > 1 ? args[1] : "fr";
    int chunk = args.length > 2 ? Integer.parseInt(args[2]) : 400;
    List<NerEval.Doc> docs = NerEval.read(Path.of(args[0]), chunk);
    long t0 = System.nanoTime();
    Map<String, NerEval.Score> s = NerEval.score(docs, text -> {
      List<Mention> out = new ArrayList<>();
      for (CoreNlpLocations.Span sp : CoreNlpLocations.locations(text, lang)) {
        out.add(new Mention(0, sp.start(), sp.end(), sp.surface(), Mention.PLACE, null, sp.surface(), null, null, null,
            null, null, 1, "corenlp"));
      }
      return out;
    });
    System.out.printf("CoreNLP %s on %s: %d documents, %.1f s%n", lang, args[0], docs.size(), (System.nanoTime() - t0) / 1e9);
    System.out.print(s.get("LOC").line("LOC vs LOC"));
  }
}
