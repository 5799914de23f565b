package org.newsatlas.extract.place;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsatlas.extract.lexicon.WordFilter;

/**
 * An immutable open-addressing hash table from name keys (chars, looked up straight from a caller's buffer, no
 * String) to postings: the gazetteer entries carrying that name and how each one carries it (main name, alias,
 * demonym...). Keys that only begin a longer name are present with no postings and the {@link #PREFIX} flag, so a
 * recogniser extends a multi-word match only while some name can still follow: this token-level dictionary is the
 * multi-pattern automaton, restricted to token boundaries, and it loads as flat arrays.
 */
final class KeyTable {
  static final byte PREFIX = 1;

  private final char[] pool;
  private final int[] keyEnd; // key i spans pool[keyEnd[i-1] .. keyEnd[i])
  /**
   * The open-addressing slots (the artifact's slot order: key index + 1, 0 = empty), each packed in memory with what
   * a probe needs: where the key's chars start in the pool, its length, its prefix and has-postings flags, its
   * index, and a 6-bit fingerprint of its hash. A probe of a slot holding another key then stops in the slot array
   * (no read of the key's bounds, chars or flags: each of those is a cache miss in a table of this size), and a hit
   * reads only the key's chars. See {@link #lookup}.
   */
  private final long[] slots;
  /** What {@link #lookup} returns for an absent key (no packed slot is -1). */
  static final long EMPTY = -1L;
  private static final int POOL_BITS = 28, LEN_SHIFT = 28, LONG_KEY = 63, PREFIX_BIT = 34, POSTINGS_BIT = 35;
  private static final int KEY_SHIFT = 36, KEY_BITS = 22, FP_SHIFT = 58;
  private final byte[] flags;
  private final int[] postEnd; // postings of key i: [postEnd[i-1], postEnd[i])
  private final int[] postEntry;
  private final byte[] postKind;
  /** Bloom-style filter over all key hashes (2^23 bits, 1 MB): most misses end here, in cache. */
  private final long[] filter = new long[1 << 17];
  private static final int FILTER_MASK = (1 << 23) - 1;

  private KeyTable(char[] pool, int[] keyEnd, int[] slotKeys, byte[] flags, int[] postEnd, int[] postEntry, byte[] postKind) {
    if (pool.length >= 1 << POOL_BITS || keyEnd.length >= 1 << KEY_BITS) {
      throw new IllegalStateException("key table too large for its packed slots: " + keyEnd.length + " keys, "
          + pool.length + " chars");
    }
    this.pool = pool;
    this.keyEnd = keyEnd;
    this.flags = flags;
    this.postEnd = postEnd;
    this.postEntry = postEntry;
    this.postKind = postKind;
    this.slots = new long[slotKeys.length];
    for (int h = 0; h < slotKeys.length; h++) {
      int k = slotKeys[h] - 1;
      if (k < 0) {
        slots[h] = EMPTY;
        continue;
      }
      int s = k == 0 ? 0 : keyEnd[k - 1];
      int full = hash(pool, s, keyEnd[k] - s);
      int b = (full >>> 7) & FILTER_MASK;
      filter[b >>> 6] |= 1L << (b & 63);
      slots[h] = (long) s | (long) Math.min(keyEnd[k] - s, LONG_KEY) << LEN_SHIFT
          | (long) (flags[k] & PREFIX) << PREFIX_BIT | (postEnd[k] > postingsStart(k) ? 1L : 0L) << POSTINGS_BIT
          | (long) k << KEY_SHIFT | (long) fingerprint(full) << FP_SHIFT;
    }
  }

  private static int fingerprint(int hash) {
    return hash >>> 26; // bits the slot index (low bits) does not use
  }

  /** Posting lists being built: entry index and name kind packed as {@code entry << 8 | kind}. */
  static KeyTable build(Map<String, long[]> postings, java.util.Set<String> prefixes) {
    List<String> keys = new ArrayList<>(postings.keySet());
    for (String p : prefixes) if (!postings.containsKey(p)) keys.add(p);
    java.util.Collections.sort(keys);
    int n = keys.size();
    int chars = 0, posts = 0;
    for (String k : keys) {
      chars += k.length();
      long[] p = postings.get(k);
      if (p != null) posts += (int) p[0];
    }
    char[] pool = new char[chars];
    int[] keyEnd = new int[n];
    byte[] flags = new byte[n];
    int[] postEnd = new int[n];
    int[] postEntry = new int[posts];
    byte[] postKind = new byte[posts];
    int c = 0, q = 0;
    for (int i = 0; i < n; i++) {
      String k = keys.get(i);
      k.getChars(0, k.length(), pool, c);
      c += k.length();
      keyEnd[i] = c;
      if (prefixes.contains(k)) flags[i] |= PREFIX;
      long[] p = postings.get(k);
      if (p != null) {
        for (int j = 1; j <= p[0]; j++) {
          postEntry[q] = (int) (p[j] >>> 8);
          postKind[q] = (byte) (p[j] & 0xFF);
          q++;
        }
      }
      postEnd[i] = q;
    }
    int cap = Integer.highestOneBit(Math.max(4, n * 2)) << 1;
    int[] slots = new int[cap];
    for (int i = 0; i < n; i++) {
      int s = i == 0 ? 0 : keyEnd[i - 1];
      int h = hash(pool, s, keyEnd[i] - s) & (cap - 1);
      while (slots[h] != 0) h = (h + 1) & (cap - 1);
      slots[h] = i + 1;
    }
    return new KeyTable(pool, keyEnd, slots, flags, postEnd, postEntry, postKind);
  }

