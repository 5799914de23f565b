package org.newsatlas.ingest.dedup;

import java.util.Arrays;

/**
 * MinHash signatures of an article's word shingles, for finding near-duplicate (syndicated) articles: two texts'
 * signatures agree in a share of positions that estimates the Jaccard similarity of their shingle sets. Words are
 * folded to lower case letters and digits and hashed on the fly, so no String is made per word or shingle.
 *
 * <p>One permutation hashing with optimal densification (Li, Owen and Zhang, NIPS 2012; Shrivastava, ICML 2017): each
 * shingle's hash picks one of the signature's bins and competes for its minimum there, instead of competing in every
 * position under its own hash function. A shingle costs one hash instead of one per position (64 by default), with
 * the estimator's accuracy kept; bins no shingle fell in (short texts) copy the bin that a probe sequence, the same
 * for every text, reaches first among the filled ones.
 */
public final class MinHasher {
  /** Bumped whenever the same settings would give other signatures, so that stored signatures are not mixed in. */
  private static final int ALGORITHM = 2;
  /**
   * Every BMP char to its lower case when it is a letter or digit, else 0 (it ends a word). A table because
   * Character's own lookups cost about 20 ns per non-ASCII char, a third of the signing time on the benchmark's mix
   * (13% of chars non-ASCII: Arabic, French accents); 128 KB, shared by all signers.
   */
  private static final char[] WORD_CHAR = new char[65536];
  private static final int EMPTY = -1;

  static {
    for (int c = 0; c < 65536; c++) {
      char ch = (char) c;
      WORD_CHAR[c] = Character.isLetterOrDigit(ch) ? Character.toLowerCase(ch) : 0;
    }
  }

  private final int numHashes;
  private final int shingleWords;
  private final long seed;
  private final long[] window;
  private final int[] filled;

  public MinHasher(int numHashes, int shingleWords, long seed) {
    if (numHashes < 1 || shingleWords < 1) {
      throw new IllegalArgumentException("MinHash needs at least one hash and one word a shingle");
    }
    this.numHashes = numHashes;
    this.shingleWords = shingleWords;
    this.seed = mix(seed);
    this.window = new long[shingleWords];
    this.filled = new int[numHashes];
  }

  public int numHashes() {
    return numHashes;
  }

  /**
   * A fingerprint of what makes a signature (algorithm, number of positions, words a shingle, seed): signatures with
   * the same scheme can be compared, others must be taken again.
   */
  public int scheme() {
    return (int) mix(mix(mix(ALGORITHM * 0x9E3779B97F4A7C15L + numHashes) + shingleWords) + seed);
  }

  /** The signature of {@code text}; a text shorter than one shingle gets the signature of its words as one shingle. */
  public int[] signature(CharSequence text) {
    int[] sig = new int[numHashes];
    Arrays.fill(sig, EMPTY);
    int words = 0;
    long h = 0;
    boolean inWord = false;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      char f = i < n ? WORD_CHAR[text.charAt(i)] : 0;
      if (f != 0) {
        h = h * 31 + f;
        inWord = true;
      } else if (inWord) {
        window[words % shingleWords] = mix(h ^ seed);
        words++;
        h = 0;
        inWord = false;
        if (words >= shingleWords) update(sig, shingleHash(words));
      }
    }
    if (words > 0 && words < shingleWords) update(sig, shingleHash(words));
    densify(sig);
    return sig;
  }

  // Order-sensitive combination of the last min(words, shingleWords) word hashes (each already mixed), mixed once.
  private long shingleHash(int words) {
    int k = Math.min(words, shingleWords);
    long x = 0;
    for (int j = words - k; j < words; j++) x = x * 0x100000001B3L + window[j % shingleWords];
    return mix(x);
  }

  // The high bits choose the bin (a multiply-shift range reduction), the low 31 bits are the value competed for.
  private void update(int[] sig, long shingle) {
    int bin = (int) (((shingle >>> 32) * numHashes) >>> 32);
    int v = (int) (shingle & 0x7FFFFFFFL);
    int cur = sig[bin];
    if (cur == EMPTY || v < cur) sig[bin] = v;
  }

  /**
   * Fills each empty bin from the first filled one its probe sequence reaches. The sequence depends only on the bin,
   * so two texts that both leave a bin empty copy alike when their filled bins agree. A text without words keeps a
   * signature of MAX_VALUE everywhere.
   */
  private void densify(int[] sig) {
    int nFilled = 0;
    for (int i = 0; i < numHashes; i++) if (sig[i] != EMPTY) filled[nFilled++] = i;
    if (nFilled == numHashes) return;
    if (nFilled == 0) {
      Arrays.fill(sig, Integer.MAX_VALUE);
      return;
    }
    for (int i = 0; i < numHashes; i++) {
      if (sig[i] != EMPTY) continue;
      long probe = seed ^ (i + 1) * 0x9E3779B97F4A7C15L;
      int j;
      do {
        probe = mix(probe + 0x9E3779B97F4A7C15L);
        j = (int) (((probe >>> 32) * numHashes) >>> 32);
      } while (!wasFilled(j, nFilled));
      sig[i] = sig[j];
    }
  }

  // Whether bin j was filled by a shingle (not by densification): the filled bins are listed in ascending order.
  private boolean wasFilled(int j, int nFilled) {
    return Arrays.binarySearch(filled, 0, nFilled, j) >= 0;
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
