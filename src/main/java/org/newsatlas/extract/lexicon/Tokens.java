package org.newsatlas.extract.lexicon;

/**
 * Word tokens of a folded text as parallel int arrays (start, end), reused between texts: runs of letters and
 * digits; apostrophes, hyphens, spaces and punctuation separate tokens.
 */
public final class Tokens {
  private int[] starts;
  private int[] ends;
  private int count;

  public Tokens() {
    this(256);
  }

  /** With room for {@code capacity} tokens before growing (about one token per six chars of news prose). */
  public Tokens(int capacity) {
    starts = new int[Math.max(16, capacity)];
    ends = new int[Math.max(16, capacity)];
  }

  /** Tokenizes {@code folded[0, len)}; returns the token count. */
  public int tokenize(char[] folded, int len) {
    count = 0;
    int i = 0;
    while (i < len) {
      while (i < len && !TextFolder.isWordChar(folded[i])) i++;
      if (i >= len) break;
      int s = i;
      while (i < len && TextFolder.isWordChar(folded[i])) i++;
      add(s, i);
    }
    return count;
  }

  public int count() {
    return count;
  }

  public int start(int t) {
    return starts[t];
  }

  public int end(int t) {
    return ends[t];
  }

  public int length(int t) {
    return ends[t] - starts[t];
  }

  /** First token whose start is at or after {@code pos} (count() when none). */
  public int firstAtOrAfter(int pos) {
    int lo = 0, hi = count;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private void add(int s, int e) {
    if (count == starts.length) {
      starts = java.util.Arrays.copyOf(starts, count * 2);
      ends = java.util.Arrays.copyOf(ends, count * 2);
    }
    starts[count] = s;
    ends[count] = e;
    count++;
  }
}
