package org.newsatlas.extract.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsatlas.extract.Mention;
import org.newsatlas.extract.lexicon.CharArraySet;
import org.newsatlas.extract.lexicon.TextFolder;
import org.newsatlas.extract.lexicon.Tokens;
import org.newsatlas.extract.lexicon.WordFilter;
import org.newsatlas.extract.text.ArticleText;
import org.newsatlas.extract.text.SentenceSplitter;

/**
 * Finds actors (governments, armed forces, armed groups, parties, organisations, people) in an article: first the
 * curated dictionary ({@code conf/actors/actors.tsv}) through one automaton over the folded text, matches kept only
 * at token boundaries; then capitalised name chunks that the dictionary does not know, typed by a title cue before
 * them (PERSON) or an organisation head inside them (ORG), from {@code conf/actors/cues.tsv}.
 *
 * <p>Mentions carry {@code entity_type} PERSON or ORG, {@code entity_id} the actor id (or
 * {@code actor:unlisted:<name>}), {@code name} the canonical name, {@code country_code} the actor's country, and the
 * actor sector (GOV, MIL, REB, MIL_NONSTATE, ...) in {@code feature_code}. Thread-safe: state is per call.
 */
public final class ActorExtractor {
  public static final String METHOD_DICTIONARY = "dictionary";
  public static final String METHOD_CUE = "cue";
  static final String UNLISTED = "actor:unlisted:";
  /** Runs of chars that are neither letters nor digits: one '_' each in an unlisted actor's id (compiled once). */
  private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  private final ActorDictionary dict;
  private final ActorCues cues;

  public ActorExtractor(String confDir) {
    this.dict = new ActorDictionary(confDir);
    this.cues = new ActorCues(confDir);
  }

  public ActorDictionary dictionary() {
    return dict;
  }

  /** Actor mentions of {@code text} in order of position; {@code lang} is "fr", "en", "ar" (or null: all rules). */
  public List<Mention> extract(String text, String lang) {
    return extract(ArticleText.of(text), lang);
  }

  /** As {@link #extract(String, String)}, on a text already folded, tokenised and split (shared with the others). */
  public List<Mention> extract(ArticleText article, String lang) {
    String text = article.text();
    int n = text.length();
    char[] m = article.foldedHyphensAsSpaces();
    SentenceSplitter sentences = article.sentences();

    List<int[]> hits = new ArrayList<>();
    // Every alias occurrence that begins and ends at a token boundary (or begins after an Arabic proclitic): the
    // trie is walked from each position where a match may begin and whose word may begin an alias.
    Tokens tok = article.tokens();
    int nt = tok.count();
    if (dict.firstWords.mayContain(m, 0, 0)) {
      // Some alias begins with a non-word char: every position after one may begin a match.
      for (int begin = 0; begin < n; begin++) {
        if (beginOk(m, begin)) aliasesFrom(text, m, begin, WordFilter.wordEnd(m, begin, n), hits);
      }
    } else {
      // Matches begin only at a word: its start (the tokens are the words of m), or after a proclitic.
      for (int t = 0; t < nt; t++) {
        int s = tok.start(t), e = tok.end(t);
        aliasesFrom(text, m, s, e, hits);
        if (e - s > 1 && beginOk(m, s + 1)) aliasesFrom(text, m, s + 1, e, hits);
      }
    }
    for (int t = 0; t < nt; t++) {
      int s = tok.start(t), len = tok.length(t);
      if (len > 8 || !Character.isUpperCase(text.charAt(s))) continue;
      Integer alias = dict.acronyms.get(m, s, len);
      if (alias != null && sameChars(text, s, dict.aliasSurface.get(alias))) hits.add(new int[] {s, s + len, alias});
    }
    hits.sort(Comparator.<int[]>comparingInt(h -> h[0]).thenComparingInt(h -> -(h[1] - h[0])));
    List<Mention> out = new ArrayList<>();
    boolean[] covered = new boolean[n + 1];
    int lastEnd = -1;
    for (int[] h : hits) {
      if (h[0] < lastEnd) continue; // leftmost-longest, no overlaps
      lastEnd = h[1];
      for (int i = h[0]; i < h[1]; i++) covered[i] = true;
      int[] info = dict.aliasInfo.get(h[2]);
      Actor a = dict.actors.get(info[0]);
      double conf = info[1] == 1 ? 0.8 : (countSpaces(m, h[0], h[1]) > 0 ? 0.95 : 0.85);
      out.add(mention(sentences, text, h[0], h[1], a, conf, METHOD_DICTIONARY));
    }
    if (!"ar".equals(lang)) findCueNames(text, m, tok, lang, sentences, covered, out);
    out.sort(Comparator.comparingInt(Mention::startChar));
    return out;
  }

