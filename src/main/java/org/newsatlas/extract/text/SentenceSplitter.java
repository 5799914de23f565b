package org.newsatlas.extract.text;

/**
 * Splits text into sentences by punctuation and line breaks, without allocating per sentence: fills an int array of
 * boundaries that callers reuse. Good enough for news prose in French, English and Arabic; abbreviations such as
 * "M.", "Dr.", "U.S." and initials do not end a sentence.
 */
public final class SentenceSplitter {
  private int[] bounds = new int[64];
  private int count;

  /** The text being split, copied once: array reads are cheaper than CharSequence.charAt in the loops. */
  private char[] chars = new char[1024];

  /** Splits {@code text}; afterwards sentence {@code i} spans {@code [start(i), end(i))}. Returns the count. */
  public int split(CharSequence input) {
    count = 0;
    int n = input.length();
    if (chars.length < n) chars = new char[n + 1024];
    if (input instanceof String str) str.getChars(0, n, chars, 0);
    else for (int k = 0; k < n; k++) chars[k] = input.charAt(k);
    final char[] text = chars;
    int start = skipSpace(text, 0, n);
    int i = start;
    while (i < n) {
      char c = text[i];
      boolean end = false;
      if (c == '\n') {
        end = i + 1 < n && text[i + 1] == '\n' || endsLine(text, start, i);
      } else if (c == '.' || c == '!' || c == '?' || c == '…' || c == '؟' || c == '。') {
        end = isTerminal(text, start, i, n);
      }
      if (end) {
        int stop = i + 1;
        while (stop < n && isCloser(text[stop])) stop++;
        add(start, trimEnd(text, start, stop));
        start = skipSpace(text, stop, n);
        i = start;
        continue;
      }
      i++;
    }
    if (start < n) {
      int e = trimEnd(text, start, n);
      if (e > start) add(start, e);
    }
    return count;
  }

  public int count() {
    return count;
  }

  public int start(int i) {
    return bounds[2 * i];
  }

  public int end(int i) {
    return bounds[2 * i + 1];
  }

  /** Index of the sentence containing char offset {@code pos} (binary search), or the last one before it. */
  public int sentenceOf(int pos) {
    int lo = 0, hi = count - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (bounds[2 * mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return Math.max(lo, 0);
  }

  private void add(int s, int e) {
    if (e <= s) return;
    if (2 * count + 2 > bounds.length) bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
    bounds[2 * count] = s;
    bounds[2 * count + 1] = e;
    count++;
  }

  // A single newline ends a sentence when the line has sentence-final punctuation or is a short heading.
  private static boolean endsLine(char[] t, int start, int i) {
    int j = i - 1;
    while (j >= start && Character.isWhitespace(t[j])) j--;
    if (j < start) return false;
    char last = t[j];
    return last == '.' || last == '!' || last == '?' || last == ':' || last == '"' || last == '»' || i - start < 120;
  }

  private static boolean isTerminal(char[] t, int start, int i, int n) {
    char c = t[i];
    if (c != '.') return next(t, i, n);
    // Decimal numbers and ellipses "..." in the middle.
    if (i + 1 < n && (Character.isDigit(t[i + 1]) || t[i + 1] == '.')) return false;
    // Abbreviation or initial: a short token before the dot that starts with a capital ("M.", "Dr.", "U.S.").
    int w = i - 1;
    while (w >= start && Character.isLetter(t[w])) w--;
    int len = i - 1 - w;
    if (len >= 1 && len <= 2 && Character.isUpperCase(t[w + 1])) return false;
    if (w >= start && t[w] == '.' && len == 1) return false;
    if (len > 0 && len <= 4 && isAbbreviation(t, w + 1, i)) return false;
    // Scraped text often starts a sentence in lower case (". le 22 janvier"): after a full word of four letters
    // or more, a dot followed by a space ends the sentence whatever comes next.
    if (len >= 4 && i + 1 < n && t[i + 1] == ' ') return true;
    return next(t, i, n);
  }

  // The sentence ends if what follows (after closers and spaces) starts a new one.
  private static boolean next(char[] t, int i, int n) {
    int j = i + 1;
    while (j < n && isCloser(t[j])) j++;
    if (j >= n) return true;
    if (!Character.isWhitespace(t[j])) return false;
    while (j < n && Character.isWhitespace(t[j])) j++;
    if (j >= n) return true;
    char c = t[j];
    return !Character.isLowerCase(c);
  }

  private static final String[] ABBREVIATIONS = {"Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Col", "Lt", "Sgt", "Mme", "Mlle", "Jr", "Sr", "Prof", "Gov", "Sen", "Rep", "No", "Fig", "etc", "cf", "vs"};

  /** Whether {@code t[s, e)} is a title or other abbreviation that a period does not end a sentence after ("Gov."). */
  public static boolean isAbbreviation(char[] t, int s, int e) {
    outer:
    for (String a : ABBREVIATIONS) {
      if (a.length() != e - s) continue;
      for (int k = 0; k < a.length(); k++) if (a.charAt(k) != t[s + k]) continue outer;
      return true;
    }
    return false;
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == '»' || c == '”' || c == '’' || c == ']';
  }

  private static int skipSpace(char[] t, int i, int n) {
    while (i < n && Character.isWhitespace(t[i])) i++;
    return i;
  }

  private static int trimEnd(char[] t, int s, int e) {
    while (e > s && Character.isWhitespace(t[e - 1])) e--;
    return e;
  }
}
