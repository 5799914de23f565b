package org.newsatlas.extract.place;

import java.util.Arrays;
import org.newsatlas.extract.lexicon.CharArraySet;
import org.newsatlas.extract.text.SentenceSplitter;

/**
 * The words of a text, folded into one reused char buffer, with their offsets in the original text and the facts
 * the recogniser gates on (capitalised, all caps, Arabic, sentence start, what separates a word from the next).
 * One instance per thread; {@link #tokenize} overwrites the previous text's tokens and allocates only when a text is
 * larger than any before.
 */
public final class TextTokens {
  public static final int CAP = 1, ALLCAPS = 1 << 1, ARABIC = 1 << 2, DIGIT = 1 << 3, SENT_START = 1 << 4;
  /** The gap to the next word may sit inside a name: blanks (no line break), a hyphen, a period or an apostrophe. */
  public static final int JOIN_NEXT = 1 << 5;
  public static final int HYPHEN_NEXT = 1 << 6;
  public static final int ARTICLE = 1 << 7, ARTICLE_ATTACHED = 1 << 8;
  public static final int COMMA_NEXT = 1 << 9, PAREN_NEXT = 1 << 10, LOWER = 1 << 11;
  /** A slash separates the word from the next ("Abou Kamal/Qaëm"). */
  public static final int SLASH_NEXT = 1 << 12;

  // What the tokenizer asks of a non-ASCII char, from the same Character methods, looked up in one table instead
  // of half a dozen Unicode property lookups per char of French accents and Arabic script.
  private static final int C_WORD = 1, C_LETTER = 2, C_UPPER = 4, C_LOWER = 8, C_ARABIC = 16, C_DIGIT = 32;
  private static final byte[] CLASS = new byte[65536];

  static {
    for (int i = 0x80; i < 65536; i++) {
      char c = (char) i;
      int cl = 0;
      if (NameNormalizer.isWordChar(c)) cl |= C_WORD;
      if (Character.isLetter(c)) cl |= C_LETTER;
      if (Character.isUpperCase(c)) cl |= C_UPPER;
      if (Character.isLowerCase(c)) cl |= C_LOWER;
      if (NameNormalizer.isArabic(c)) cl |= C_ARABIC;
      if (Character.isDigit(c)) cl |= C_DIGIT;
      CLASS[i] = (byte) cl;
    }
  }

  /** {@link NameNormalizer#isWordChar}, from the table for non-ASCII chars. */
  private static boolean isWordChar(char c) {
    return c < 0x80 ? NameNormalizer.isWordChar(c) : (CLASS[c] & C_WORD) != 0;
  }

  private final NameNormalizer norm;
  char[] chars = new char[1024];
  /** The text being tokenised, copied once: array reads are cheaper than CharSequence.charAt in the loops. */
  private char[] src = new char[1024];
  int[] start = new int[128], len = new int[128], origStart = new int[128], origEnd = new int[128], flags = new int[128];
  char[] fuzzy = new char[2048];
  int[] fzStart = new int[128], fzLen = new int[128];
  int count;

  public TextTokens(NameNormalizer norm) {
    this.norm = norm;
  }

  public int count() {
    return count;
  }

  public int origStart(int i) {
    return origStart[i];
  }

  public int origEnd(int i) {
    return origEnd[i];
  }

  public int flags(int i) {
    return flags[i];
  }

  public boolean has(int i, int flag) {
    return (flags[i] & flag) != 0;
  }

  public String folded(int i) {
    return new String(chars, start[i], len[i]);
  }

  /** Whether word {@code i}, folded, is in {@code set}: looked up from the token buffer, no String. */
  boolean wordIn(CharArraySet set, int i) {
    return set.contains(chars, start[i], len[i]);
  }

  /** Whether word {@code i}, folded, is {@code word}. */
  boolean wordIs(int i, String word) {
    if (len[i] != word.length()) return false;
    for (int k = 0; k < len[i]; k++) if (chars[start[i] + k] != word.charAt(k)) return false;
    return true;
  }

  public String fuzzy(int i) {
    ensureFuzzy(i);
    return new String(fuzzy, fzStart[i], fzLen[i]);
  }

  /** Splits and folds {@code text}; computes fuzzy keys for capitalised Latin words when {@code fuzzyKeys}. */
  public int tokenize(CharSequence text, boolean fuzzyKeys) {
    return tokenize(text, fuzzyKeys, false);
  }

