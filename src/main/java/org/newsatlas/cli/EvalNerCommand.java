package org.newsatlas.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsatlas.extract.Extractors;
import org.newsatlas.extract.NerEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsatlas eval ner --gold <bio>}: place mentions against LOC spans, persons against PER and organisations
 * against ORG, by exact span and by overlap, on token-level NER gold (CoNLL layout, IO or BIO tags).
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = "Evaluate place (and person, organisation) recognition on token-level NER gold (CoNLL 'token tag' lines).")
public final class EvalNerCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, description = "Gold file: one 'token tag' line per token (IO or BIO tags).")
  Path gold;

  @Option(names = "--lang", defaultValue = "fr", description = "Language of the text (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--chunk-tokens", defaultValue = "400",
      description = "Without document breaks in the file, cut it into pseudo-articles of about this many tokens (default: ${DEFAULT-VALUE}).")
  int chunkTokens;

  @Mixin EvalGazetteerOptions gz;

  @Option(names = "--errors", defaultValue = "0", description = "Also list up to N false positives and negatives per type.")
  int errors;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(gold)) {
      System.err.println("gold file not found: " + gold + " (pass --gold <file>)");
      return 2;
    }
    Path gazetteer = gz.checkedGazetteer();
    if (gazetteer == null) return 2;
    List<NerEval.Doc> docs = NerEval.read(gold, chunkTokens);
    Extractors ex = Extractors.forThread(gazetteer.toString(), gz.confDir);
    Map<String, NerEval.Score> scores = NerEval.score(docs, ex, lang);
    System.out.printf("%s: %d documents (%s), lang %s%n", gold.getFileName(), docs.size(),
        docs.size() > 1 ? "pseudo-articles of about " + chunkTokens + " tokens where the file has no breaks" : "one", lang);
    String[][] labels = {{"LOC", "LOC vs PLACE"}, {NerEval.LOC_NO_DEMONYMS, "  no demonyms"}, {"PER", "PER vs PERSON"},
        {"ORG", "ORG vs ORG"}};
    for (String[] l : labels) System.out.print(scores.get(l[0]).line(l[1]));
    if (errors > 0) {
      for (String[] l : labels) {
        if (l[0].equals(NerEval.LOC_NO_DEMONYMS)) continue;
        NerEval.Score s = scores.get(l[0]);
        s.falsePositives.stream().limit(errors).forEach(e -> System.out.println("  FP " + l[0] + "  " + e));
        s.falseNegatives.stream().limit(errors).forEach(e -> System.out.println("  FN " + l[0] + "  " + e));
      }
    }
    return 0;
  }
}
