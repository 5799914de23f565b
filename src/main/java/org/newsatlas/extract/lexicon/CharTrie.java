package org.newsatlas.extract.lexicon;

import java.util.Arrays;

/**
 * A char trie whose edges live in one open-addressing table keyed by (node, char), with the root's edges in a direct
 * array: a step costs one probe into a small, contiguous table instead of a bisection through a per-node array.
 * Nodes are ints (0 = root); each node may carry an int value. Built by {@link #add} and {@link #childOrAdd}, then
 * read by many threads.
 */
public final class CharTrie {
  private final int[] rootChild = new int[65536];
  private long[] edgeKeys = new long[256];
  private int[] edgeChild = new int[256];
  private int edges;
  private int[] values = new int[64];
  private int nodes = 1;

  public CharTrie() {
    Arrays.fill(rootChild, -1);
    Arrays.fill(edgeKeys, -1L);
    Arrays.fill(values, -1);
  }

  /** Number of nodes, the root included. */
  public int nodes() {
    return nodes;
  }

  /** Adds {@code key} with {@code value} (>= 0; a later value for the same key replaces it); returns its node. */
  public int add(CharSequence key, int value) {
    int node = 0;
    for (int i = 0; i < key.length(); i++) node = childOrAdd(node, key.charAt(i));
    values[node] = value;
    return node;
  }

  /** The value stored at {@code node}, or -1. */
  public int value(int node) {
    return values[node];
  }

  /** The child of {@code node} by {@code c}, or -1. */
  public int child(int node, char c) {
    if (node == 0) return rootChild[c];
    long k = (long) node << 16 | c;
    int mask = edgeKeys.length - 1;
    int i = mix(k) & mask;
    while (true) {
      long e = edgeKeys[i];
      if (e == k) return edgeChild[i];
      if (e == -1L) return -1;
      i = (i + 1) & mask;
    }
  }

  /** The child of {@code node} by {@code c}, created when absent. */
  public int childOrAdd(int node, char c) {
    int existing = child(node, c);
    if (existing >= 0) return existing;
    int id = nodes++;
    if (id == values.length) {
      values = Arrays.copyOf(values, id * 2);
      Arrays.fill(values, id, values.length, -1);
    }
    if (node == 0) {
      rootChild[c] = id;
    } else {
      if (2 * (edges + 1) > edgeKeys.length) rehash(edgeKeys.length * 2);
      put(edgeKeys, edgeChild, (long) node << 16 | c, id);
      edges++;
    }
    return id;
  }

  private static void put(long[] keys, int[] vals, long k, int v) {
    int mask = keys.length - 1;
    int i = mix(k) & mask;
    while (keys[i] != -1L) i = (i + 1) & mask;
    keys[i] = k;
    vals[i] = v;
  }

  private void rehash(int capacity) {
    long[] k = new long[capacity];
    int[] v = new int[capacity];
    Arrays.fill(k, -1L);
    for (int i = 0; i < edgeKeys.length; i++) if (edgeKeys[i] != -1L) put(k, v, edgeKeys[i], edgeChild[i]);
    edgeKeys = k;
    edgeChild = v;
  }

  private static int mix(long k) {
    long h = k * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 32);
  }
}