  /** As {@link #tokenize(CharSequence, boolean)}; {@code fuzzyAll} also keys lower-case words (gazetteer names). */
  public int tokenize(CharSequence input, boolean fuzzyKeys, boolean fuzzyAll) {
    count = 0;
    int n = input.length();
    if (src.length < n) src = new char[n + 1024];
    if (input instanceof String str) str.getChars(0, n, src, 0);
    else for (int k = 0; k < n; k++) src[k] = input.charAt(k);
    final char[] text = src;
    if (chars.length < 3 * n + 16) chars = new char[3 * n + 16];
    int cpos = 0;
    int i = 0;
    while (i < n) {
      char c = text[i];
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      // A word: letters and digits, apostrophes inside joined except French elisions and English possessives.
      ensure(count + 1);
      int ts = i, tc = cpos;
      int upper = 0, letters = 0, f = 0;
      boolean first = true;
      while (i < n) {
        c = text[i];
        if (c < 0x80) { // ASCII fast path: no Character.* calls
          if (c >= 'a' && c <= 'z') {
            letters++;
            if (first) f |= LOWER;
            first = false;
            chars[cpos++] = c;
            i++;
            continue;
          }
          if (c >= 'A' && c <= 'Z') {
            letters++;
            upper++;
            if (first) f |= CAP;
            first = false;
            chars[cpos++] = (char) (c + 32);
            i++;
            continue;
          }
          if (c >= '0' && c <= '9') {
            f |= DIGIT;
            first = false;
            chars[cpos++] = c;
            i++;
            continue;
          }
        }
        int cl = c >= 0x80 ? CLASS[c] : 0;
        if ((cl & C_WORD) != 0) {
          if ((cl & C_LETTER) != 0) {
            letters++;
            if ((cl & C_UPPER) != 0) {
              upper++;
              if (first) f |= CAP;
            } else if (first && (cl & C_LOWER) != 0) {
              f |= LOWER;
            }
            if ((cl & C_ARABIC) != 0) f |= ARABIC;
            first = false;
          } else if ((cl & C_DIGIT) != 0) {
            f |= DIGIT;
            first = false;
          }
          cpos = NameNormalizer.fold(c, chars, cpos);
          i++;
        } else if (NameNormalizer.isApostrophe(c) && i + 1 < n && Character.isLetter(text[i + 1]) && cpos > tc) {
          if (norm.isElision(chars, tc, cpos - tc)) break;
          char nx = text[i + 1];
          if ((nx == 's' || nx == 'S') && (i + 2 >= n || !Character.isLetter(text[i + 2]))) break;
          i++; // joined: Ba'qubah, Qa’im
        } else {
          break;
        }
      }
      if (cpos == tc) continue;
      if (letters > 1 && upper == letters) f |= ALLCAPS;
      start[count] = tc;
      len[count] = cpos - tc;
      origStart[count] = ts;
      origEnd[count] = i;
      int ak = cpos - tc <= 3 ? norm.articleKind(chars, tc, cpos - tc) : 0;
      if (ak == 1) f |= ARTICLE;
      else if (ak == 2) f |= ARTICLE_ATTACHED;
      // The gap before a word is scanned once, for both words' flags.
      boolean sentStart = count == 0 ? isSentenceStart(text, ts) : gapFlags(text, count - 1, origEnd[count - 1], ts);
      flags[count] = sentStart ? f | SENT_START : f;
      count++;
    }
    generation++;
    fuzzyAllWords = fuzzyAll;
    fuzzyPos = 0;
    if (fuzzyKeys && fuzzyAll) for (int w = 0; w < count; w++) ensureFuzzy(w);
    return count;
  }

  private int generation;
  private int[] fzGen = new int[128];
  private boolean fuzzyAllWords;
  private int fuzzyPos;

  /**
   * Computes the fuzzy key of word {@code w} once per text, on demand: the recogniser needs them only for the
   * capitalised words where no exact name matched. Keys are appended to {@link #fuzzy} in the order asked.
   */
  void ensureFuzzy(int t) {
    if (fzGen[t] == generation) return;
    fzGen[t] = generation;
    if (fuzzyPos + 2 * len[t] + 2 > fuzzy.length) {
      fuzzy = Arrays.copyOf(fuzzy, Math.max(fuzzy.length * 2, fuzzyPos + 2 * len[t] + 2));
    }
    fzStart[t] = fuzzyPos;
    int fl = flags[t];
    if ((fl & (ARABIC | DIGIT)) == 0 && (fuzzyAllWords || (fl & CAP) != 0 || (fl & (ARTICLE | ARTICLE_ATTACHED)) != 0)) {
      fuzzyPos = norm.fuzzyKey(chars, start[t], len[t], fuzzy, fuzzyPos);
    } else {
      System.arraycopy(chars, start[t], fuzzy, fuzzyPos, len[t]);
      fuzzyPos += len[t];
    }
    fzLen[t] = fuzzyPos - fzStart[t];
  }

