package org.newsatlas.extract.lexicon;

import java.util.Arrays;

/**
 * Open-addressing map from char sequences to values, looked up by a slice of a char array so that the hot path does
 * not build a String per token (as Lucene's CharArrayMap). Built once, read by many threads.
 */
public final class CharArrayMap<V> {
  private char[][] keys = new char[64][];
  private Object[] values = new Object[64];
  private int size;
  /**
   * A 4096-bit signature filter of the keys (length, first and last char): most tokens looked up are no key and are
   * rejected here without hashing the token or probing the table.
   */
  private final long[] signatures = new long[64];

  private static int signature(char[] buf, int off, int len) {
    if (len == 0) return 0;
    return ((buf[off] * 31 + buf[off + len - 1]) * 31 + len) & 4095;
  }

  public void put(CharSequence key, V value) {
    if (2 * (size + 1) > keys.length) rehash(keys.length * 2);
    char[] k = key.toString().toCharArray();
    int sig = signature(k, 0, k.length);
    signatures[sig >>> 6] |= 1L << sig;
    int slot = slot(k, 0, k.length);
    if (keys[slot] == null) size++;
    keys[slot] = k;
    values[slot] = value;
  }

  @SuppressWarnings("unchecked")
  public V get(char[] buf, int off, int len) {
    int sig = signature(buf, off, len);
    if ((signatures[sig >>> 6] & (1L << sig)) == 0) return null;
    int mask = keys.length - 1;
    int i = hash(buf, off, len) & mask;
    while (true) {
      char[] k = keys[i];
      if (k == null) return null;
      if (k.length == len && Arrays.equals(k, 0, len, buf, off, off + len)) return (V) values[i];
      i = (i + 1) & mask;
    }
  }

  public V get(CharSequence key) {
    char[] k = key.toString().toCharArray();
    return get(k, 0, k.length);
  }

  public int size() {
    return size;
  }

  private int slot(char[] buf, int off, int len) {
    int mask = keys.length - 1;
    int i = hash(buf, off, len) & mask;
    while (keys[i] != null && !(keys[i].length == len && Arrays.equals(keys[i], 0, len, buf, off, off + len))) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void rehash(int capacity) {
    char[][] oldK = keys;
    Object[] oldV = values;
    keys = new char[capacity][];
    values = new Object[capacity];
    for (int j = 0; j < oldK.length; j++) {
      if (oldK[j] == null) continue;
      int s = slot(oldK[j], 0, oldK[j].length);
      keys[s] = oldK[j];
      values[s] = oldV[j];
    }
  }

  private static int hash(char[] buf, int off, int len) {
    int h = 0;
    for (int i = off, e = off + len; i < e; i++) h = 31 * h + buf[i];
    return h ^ (h >>> 16);
  }
}