  // Adds the aliases that match from {@code begin}, whose word ends at {@code wordEnd}.
  private void aliasesFrom(String text, char[] m, int begin, int wordEnd, List<int[]> hits) {
    if (!dict.firstWords.mayContain(m, begin, wordEnd - begin)) return;
    int n = text.length(); // m may be longer (a reused buffer)
    int node = 0;
    for (int end = begin; end < n; ) {
      node = dict.trie.child(node, m[end++]);
      if (node < 0) break;
      int alias = dict.trie.value(node);
      if (alias < 0 || end < n && TextFolder.isWordChar(m[end])) continue;
      int[] info = dict.aliasInfo.get(alias);
      if (info[1] == 1 && !sameChars(text, begin, dict.aliasSurface.get(alias))) continue;
      hits.add(new int[] {begin, end, alias});
    }
  }

  // Capitalised chunks: runs of capitalised tokens joined by connectors, split on sentence boundaries.
  private void findCueNames(String text, char[] m, Tokens tok, String lang, SentenceSplitter sentences,
      boolean[] covered, List<Mention> out) {
    int nt = tok.count();
    int t = 0;
    while (t < nt) {
      if (!isCap(text, tok.start(t)) || covered[tok.start(t)]) {
        t++;
        continue;
      }
      int sent = sentences.sentenceOf(tok.start(t));
      int first = t, last = t;
      int j = t + 1;
      while (j < nt && sentences.sentenceOf(tok.start(j)) == sent && gapIsSpaceOrHyphen(text, tok.end(j - 1), tok.start(j))) {
        if (covered[tok.start(j)]) break;
        if (isCap(text, tok.start(j))) {
          last = j;
        } else if (!has(cues.connectors, m, tok, j)) {
          break;
        }
        j++;
      }
      classifyChunk(text, m, tok, first, last, lang, sentences, out);
      t = last + 1;
    }
  }

  private void classifyChunk(String text, char[] m, Tokens tok, int first, int last, String lang,
      SentenceSplitter sentences, List<Mention> out) {
    while (first <= last && has(cues.stops, m, tok, first)) first++;
    if (first > last) return;
    boolean fr = "fr".equals(lang), en = "en".equals(lang) || lang == null;
    // Organisation: English head last ("Oromo Liberation Army"), French head first ("Front Polisario").
    if (last > first && ((en || !fr) && has(cues.orgHeadsEn, m, tok, last)
        || (fr || lang == null) && has(cues.orgHeadsFr, m, tok, first))) {
      addUnlisted(text, m, tok.start(first), tok.end(last), Mention.ORG, "ORG_UNLISTED", sentences, out, 0.6);
      return;
    }
    // Person: a title inside the chunk ("President Donald Trump", "Police Captain Ali Omar") or right before it
    // ("le général Liyod Autin"); the name is what follows the last title ("Chief of Staff Colonel X").
    int nameStart = -1;
    for (int k = first; k < last; k++) {
      int titleLen = titleAt(m, tok, k, last);
      if (titleLen > 0) {
        nameStart = k + titleLen;
        k = nameStart - 1;
      }
    }
    if (nameStart < 0) {
      if (!titleBefore(m, tok, first)) return;
      nameStart = first;
    }
    while (nameStart <= last && has(cues.connectors, m, tok, nameStart)) nameStart++;
    int names = 0;
    for (int k = nameStart; k <= last; k++) if (isCap(text, tok.start(k))) names++;
    if (names == 0 || names > 4 || allCaps(text, tok.start(nameStart), tok.end(last))) return;
    if (has(cues.orgHeadsEn, m, tok, last) || titleAt(m, tok, nameStart, last) > 0) return;
    int s = tok.start(nameStart), e = tok.end(last);
    String form = new String(m, s, e - s);
    Integer listed = names == 1 ? dict.personBySurname.get(form) : null;
    if (listed != null) {
      out.add(mention(sentences, text, s, e, dict.actors.get(listed), 0.75, METHOD_CUE));
    } else {
      addUnlisted(text, m, s, e, Mention.PERSON, "PERSON_UNLISTED", sentences, out, 0.6);
    }
  }

