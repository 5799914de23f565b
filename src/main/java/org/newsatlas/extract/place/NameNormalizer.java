package org.newsatlas.extract.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.newsatlas.core.Hashing;
import org.newsatlas.core.Resources;

/**
 * Folds text into the keys under which place names are indexed, on caller-owned char buffers: case and accent
 * folding, Arabic letter normalisation, and the transliteration-tolerant "fuzzy" key of a Latin token. The same
 * instance (immutable, thread-safe) serves the gazetteer build and the recogniser, so both sides always agree.
 * Language knowledge (transliteration rules, articles, Arabic clitics) comes from {@code conf/places/}.
 */
public final class NameNormalizer {
  /** Context of a transliteration rule: where it may apply. */
  private static final int ANY = 0, START = 1, END = 2, VOWEL = 3, FRONT = 4, NOT_VOWEL = 5;

  private static final String[] FOLD = new String[0x2000];
  private static final int[] NO_RULES = new int[0];

  static {
    for (int c = 0x80; c < FOLD.length; c++) {
      if (c >= 0x250 && c < 0x1E00) continue;
      String d = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < d.length(); i++) {
        char x = d.charAt(i);
        if (Character.getType(x) != Character.NON_SPACING_MARK) b.append(Character.toLowerCase(x));
      }
      FOLD[c] = b.toString();
    }
    String[][] special = {{"ß", "ss"}, {"æ", "ae"}, {"Æ", "ae"}, {"œ", "oe"}, {"Œ", "oe"}, {"ø", "o"}, {"Ø", "o"},
        {"đ", "d"}, {"Đ", "d"}, {"ł", "l"}, {"Ł", "l"}, {"ı", "i"}, {"ħ", "h"}, {"Ħ", "h"}, {"þ", "th"}, {"ð", "d"},
        {"ŀ", "l"}, {"ĸ", "k"}, {"ŉ", "n"}};
    for (String[] s : special) FOLD[s[0].charAt(0)] = s[1];
  }

  /** Rule indices by the first letter they start with ('a'..'z'), in file order. */
  private final int[][] rulesByFirst = new int[26][];
  private final char[][] ruleFrom;
  private final char[][] ruleTo;
  private final int[] ruleContext;
  private final char[][] articlesAlways;
  private final char[][] articlesAttached;
  /** First chars of the articles, as bits: most short words are rejected without comparing. */
  private final long[] articleFirst = new long[1024];
  private final char[][][] cliticSlots;
  private final char[][] elisions;
  final List<String> adminSuffixes;
  /** Digest of the rule files: the gazetteer records it, so that keys built with other rules are detected. */
  final String rulesDigest;

  private NameNormalizer(List<String[]> rules, List<String> always, List<String> attached, List<List<String>> clitics,
      List<String> elisions, List<String> adminSuffixes, String rulesDigest) {
    this.rulesDigest = rulesDigest;
    ruleFrom = new char[rules.size()][];
    ruleTo = new char[rules.size()][];
    ruleContext = new int[rules.size()];
    for (int i = 0; i < rules.size(); i++) {
      String[] r = rules.get(i);
      ruleFrom[i] = r[0].toCharArray();
      ruleTo[i] = r[1].toCharArray();
      ruleContext[i] = switch (r.length > 2 ? r[2] : "any") {
        case "start" -> START;
        case "end" -> END;
        case "vowel" -> VOWEL;
        case "front" -> FRONT;
        case "notvowel" -> NOT_VOWEL;
        case "any" -> ANY;
        default -> throw new IllegalArgumentException("transliteration rule context '" + r[2] + "' unknown");
      };
    }
    for (int c = 0; c < 26; c++) {
      int n = 0;
      for (char[] f : ruleFrom) if (f[0] == 'a' + c) n++;
      rulesByFirst[c] = new int[n];
      n = 0;
      for (int r = 0; r < ruleFrom.length; r++) if (ruleFrom[r][0] == 'a' + c) rulesByFirst[c][n++] = r;
    }
    for (char[] f : ruleFrom) {
      if (f[0] < 'a' || f[0] > 'z') throw new IllegalArgumentException("transliteration rule must start with a-z: " + new String(f));
    }
    articlesAlways = toChars(always);
    articlesAttached = toChars(attached);
    for (char[][] list : new char[][][] {articlesAlways, articlesAttached}) {
      for (char[] a : list) if (a.length > 0) articleFirst[a[0] >>> 6] |= 1L << a[0];
    }
    this.elisions = toChars(elisions);
    this.adminSuffixes = List.copyOf(adminSuffixes);
    cliticSlots = new char[clitics.size()][][];
    for (int i = 0; i < clitics.size(); i++) cliticSlots[i] = toChars(clitics.get(i));
  }

  /** Loads the rules from {@code conf/places/} (user conf dir first, then the bundled copy). */
  public static NameNormalizer load(String confDir) {
    try {
      List<String[]> rules = new ArrayList<>();
      for (String[] r : readTsv(confDir, "places/transliteration.tsv")) rules.add(r);
      List<String> always = new ArrayList<>(), attached = new ArrayList<>();
      for (String[] r : readTsv(confDir, "places/articles.txt")) {
        if (r[0].equals("always")) always.add(r[1]);
        else if (r[0].equals("attached")) attached.add(r[1]);
        else throw new IllegalArgumentException("conf/places/articles.txt: kind '" + r[0] + "' unknown");
      }
      List<List<String>> clitics = new ArrayList<>();
      for (String[] r : readTsv(confDir, "places/arabic-clitics.txt")) {
        int slot = Integer.parseInt(r[0]) - 1;
        while (clitics.size() <= slot) clitics.add(new ArrayList<>());
        clitics.get(slot).add(r[1]);
      }
      List<String> elisions = new ArrayList<>(), suffixes = new ArrayList<>();
      for (String[] r : readTsv(confDir, "places/elisions.txt")) elisions.add(fold(r[0]));
      for (String[] r : readTsv(confDir, "places/admin-suffixes.txt")) suffixes.add(" " + r[0]);
      StringBuilder all = new StringBuilder();
      for (String f : new String[] {"transliteration.tsv", "articles.txt", "arabic-clitics.txt", "elisions.txt"}) {
        for (String[] r : readTsv(confDir, "places/" + f)) all.append(String.join("\t", r)).append('\n');
      }
      return new NameNormalizer(rules, always, attached, clitics, elisions, suffixes,
          Hashing.sha256Hex(24, all.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a conf file of tab-separated lines, skipping blank lines and {@code #} comments. */
  static List<String[]> readTsv(String confDir, String relative) throws IOException {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = Resources.open(confDir, relative);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) continue;
        out.add(line.strip().split("\t"));
      }
    }
    return out;
  }

  private static char[][] toChars(List<String> words) {
    char[][] out = new char[words.size()][];
    for (int i = 0; i < out.length; i++) out[i] = words.get(i).toCharArray();
    return out;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Character folding

  /** True for chars that belong to a word: letters, digits and combining marks (dropped when folded). */
  public static boolean isWordChar(char c) {
    if (c < 0x80) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** Apostrophes and the ayn / hamza signs of transliterations: joined inside a word, e.g. Ba'qubah, Qa’im. */
  public static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == '‘' || c == 'ʿ' || c == 'ʾ' || c == 'ʼ' || c == '`' || c == '´' || c == '′';
  }

  public static boolean isHyphen(char c) {
    return c == '-' || c == '‐' || c == '‑' || c == '‒';
  }

  public static boolean isArabic(char c) {
    return c >= 0x0600 && c <= 0x06FF || c >= 0x0750 && c <= 0x077F || c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF;
  }

  /**
   * Appends the folded form of {@code c} to {@code out} at {@code pos} (lower case, no accents; Arabic: alef forms
   * to bare alef, ta marbuta to ha, alef maqsura and Persian yeh to yeh, kaf forms to kaf; diacritics and tatweel
   * dropped). Returns the new position; {@code out} must have room for 3 more chars.
   */
  public static int fold(char c, char[] out, int pos) {
    if (c < 0x80) {
      out[pos++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
      return pos;
    }
    if (c >= 0x0600 && c <= 0x06FF) {
      if (c >= 0x064B && c <= 0x065F || c == 0x0670 || c == 0x0640) return pos; // harakat, dagger alef, tatweel
      switch (c) {
        case 'أ', 'إ', 'آ', 'ٱ' -> c = 'ا';
        case 'ة' -> c = 'ه';
        case 'ى', 'ی', 'ئ' -> c = 'ي';
        case 'ؤ' -> c = 'و';
        case 'ک' -> c = 'ك';
        default -> {}
      }
      out[pos++] = c;
      return pos;
    }
    if (c < FOLD.length) {
      String f = FOLD[c];
      if (f != null) {
        for (int i = 0; i < f.length(); i++) out[pos++] = f.charAt(i);
        return pos;
      }
    }
    if (Character.getType(c) == Character.NON_SPACING_MARK) return pos;
    out[pos++] = Character.toLowerCase(c);
    return pos;
  }

  /** Folds a whole string (build side, tests). */
  public static String fold(CharSequence s) {
    char[] buf = new char[s.length() * 3 + 3];
    int n = 0;
    for (int i = 0; i < s.length(); i++) n = fold(s.charAt(i), buf, n);
    return new String(buf, 0, n);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Articles and clitics

  /** Whether the folded word is an elided article or pronoun that an apostrophe separates ("l'Irak"). */
  public boolean isElision(char[] buf, int off, int len) {
    for (char[] e : elisions) if (equals(e, buf, off, len)) return true;
    return false;
  }

  /** 1 when the folded token is an article skipped anywhere ("al"), 2 when only if attached ("ez-"), else 0. */
  public int articleKind(char[] buf, int off, int len) {
    if (len > 3 || len == 0) return 0;
    char c0 = buf[off];
    if ((articleFirst[c0 >>> 6] & (1L << c0)) == 0) return 0;
    for (char[] a : articlesAlways) if (equals(a, buf, off, len)) return 1;
    for (char[] a : articlesAttached) if (equals(a, buf, off, len)) return 2;
    return 0;
  }

  /**
   * Offsets at which the Arabic word {@code buf[off, off+len)} may start once proclitics are stripped (wa-, bi-,
   * al-, in that order), excluding 0 itself; written to {@code out}, returns how many. Remainders shorter than 2
   * letters are not offered.
   */
  public int cliticOffsets(char[] buf, int off, int len, int[] out) {
    return cliticOffsets(buf, off, len, 0, 0, out, 0);
  }

  /**
   * Appends to {@code out[0, n)} the offsets reached from {@code s} by stripping, or not, a proclitic of each slot
   * from {@code slot} on; returns the new count. Depth first, not stripping before each stripping choice: the order
   * in which the recogniser tries the variants (the first of equal length wins), with no array per word.
   */
  private int cliticOffsets(char[] buf, int off, int len, int slot, int s, int[] out, int n) {
    if (slot == cliticSlots.length) {
      if (s == 0) return n;
      for (int k = 0; k < n; k++) if (out[k] == s) return n;
      if (n < out.length) out[n++] = s;
      return n;
    }
    n = cliticOffsets(buf, off, len, slot + 1, s, out, n);
    for (char[] c : cliticSlots[slot]) {
      if (s + c.length + 2 <= len && startsWith(buf, off + s, c)) {
        n = cliticOffsets(buf, off, len, slot + 1, s + c.length, out, n);
      }
    }
    return n;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Fuzzy keys

  /**
   * Writes the transliteration-tolerant key of a folded Latin token {@code src[off, off+len)} to {@code dst} at
   * {@code dpos}; returns the new position. {@code dst} needs room for {@code 2 * len} chars.
   */
  public int fuzzyKey(char[] src, int off, int len, char[] dst, int dpos) {
    int start = dpos;
    int end = off + len;
    int p = off;
    // 1. Rewrite rules, first match wins at each position.
    while (p < end) {
      int matched = -1;
      char c0 = src[p];
      int[] candidates = c0 >= 'a' && c0 <= 'z' ? rulesByFirst[c0 - 'a'] : NO_RULES;
      for (int r : candidates) {
        char[] f = ruleFrom[r];
        if (p + f.length > end || !startsWith(src, p, f)) continue;
        int after = p + f.length;
        boolean ok = switch (ruleContext[r]) {
          case START -> p == off;
          case END -> after == end;
          case VOWEL -> after < end && isVowel(src[after]);
          case FRONT -> after < end && (src[after] == 'e' || src[after] == 'i' || src[after] == 'y');
          case NOT_VOWEL -> after == end || !isVowel(src[after]);
          default -> true;
        };
        if (ok) {
          matched = r;
          break;
        }
      }
      if (matched >= 0) {
        for (char c : ruleTo[matched]) dst[dpos++] = c;
        p += ruleFrom[matched].length;
      } else {
        dst[dpos++] = src[p++];
      }
    }
    // 2. Doubled letters.
    int w = start;
    for (int i = start; i < dpos; i++) {
      if (w > start && dst[w - 1] == dst[i]) continue;
      dst[w++] = dst[i];
    }
    dpos = w;
    // 3. Final h after a vowel, then final vowels (-a, -ah, -e, -eh), keeping at least two chars.
    if (dpos - start > 3 && dst[dpos - 1] == 'h' && isVowel(dst[dpos - 2])) dpos--;
    while (dpos - start > 2 && isVowel(dst[dpos - 1])) dpos--;
    // 4. Vowel runs to one class letter.
    w = start;
    for (int i = start; i < dpos; ) {
      if (!isVowel(dst[i])) {
        dst[w++] = dst[i++];
        continue;
      }
      boolean back = false, front = false;
      while (i < dpos && isVowel(dst[i])) {
        if (dst[i] == 'o' || dst[i] == 'u') back = true;
        else front = true;
        i++;
      }
      dst[w++] = back && !front ? 'u' : 'a';
    }
    return w;
  }

  /** Fuzzy key of a folded token as a String (build side, tests). */
  public String fuzzyKey(String folded) {
    char[] src = folded.toCharArray();
    char[] dst = new char[src.length * 2 + 2];
    int n = fuzzyKey(src, 0, src.length, dst, 0);
    return new String(dst, 0, n);
  }

  static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  private static boolean equals(char[] a, char[] buf, int off, int len) {
    if (a.length != len) return false;
    for (int i = 0; i < len; i++) if (a[i] != buf[off + i]) return false;
    return true;
  }

  private static boolean startsWith(char[] buf, int off, char[] prefix) {
    if (off + prefix.length > buf.length) return false;
    for (int i = 0; i < prefix.length; i++) if (buf[off + i] != prefix[i]) return false;
    return true;
  }
}
