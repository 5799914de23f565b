package org.newsatlas.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores the entity mentions of the extraction core against token-level NER gold in the CoNLL column layout (one
 * {@code token tag} line per token, IO or BIO tags {@code I-LOC}, {@code B-PER} ...; a blank line or
 * {@code -DOCSTART-} ends a document). Gold LOC spans are compared with our PLACE mentions, PER with PERSON and ORG
 * with the other actors, by exact span and by overlap (each gold span matched once).
 *
 * <p>The text is rebuilt from the tokens: one space between tokens, none after an elided word ({@code l'},
 * {@code d'}) nor before closing punctuation, so that "l'Irak" reads as in print. Files without document breaks (the
 * Europeana newspapers' OCR pages) are cut into pseudo-articles of about {@code chunkTokens} tokens, at a full stop
 * when one is near.
 */
public final class NerEval {
  private NerEval() {}

  /** Gold or predicted span over the rebuilt text of one document. */
  public record Span(int start, int end, String type) {}

  /** One document: its rebuilt text and gold spans. */
  public record Doc(String text, List<Span> gold) {}

  /** Counts of one entity type. */
  public static final class Score {
    public int gold, predicted, exact, overlap;
    public final List<String> falsePositives = new ArrayList<>(), falseNegatives = new ArrayList<>();

    static double f1(double p, double r) {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public String line(String label) {
      double pe = predicted == 0 ? 0 : (double) exact / predicted, re = gold == 0 ? 0 : (double) exact / gold;
      double po = predicted == 0 ? 0 : (double) overlap / predicted, ro = gold == 0 ? 0 : (double) overlap / gold;
      return String.format(Locale.ROOT, "  %-14s gold %5d predicted %5d | exact P %.3f R %.3f F1 %.3f | overlap P %.3f R %.3f F1 %.3f%n",
          label, gold, predicted, pe, re, f1(pe, re), po, ro, f1(po, ro));
    }
  }

  /**
   * LOC scored against our places less the demonyms found as adjectives or inhabitants ("anglais", "les Russes"):
   * NER gold sets leave those out of LOC, as TR-News does not.
   */
  public static final String LOC_NO_DEMONYMS = "LOC-demonyms";

  /** Our entity type scored against each gold type. */
  private static final Map<String, String> GOLD_OF = Map.of(Mention.PLACE, "LOC", Mention.PERSON, "PER");

  private static String goldTypeOf(Mention m) {
    return GOLD_OF.getOrDefault(m.entityType(), "ORG");
  }

  private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", ")", "]", "»", "…", "%");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "«");

  /** Reads the gold file into documents. */
  public static List<Doc> read(Path file, int chunkTokens) throws IOException {
    List<Doc> docs = new ArrayList<>();
    List<String[]> toks = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("-DOCSTART-")) {
          if (!toks.isEmpty()) docs.addAll(chunk(toks, Integer.MAX_VALUE));
          toks.clear();
          continue;
        }
        int sp = s.lastIndexOf(' ') >= 0 ? s.lastIndexOf(' ') : s.lastIndexOf('\t');
        if (sp <= 0) throw new IOException(file + ": expected 'token tag', got: " + s);
        toks.add(new String[] {s.substring(0, sp).strip(), s.substring(sp + 1)});
      }
    }
    if (!toks.isEmpty()) docs.addAll(chunk(toks, chunkTokens));
    return docs;
  }

  private static List<Doc> chunk(List<String[]> toks, int chunkTokens) {
    List<Doc> out = new ArrayList<>();
    int from = 0;
    while (from < toks.size()) {
      int to = Math.min(toks.size(), from + chunkTokens);
      if (to < toks.size()) { // end at a full stop within the last fifth of the chunk, when there is one
        for (int i = to; i > from + chunkTokens * 4 / 5; i--) {
          if (toks.get(i - 1)[0].equals(".") && !toks.get(i - 1)[1].startsWith("I-")) {
            to = i;
            break;
          }
        }
      }
      out.add(doc(toks.subList(from, to)));
      from = to;
    }
    return out;
  }

  private static Doc doc(List<String[]> toks) {
    StringBuilder text = new StringBuilder();
    List<Span> gold = new ArrayList<>();
    String prev = null, openType = null;
    int openStart = -1, openEnd = -1;
    for (String[] t : toks) {
      String tok = t[0], tag = t[1];
      boolean glue = prev == null || NO_SPACE_BEFORE.contains(tok) || NO_SPACE_AFTER.contains(prev)
          || prev.endsWith("'") || prev.endsWith("’");
      if (!glue) text.append(' ');
      int s = text.length();
      text.append(tok);
      int e = text.length();
      String type = tag.length() > 2 && (tag.startsWith("I-") || tag.startsWith("B-")) ? tag.substring(2) : null;
      boolean continues = type != null && type.equals(openType) && !tag.startsWith("B-");
      if (!continues && openType != null) gold.add(new Span(openStart, openEnd, openType));
      if (!continues) {
        openType = type;
        openStart = s;
      }
      openEnd = e;
      prev = tok;
    }
    if (openType != null) gold.add(new Span(openStart, openEnd, openType));
    return new Doc(text.toString(), gold);
  }

  /** Extracts each document (as {@code lang}) and scores LOC (with and without demonyms), PER and ORG. */
  public static Map<String, Score> score(List<Doc> docs, Extractors ex, String lang) {
    LocalDate date = LocalDate.of(2000, 1, 1);
    return score(docs, text -> ex.extract(text, lang, date).mentions());
  }

  /** Scores the mentions another recogniser finds in each document's text (a baseline such as CoreNLP). */
  public static Map<String, Score> score(List<Doc> docs, java.util.function.Function<String, List<Mention>> recogniser) {
    Map<String, Score> scores = new LinkedHashMap<>();
    for (String t : List.of("LOC", LOC_NO_DEMONYMS, "PER", "ORG")) scores.put(t, new Score());
    for (Doc d : docs) {
      List<Mention> pred = recogniser.apply(d.text());
      for (Map.Entry<String, Score> e : scores.entrySet()) {
        String type = e.getKey();
        Score sc = e.getValue();
        String goldType = type.equals(LOC_NO_DEMONYMS) ? "LOC" : type;
        List<Span> g = d.gold().stream().filter(s -> s.type().equals(goldType)).toList();
        List<Mention> p = pred.stream().filter(m -> goldTypeOf(m).equals(goldType)
            && !(type.equals(LOC_NO_DEMONYMS) && m.method().startsWith("demonym/"))).toList();
        sc.gold += g.size();
        sc.predicted += p.size();
        boolean[] usedP = new boolean[p.size()];
        for (Span gs : g) {
          int best = -1, bestOv = 0;
          boolean exact = false;
          for (int i = 0; i < p.size(); i++) {
            if (usedP[i]) continue;
            Mention m = p.get(i);
            int ov = Math.min(m.endChar(), gs.end()) - Math.max(m.startChar(), gs.start());
            boolean ex1 = m.startChar() == gs.start() && m.endChar() == gs.end();
            if (ex1 || ov > bestOv && !exact) {
              best = i;
              bestOv = ov;
              exact = ex1;
              if (ex1) break;
            }
          }
          if (best < 0) {
            sc.falseNegatives.add(context(d.text(), gs.start(), gs.end()));
            continue;
          }
          usedP[best] = true;
          sc.overlap++;
          if (exact) sc.exact++;
        }
        for (int i = 0; i < p.size(); i++) {
          if (usedP[i]) continue;
          Mention m = p.get(i);
          sc.falsePositives.add(m.name() + " (" + m.method() + ")  | " + context(d.text(), m.startChar(), m.endChar()));
        }
      }
    }
    return scores;
  }

  private static String context(String text, int s, int e) {
    int a = Math.max(0, s - 40), b = Math.min(text.length(), e + 40);
    return text.substring(a, s) + "[" + text.substring(s, e) + "]" + text.substring(e, b);
  }
}
