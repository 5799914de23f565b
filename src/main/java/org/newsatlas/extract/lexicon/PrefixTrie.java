package org.newsatlas.extract.lexicon;

import java.util.Arrays;
import java.util.List;

/**
 * A char trie that finds, in one pass over a token, every stored key that is a prefix of it (longest first when
 * read back to front). Children are sorted char arrays searched by bisection; built once, read by many threads.
 */
public final class PrefixTrie<V> {
  private char[][] labels = new char[16][];
  private int[][] children = new int[16][];
  private Object[] values = new Object[16];
  private int size = 1; // node 0 is the root

  public PrefixTrie() {
    labels[0] = new char[0];
    children[0] = new int[0];
  }

  public void put(String key, V value) {
    int node = 0;
    for (int i = 0; i < key.length(); i++) node = childOrAdd(node, key.charAt(i));
    values[node] = value;
  }

  @SuppressWarnings("unchecked")
  public V get(String key) {
    int node = 0;
    for (int i = 0; i < key.length() && node >= 0; i++) node = child(node, key.charAt(i));
    return node < 0 ? null : (V) values[node];
  }

  /** Values of the keys that are prefixes of {@code buf[off, off+len)}, shortest first. */
  @SuppressWarnings("unchecked")
  public void prefixesOf(char[] buf, int off, int len, List<V> out) {
    int node = 0;
    for (int i = 0; i < len; i++) {
      node = child(node, buf[off + i]);
      if (node < 0) return;
      if (values[node] != null) out.add((V) values[node]);
    }
  }

  private int child(int node, char c) {
    int k = Arrays.binarySearch(labels[node], c);
    return k < 0 ? -1 : children[node][k];
  }

  private int childOrAdd(int node, char c) {
    int k = Arrays.binarySearch(labels[node], c);
    if (k >= 0) return children[node][k];
    int ins = -k - 1;
    if (size == labels.length) {
      labels = Arrays.copyOf(labels, size * 2);
      children = Arrays.copyOf(children, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    int id = size++;
    labels[id] = new char[0];
    children[id] = new int[0];
    char[] l = labels[node];
    int[] ch = children[node];
    char[] nl = new char[l.length + 1];
    int[] nc = new int[ch.length + 1];
    System.arraycopy(l, 0, nl, 0, ins);
    System.arraycopy(ch, 0, nc, 0, ins);
    nl[ins] = c;
    nc[ins] = id;
    System.arraycopy(l, ins, nl, ins + 1, l.length - ins);
    System.arraycopy(ch, ins, nc, ins + 1, ch.length - ins);
    labels[node] = nl;
    children[node] = nc;
    return id;
  }

}