  /**
   * Sets word t's flags from what lies between it and the next word; returns whether the next word starts a sentence
   * (as {@link #isSentenceStart}: the gap's last char that is no opening quote, dash or blank ends a sentence; the
   * word's own last char never does).
   */
  private boolean gapFlags(char[] text, int t, int from, int to) {
    boolean join = to - from <= 3;
    boolean sentenceEnd = false;
    for (int k = from; k < to; k++) {
      char c = text[k];
      if (!skippedBeforeSentence(c)) sentenceEnd = endsSentence(c) && !(k == from && c == '.' && abbreviation(text, t));
      if (c == '\n' || c == '\r') join = false;
      else if (NameNormalizer.isHyphen(c)) flags[t] |= HYPHEN_NEXT;
      else if (c == ',') {
        flags[t] |= COMMA_NEXT;
        join = false;
      } else if (c == '(') {
        flags[t] |= PAREN_NEXT;
        join = false;
      } else if (c == '/') {
        flags[t] |= SLASH_NEXT;
        join = false;
      } else if (c == '.') {
        // "St. Louis", "U.S. Virgin Islands" join; after a longer word a period ends a sentence ("Friday. Chad").
        if (len[t] > 3) join = false;
      } else if (!(c == ' ' || c == '\u00A0' || c == '\t' || NameNormalizer.isApostrophe(c))) join = false;
    }
    if (join) flags[t] |= JOIN_NEXT;
    return sentenceEnd;
  }

  /**
   * Whether word t, followed by a period, is an initial or a title's abbreviation ("Harry S. Truman", "Gov. Hugh
   * Carey", "Dr. Nestor"): the period ends no sentence, so the name after it is not capitalised by a sentence start
   * (the events' sentence splitter reads the same list). The last letter of a dotted acronym ("U.S.") may end one.
   */
  private boolean abbreviation(char[] text, int t) {
    int s = origStart[t], e = origEnd[t];
    if (e - s == 1) return Character.isUpperCase(text[s]) && (s == 0 || text[s - 1] != '.'); // not "U.S.", "D.C."
    return e - s <= 4 && SentenceSplitter.isAbbreviation(text, s, e);
  }

  private static boolean isSentenceStart(char[] text, int pos) {
    int k = pos - 1;
    while (k >= 0) {
      char c = text[k];
      if (skippedBeforeSentence(c)) {
        k--;
        continue;
      }
      return endsSentence(c);
    }
    return true;
  }

  /** Blanks, opening quotes, dashes and bullets between a sentence's end and its next word. */
  private static boolean skippedBeforeSentence(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '"' || c == '“' || c == '«' || c == '(' || c == '\''
        || c == '‘' || c == '—' || c == '–' || c == '-' || c == '*' || c == '•';
  }

  private static boolean endsSentence(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r' || c == ':' || c == '…' || c == '؟';
  }

  private void ensure(int tokens) {
    if (tokens > start.length) {
      int m = start.length * 2;
      start = Arrays.copyOf(start, m);
      len = Arrays.copyOf(len, m);
      origStart = Arrays.copyOf(origStart, m);
      origEnd = Arrays.copyOf(origEnd, m);
      flags = Arrays.copyOf(flags, m);
      fzStart = Arrays.copyOf(fzStart, m);
      fzLen = Arrays.copyOf(fzLen, m);
      fzGen = Arrays.copyOf(fzGen, m);
    }
  }

  /**
   * Whether word {@code t} is an article to skip inside a name: "al"/"el" before a capitalised word joined to it,
   * the others ("ez", "ad"...) only when hyphenated to the next word or capitalised before a capitalised word.
   */
  public boolean isSkippableArticle(int t) {
    if (t + 1 >= count) return false;
    int f = flags[t];
    if ((f & JOIN_NEXT) == 0) return false;
    int nf = flags[t + 1];
    if ((nf & (ARTICLE | ARTICLE_ATTACHED)) != 0) return false;
    if ((f & ARTICLE) != 0) return (nf & CAP) != 0 || (f & HYPHEN_NEXT) != 0;
    if ((f & ARTICLE_ATTACHED) != 0) return (f & HYPHEN_NEXT) != 0 || (f & CAP) != 0 && (nf & CAP) != 0;
    return false;
  }
}
