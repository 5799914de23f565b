package org.newsatlas.extract.lexicon;

/**
 * A one-hash bit filter over a set of words: a word whose bit is clear is certainly not in the set, a set bit only
 * says "maybe". Lets a dictionary scan skip, at the cost of hashing one word, the text positions where none of its
 * entries can begin, without touching the dictionary itself. Built once, read by many threads.
 */
public final class WordFilter {
  private final long[] bits;
  private final int shift;

  /** 2^16 bits (8 KB: stays in the first-level caches), for up to a few thousand words. */
  public WordFilter() {
    this(16);
  }

  /** A filter of 2^{@code log2Bits} bits (at least 64). */
  public WordFilter(int log2Bits) {
    if (log2Bits < 6 || log2Bits > 30) throw new IllegalArgumentException("log2Bits out of 6..30: " + log2Bits);
    this.bits = new long[1 << (log2Bits - 6)];
    this.shift = 32 - log2Bits;
  }

  public void add(CharSequence word) {
    char[] c = word.toString().toCharArray();
    add(c, 0, c.length);
  }

  public void add(char[] buf, int off, int len) {
    int b = hash(buf, off, len);
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

  // The top bits of a multiplicative hash of the chars: one bit index in [0, 2^log2Bits).
  private int hash(char[] buf, int off, int len) {
    int h = len;
    for (int i = off, e = off + len; i < e; i++) h = 31 * h + buf[i];
    return (h * 0x9E3779B9) >>> shift;
  }
}
