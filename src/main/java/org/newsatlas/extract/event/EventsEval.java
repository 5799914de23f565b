package org.newsatlas.extract.event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsatlas.extract.Mention;
import org.newsatlas.extract.actor.ActorExtractor;

/**
 * Scores the predicted main subtype of each snippet of a labelled TSV (columns id, EventSnippet, SubType; the CASE
 * 2021 task 2 format) against its gold label. Every gold label counts, including the five CASE types outside ACLED
 * (DIPLO, MAN_MADE_DISASTER, NATURAL_DISASTER, ORG_CRIME, ATTRIB), which the extractor predicts from its own
 * lexicon entries; a second line scores the ACLED-labelled snippets alone. Micro-F1 of a single-label task equals
 * accuracy; macro-F1 averages per-label F1 over the labels that occur in gold or predictions.
 */
public final class EventsEval {
  /** Scores computed by {@link #score}. */
  public record Result(int n, int correct, double microF1, double macroF1, int acledN, int acledCorrect,
      Map<String, Map<String, Integer>> confusion, List<String[]> errors) {}

  private EventsEval() {}

  /** Runs the evaluation and returns a printable report. */
  public static String evaluate(Path tsv, EventExtractor ex, ActorExtractor ax) {
    return format(score(tsv, ex, ax));
  }

  public static Result score(Path tsv, EventExtractor ex, ActorExtractor ax) {
    List<String[]> rows = read(tsv);
    Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    List<String[]> errors = new ArrayList<>();
    int correct = 0, acledN = 0, acledCorrect = 0;
    LocalDate published = LocalDate.of(2021, 1, 1); // snippets carry no date; irrelevant to the subtype
    for (String[] r : rows) {
      String text = r[1], gold = r[2];
      List<Mention> actors = ax == null ? List.of() : ax.extract(text, "en");
      String pred = ex.mainSubtype(text, "en", published, actors);
      confusion.computeIfAbsent(gold, k -> new TreeMap<>()).merge(pred, 1, Integer::sum);
      boolean ok = gold.equals(pred);
      if (ok) correct++;
      else errors.add(new String[] {r[0], gold, pred});
      Subtype g = ex.taxonomy().byCode(gold);
      if (g != null && g.acled()) {
        acledN++;
        if (ok) acledCorrect++;
      }
    }
    TreeSet<String> labels = new TreeSet<>(confusion.keySet());
    confusion.values().forEach(m -> labels.addAll(m.keySet()));
    double sumF1 = 0;
    for (String l : labels) {
      int tp = 0, fp = 0, fn = 0;
      for (var e : confusion.entrySet()) {
        for (var p : e.getValue().entrySet()) {
          boolean g = e.getKey().equals(l), pr = p.getKey().equals(l);
          if (g && pr) tp += p.getValue();
          else if (pr) fp += p.getValue();
          else if (g) fn += p.getValue();
        }
      }
      sumF1 += tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
    int n = rows.size();
    return new Result(n, correct, n == 0 ? 0 : (double) correct / n, labels.isEmpty() ? 0 : sumF1 / labels.size(),
        acledN, acledCorrect, confusion, errors);
  }

  public static String format(Result r) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "snippets %d  correct %d  micro-F1 %.3f  macro-F1 %.3f%n", r.n(), r.correct(),
        r.microF1(), r.macroF1()));
    sb.append(String.format(Locale.ROOT, "ACLED-labelled snippets %d  correct %d  accuracy %.3f%n", r.acledN(),
        r.acledCorrect(), r.acledN() == 0 ? 0 : (double) r.acledCorrect() / r.acledN()));
    sb.append("confusion (gold -> predicted counts):\n");
    for (var e : r.confusion().entrySet()) {
      sb.append(String.format(Locale.ROOT, "  %-30s", e.getKey()));
      for (var p : e.getValue().entrySet()) sb.append(' ').append(p.getKey()).append('=').append(p.getValue());
      sb.append('\n');
    }
    return sb.toString();
  }

  /** Reads the gold TSV: a header line, then id, snippet (possibly quoted with doubled quotes), label. */
  static List<String[]> read(Path tsv) {
    List<String[]> rows = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
      for (int i = 1; i < lines.size(); i++) {
        String[] f = lines.get(i).split("\t");
        if (f.length < 3) continue;
        String text = f[1];
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
          text = text.substring(1, text.length() - 1).replace("\"\"", "\"");
        }
        rows.add(new String[] {f[0], text, f[f.length - 1].trim()});
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold " + tsv + ": " + e.getMessage(), e);
    }
    return rows;
  }
}
