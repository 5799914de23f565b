package org.newsatlas.extract.lexicon;

/**
 * A one-hash bit filter over a set of words (64 K bits, 8 KB: stays in the first-level caches): a word whose bit is
 * clear is certainly not in the set, a set bit only says "maybe". Lets a dictionary scan skip, at the cost of
 * hashing one word, the text positions where none of its entries can begin. Built once, read by many threads.
 */
public final class WordFilter {
  private static final int BITS = 1 << 16;
  private final long[] bits = new long[BITS / 64];

  public void add(CharSequence word) {
    char[] c = word.toString().toCharArray();
    int b = hash(c, 0, c.length);
    bits[b >>> 6] |= 1L << b;
  }

  public boolean mayContain(char[] buf, int off, int len) {
    int b = hash(buf, off, len);
    return (bits[b >>> 6] & (1L << b)) != 0;
  }

  /** The end of the run of word chars ({@link TextFolder#isWordChar}) that starts at {@code from}, at most {@code n}. */
  public static int wordEnd(char[] buf, int from, int n) {
    int e = from;
    while (e < n && TextFolder.isWordChar(buf[e])) e++;
    return e;
  }

  /** The first word of {@code s} (empty when it starts with no word char). */
  public static String firstWord(CharSequence s) {
    int e = 0;
    while (e < s.length() && TextFolder.isWordChar(s.charAt(e))) e++;
    return s.subSequence(0, e).toString();
  }

  private static int hash(char[] buf, int off, int len) {
    int h = len;
    for (int i = off, e = off + len; i < e; i++) h = 31 * h + buf[i];
    return (h * 0x9E3779B9) >>> 16;
  }
}