  static int hash(char[] buf, int off, int len) {
    int h = 0x811C9DC5;
    for (int i = 0; i < len; i++) h = (h ^ buf[off + i]) * 0x01000193;
    return h ^ (h >>> 16);
  }

  /** Index of the key {@code buf[off, off+len)}, or -1. */
  int find(char[] buf, int off, int len) {
    long e = lookup(buf, off, len);
    return e == EMPTY ? -1 : key(e);
  }

  /**
   * The packed slot of the key {@code buf[off, off+len)}, or -1 when absent; read it with {@link #key(long)},
   * {@link #isPrefix(long)} and {@link #hasPostings(long)} (no further read of the table's arrays).
   */
  long lookup(char[] buf, int off, int len) {
    int mask = slots.length - 1;
    int full = hash(buf, off, len);
    int b = (full >>> 7) & FILTER_MASK;
    if ((filter[b >>> 6] & (1L << (b & 63))) == 0) return EMPTY;
    int fp = fingerprint(full);
    int h = full & mask;
    while (true) {
      long e = slots[h];
      if (e == EMPTY) return EMPTY;
      if ((int) (e >>> FP_SHIFT) == fp) {
        int s = (int) e & ((1 << POOL_BITS) - 1);
        int kl = (int) (e >>> LEN_SHIFT) & LONG_KEY;
        if (kl == LONG_KEY) kl = keyEnd[key(e)] - s;
        if (kl == len) {
          int i = 0;
          while (i < len && pool[s + i] == buf[off + i]) i++;
          if (i == len) return e;
        }
      }
      h = (h + 1) & mask;
    }
  }

  static int key(long slot) {
    return (int) (slot >>> KEY_SHIFT) & ((1 << KEY_BITS) - 1);
  }

  static boolean isPrefix(long slot) {
    return (slot & 1L << PREFIX_BIT) != 0;
  }

  static boolean hasPostings(long slot) {
    return (slot & 1L << POSTINGS_BIT) != 0;
  }

  /**
   * A 2^20-bit filter of the keys with a posting of {@code kind}: a word whose bit is clear has no such posting,
   * decided in L2 cache without touching the table (lower-case words are checked for demonyms only).
   */
  WordFilter kindFilter(byte kind) {
    WordFilter f = new WordFilter(20);
    for (int k = 0; k < keyEnd.length; k++) {
      for (int p = postingsStart(k); p < postEnd[k]; p++) {
        if (postKind[p] == kind) {
          int s = k == 0 ? 0 : keyEnd[k - 1];
          f.add(pool, s, keyEnd[k] - s);
          break;
        }
      }
    }
    return f;
  }

  int find(String key) {
    char[] c = key.toCharArray();
    return find(c, 0, c.length);
  }

  boolean isPrefix(int key) {
    return (flags[key] & PREFIX) != 0;
  }

  int postingsStart(int key) {
    return key == 0 ? 0 : postEnd[key - 1];
  }

  int postingsEnd(int key) {
    return postEnd[key];
  }

  int entry(int posting) {
    return postEntry[posting];
  }

  byte kind(int posting) {
    return postKind[posting];
  }

  int size() {
    return keyEnd.length;
  }

  int postings() {
    return postEntry.length;
  }

  String key(int k) {
    int s = k == 0 ? 0 : keyEnd[k - 1];
    return new String(pool, s, keyEnd[k] - s);
  }

  void write(DataOutputStream out) throws IOException {
    BinaryArrays.writeChars(out, pool, pool.length);
    BinaryArrays.writeInts(out, keyEnd, keyEnd.length);
    int[] slotKeys = new int[slots.length];
    for (int h = 0; h < slots.length; h++) slotKeys[h] = slots[h] == EMPTY ? 0 : key(slots[h]) + 1;
    BinaryArrays.writeInts(out, slotKeys, slotKeys.length);
    BinaryArrays.writeBytes(out, flags, flags.length);
    BinaryArrays.writeInts(out, postEnd, postEnd.length);
    BinaryArrays.writeInts(out, postEntry, postEntry.length);
    BinaryArrays.writeBytes(out, postKind, postKind.length);
  }

  static KeyTable read(ByteBuffer in) {
    return new KeyTable(BinaryArrays.readChars(in), BinaryArrays.readInts(in), BinaryArrays.readInts(in),
        BinaryArrays.readBytes(in), BinaryArrays.readInts(in), BinaryArrays.readInts(in), BinaryArrays.readBytes(in));
  }
}