  private void addUnlisted(String text, char[] m, int s, int e, String entityType, String featureCode,
      SentenceSplitter sentences, List<Mention> out, double conf) {
    String surface = text.substring(s, e);
    String id = UNLISTED + NON_WORD.matcher(new String(m, s, e - s)).replaceAll("_");
    out.add(new Mention(sentences.sentenceOf(s), s, e, surface, entityType, id, surface, null, null, null, null,
        featureCode, conf, METHOD_CUE));
  }

  private static Mention mention(SentenceSplitter sentences, String text, int s, int e, Actor a, double conf, String method) {
    return new Mention(sentences.sentenceOf(s), s, e, text.substring(s, e), a.entityType(), a.id(), a.canonical(),
        a.country(), null, null, null, a.type(), conf, method);
  }

  // Number of title tokens at the chunk start (0 when none).
  private int titleAt(char[] m, Tokens tok, int first, int last) {
    List<String[]> cands = cues.titlesByFirst.get(m, tok.start(first), tok.length(first));
    if (cands == null) return 0;
    for (String[] title : cands) {
      if (first + title.length - 1 > last) continue;
      boolean ok = true;
      for (int k = 0; k < title.length && ok; k++) ok = eq(m, tok, first + k, title[k]);
      if (ok) return title.length;
    }
    return 0;
  }

  // A lower-case title right before the chunk (articles may sit between: "le général X").
  private boolean titleBefore(char[] m, Tokens tok, int first) {
    if (first == 0) return false;
    List<String[]> cands = cues.titlesByLast.get(m, tok.start(first - 1), tok.length(first - 1));
    if (cands == null) return false;
    for (String[] title : cands) {
      int s = first - title.length;
      if (s < 0) continue;
      boolean ok = true;
      for (int k = 0; k < title.length && ok; k++) ok = eq(m, tok, s + k, title[k]);
      if (ok) return true;
    }
    return false;
  }

  private static boolean eq(char[] m, Tokens tok, int t, String w) {
    int s = tok.start(t), len = tok.length(t);
    if (len != w.length()) return false;
    for (int i = 0; i < len; i++) if (m[s + i] != w.charAt(i)) return false;
    return true;
  }

  private static boolean has(CharArraySet set, char[] m, Tokens tok, int t) {
    return set.contains(m, tok.start(t), tok.length(t));
  }

  // Acronyms ("US", "UN") after a title are not person names.
  private static boolean allCaps(String text, int s, int e) {
    for (int i = s; i < e; i++) if (Character.isLowerCase(text.charAt(i))) return false;
    return true;
  }

  private static boolean isCap(String text, int pos) {
    return Character.isUpperCase(text.charAt(pos));
  }

  private static boolean gapIsSpaceOrHyphen(String text, int from, int to) {
    if (to - from > 2) return false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '-' && c != '\'' && c != '’') return false;
    }
    return to > from;
  }

  private static boolean sameChars(String text, int begin, String surface) {
    return text.regionMatches(begin, surface, 0, surface.length());
  }

  private static int countSpaces(char[] m, int s, int e) {
    int c = 0;
    for (int i = s; i < e; i++) if (m[i] == ' ') c++;
    return c;
  }

  // Whether a match may begin at {@code begin}: at a token boundary, or after a one-letter Arabic proclitic
  // (و ب ل ف ك). (Its end is checked where the trie walk finds it: at a token boundary too.)
  static boolean beginOk(char[] m, int begin) {
    if (begin == 0 || !TextFolder.isWordChar(m[begin - 1])) return true;
    char p = m[begin - 1];
    boolean clitic = p == 'و' || p == 'ب' || p == 'ل' || p == 'ف' || p == 'ك';
    return clitic && (begin == 1 || !TextFolder.isWordChar(m[begin - 2])) && m[begin] >= 0x600 && m[begin] <= 0x6FF;
  }
}
