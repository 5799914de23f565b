package org.newsatlas.ingest.dedup;

import java.util.Arrays;

/**
 * MinHash signatures of an article's word shingles, for finding near-duplicate (syndicated) articles: two texts'
 * signatures agree in a share of positions that estimates the Jaccard similarity of their shingle sets. Words are
 * folded to lower case letters and digits and hashed on the fly, so no String is made per word or shingle.
 */
public final class MinHasher {
  /** ASCII letters and digits folded to lower case; 0 for the other ASCII chars, which end a word. */
  private static final char[] ASCII_WORD = new char[128];

  static {
    for (char c = 0; c < 128; c++) ASCII_WORD[c] = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
  }

  private final int numHashes;
  private final int shingleWords;
  private final long[] seedsA;
  private final long[] seedsB;
  private final long[] window;

  public MinHasher(int numHashes, int shingleWords, long seed) {
    this.numHashes = numHashes;
    this.shingleWords = shingleWords;
    this.seedsA = new long[numHashes];
    this.seedsB = new long[numHashes];
    long s = seed;
    for (int i = 0; i < numHashes; i++) {
      s = mix(s + 0x9E3779B97F4A7C15L);
      seedsA[i] = s | 1L;
      s = mix(s + 0x9E3779B97F4A7C15L);
      seedsB[i] = s;
    }
    this.window = new long[shingleWords];
  }

  public int numHashes() {
    return numHashes;
  }

  /** The signature of {@code text}; a text shorter than one shingle gets the signature of its words as one shingle. */
  public int[] signature(CharSequence text) {
    int[] sig = new int[numHashes];
    Arrays.fill(sig, Integer.MAX_VALUE);
    int words = 0;
    long h = 0;
    boolean inWord = false;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      char f = c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
      if (f != 0) {
        h = h * 31 + f;
        inWord = true;
      } else if (inWord) {
        window[words % shingleWords] = mix(h);
        words++;
        h = 0;
        inWord = false;
        if (words >= shingleWords) update(sig, shingleHash(words));
      }
    }
    if (words > 0 && words < shingleWords) update(sig, shingleHash(words));
    return sig;
  }

  // Order-sensitive combination of the last min(words, shingleWords) word hashes.
  private long shingleHash(int words) {
    int k = Math.min(words, shingleWords);
    long x = 0;
    for (int j = words - k; j < words; j++) x = mix(x * 0x100000001B3L + window[j % shingleWords]);
    return x;
  }

  private void update(int[] sig, long shingle) {
    for (int i = 0; i < numHashes; i++) {
      int v = (int) ((seedsA[i] * shingle + seedsB[i]) >>> 33);
      if (v < sig[i]) sig[i] = v;
    }
  }

  /** The share of positions where two signatures agree: an estimate of the Jaccard similarity. */
  public static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) if (a[i] == b[i]) same++;
    return (double) same / a.length;
  }

  // SplitMix64 finaliser: a cheap, well-mixed 64-bit hash.
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
