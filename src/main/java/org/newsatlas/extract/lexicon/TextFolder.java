package org.newsatlas.extract.lexicon;

import java.text.Normalizer;

/**
 * Folds text one char to one char (lower case, accents stripped, apostrophe and hyphen variants unified, Arabic alef
 * and ya variants unified), so that offsets in the folded copy are offsets in the original. Table-driven: no String
 * per token, no regex.
 */
public final class TextFolder {
  private static final char[] TABLE = buildTable();
  private static final boolean[] WORD = buildWord();

  private TextFolder() {}

  /** The folded form of one char. */
  public static char fold(char c) {
    return TABLE[c];
  }

  /** Folds {@code src[0, len)} into {@code dst} (which may be {@code src}). */
  public static void fold(CharSequence src, char[] dst) {
    for (int i = 0, n = src.length(); i < n; i++) dst[i] = TABLE[src.charAt(i)];
  }

  /** A folded copy of {@code s}: for building dictionaries, not for the hot path. */
  public static String fold(String s) {
    char[] out = new char[s.length()];
    fold(s, out);
    return new String(out);
  }

  /** Letters and digits are word characters; the apostrophe and hyphen separate tokens. */
  public static boolean isWordChar(char c) {
    return WORD[c];
  }

  private static boolean[] buildWord() {
    boolean[] w = new boolean[65536];
    for (int c = 0; c < 65536; c++) w[c] = Character.isLetterOrDigit((char) c);
    return w;
  }

  private static char[] buildTable() {
    char[] t = new char[65536];
    for (int c = 0; c < 65536; c++) {
      char ch = (char) c;
      char out = ch;
      if (Character.isLetter(ch) && c >= 0x80 && !Character.isSurrogate(ch)) {
        String d = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
        if (!d.isEmpty() && d.charAt(0) < 0x250) out = d.charAt(0);
      }
      t[c] = Character.toLowerCase(out);
    }
    // Letters NFD does not decompose; ligatures keep their first letter so that lengths are preserved.
    t['ß'] = 's'; t['œ'] = 'o'; t['Œ'] = 'o'; t['æ'] = 'a'; t['Æ'] = 'a'; t['ø'] = 'o'; t['Ø'] = 'o';
    t['ł'] = 'l'; t['Ł'] = 'l'; t['đ'] = 'd'; t['Đ'] = 'd'; t['ı'] = 'i'; t['İ'] = 'i'; t['ð'] = 'd';
    // Apostrophes and quotes used as apostrophes (transliterations: Ba'qubah, Ba’qubah, Baʿqubah).
    for (char q : new char[] {'\u2019', '\u2018', '\u02BC', '\u02BB', '\u02BF', '\u02BE', '`', '\u00B4'}) t[q] = '\'';
    for (char h : new char[] {'\u2010', '\u2011', '\u00AD'}) t[h] = '-';
    for (char s : new char[] {'\u00A0', '\u202F', '\u2007', '\u2009'}) t[s] = ' ';
    // Arabic: hamza-carrying alefs to bare alef, alef maqsura to ya, ta marbuta to ha.
    for (char a : new char[] {'\u0623', '\u0625', '\u0622', '\u0671'}) t[a] = '\u0627';
    t['\u0649'] = '\u064A';
    t['\u0629'] = '\u0647';
    return t;
  }
}
