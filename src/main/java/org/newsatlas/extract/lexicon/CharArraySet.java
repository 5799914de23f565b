package org.newsatlas.extract.lexicon;

/**
 * A set of words looked up by a slice of a char array, so that a token's membership costs no String (as Lucene's
 * CharArraySet). Built once, read by many threads.
 */
public final class CharArraySet {
  private final CharArrayMap<Boolean> map = new CharArrayMap<>();

  public void add(CharSequence word) {
    map.put(word, Boolean.TRUE);
  }

  public boolean contains(char[] buf, int off, int len) {
    return map.get(buf, off, len) != null;
  }

  /** For building and for the rare lookups of a String at hand (not for tokens of a text). */
  public boolean contains(CharSequence word) {
    return map.get(word) != null;
  }

  public int size() {
    return map.size();
  }
}
