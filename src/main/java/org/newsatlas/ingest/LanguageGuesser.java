package org.newsatlas.ingest;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A fast guess of an article's language when the source gives none: Arabic when Arabic-script letters make up at
 * least {@link #ARABIC_SHARE} of the letters, else the language whose stop words ({@code conf/lang/stopwords-*.txt})
 * occur most often in the first {@link #SAMPLE_CHARS} characters, provided it has at least {@link #MIN_HITS} hits
 * and more than any other; else {@code other}. Tokens are lower-cased into one reused buffer and looked up without
 * creating a String per token. Not thread-safe (one per partition).
 */
public final class LanguageGuesser {
  static final int SAMPLE_CHARS = 4000;
  static final double ARABIC_SHARE = 0.3;
  static final int MIN_HITS = 3;
  public static final String OTHER = "other";

  private final String[] langs;
  private final CharArraySet[] stopWords;
  private final char[] token = new char[64];

  /** @param stopWordsByLang language code → its stop words */
  public LanguageGuesser(Map<String, ? extends Collection<String>> stopWordsByLang) {
    List<String> codes = stopWordsByLang.keySet().stream().sorted().toList();
    this.langs = codes.toArray(new String[0]);
    this.stopWords = new CharArraySet[langs.length];
    for (int i = 0; i < langs.length; i++) stopWords[i] = new CharArraySet(stopWordsByLang.get(langs[i]));
  }

  public String guess(String text) {
    if (text == null || text.isEmpty()) return OTHER;
    int end = Math.min(text.length(), SAMPLE_CHARS);
    int letters = 0;
    int arabic = 0;
    int[] hits = new int[langs.length];
    int len = 0;
    for (int i = 0; i <= end; i++) {
      char c = i < end ? text.charAt(i) : ' ';
      if (c == '\u2019') c = '\'';
      if (Character.isLetter(c) || (c == '\'' && len > 0)) {
        if (c != '\'') {
          letters++;
          if (isArabic(c)) arabic++;
        }
        if (len < token.length) token[len] = Character.toLowerCase(c);
        len++;
        if (c == '\'') { // French elision: l'armée → count "l'" style clitics as their own token
          countToken(len, hits);
          len = 0;
        }
        continue;
      }
      if (len > 0) countToken(len, hits);
      len = 0;
    }
    if (letters > 0 && arabic >= letters * ARABIC_SHARE) return "ar";
    int best = -1;
    int second = 0;
    for (int i = 0; i < hits.length; i++) {
      if (best < 0 || hits[i] > hits[best]) {
        if (best >= 0) second = Math.max(second, hits[best]);
        best = i;
      } else {
        second = Math.max(second, hits[i]);
      }
    }
    if (best < 0 || hits[best] < MIN_HITS || hits[best] == second) return OTHER;
    return langs[best];
  }

  private void countToken(int len, int[] hits) {
    if (len > token.length) return;
    for (int l = 0; l < langs.length; l++) if (stopWords[l].contains(token, 0, len)) hits[l]++;
  }

  static boolean isArabic(char c) {
    return (c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F') || (c >= '\u08A0' && c <= '\u08FF')
        || (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF');
  }

  /** Open-addressing set of lower-case words, queried with a slice of a char array. */
  static final class CharArraySet {
    private final char[][] slots;

    CharArraySet(Collection<String> words) {
      int cap = Integer.highestOneBit(Math.max(4, words.size() * 3)) << 1;
      slots = new char[cap][];
      for (String w : words) {
        char[] k = w.toLowerCase(Locale.ROOT).toCharArray();
        int i = hash(k, 0, k.length) & (cap - 1);
        while (slots[i] != null && !Arrays.equals(slots[i], k)) i = (i + 1) & (cap - 1);
        slots[i] = k;
      }
    }

    boolean contains(char[] buf, int off, int len) {
      int mask = slots.length - 1;
      int i = hash(buf, off, len) & mask;
      while (slots[i] != null) {
        if (Arrays.equals(slots[i], 0, slots[i].length, buf, off, off + len)) return true;
        i = (i + 1) & mask;
      }
      return false;
    }

    private static int hash(char[] b, int off, int len) {
      int h = 0;
      for (int i = off; i < off + len; i++) h = 31 * h + b[i];
      return h ^ (h >>> 16);
    }
  }
}
