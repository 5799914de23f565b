package org.newsatlas.extract.place;

/**
 * A per-thread memo of one {@link KeyTable}'s lookups. The table holds 1.2 M keys in arrays of tens of MB, so a
 * lookup that passes its filter costs several cache misses (slot, key bounds, key chars); the capitalised words and
 * word pairs of news text recur within an article and across articles, and a small direct-mapped memo that stays in
 * the CPU cache answers most of them. Exact: an entry is used only when its stored key equals the one asked, so
 * results are those of the table. Not thread-safe: one per recogniser.
 */
final class KeyLookupCache {
  private static final int BITS = 13, SIZE = 1 << BITS, MAX_LEN = 24;

  private final KeyTable table;
  private final int[] hashes = new int[SIZE];
  private final int[] results = new int[SIZE];
  /** Length of the key in each entry; 0 = empty (keys asked here are never empty). */
  private final byte[] lens = new byte[SIZE];
  private final char[] keys = new char[SIZE * MAX_LEN];

  KeyLookupCache(KeyTable table) {
    this.table = table;
  }

  KeyTable table() {
    return table;
  }

  /** As {@link KeyTable#find(char[], int, int)}. */
  int find(char[] buf, int off, int len) {
    int h = KeyTable.hash(buf, off, len);
    if (len > MAX_LEN || len == 0) return table.find(h, buf, off, len);
    int e = (h ^ (h >>> BITS)) & (SIZE - 1);
    int base = e * MAX_LEN;
    if (hashes[e] == h && lens[e] == len) {
      int i = 0;
      while (i < len && keys[base + i] == buf[off + i]) i++;
      if (i == len) return results[e];
    }
    int k = table.find(h, buf, off, len);
    hashes[e] = h;
    lens[e] = (byte) len;
    results[e] = k;
    System.arraycopy(buf, off, keys, base, len);
    return k;
  }
}
