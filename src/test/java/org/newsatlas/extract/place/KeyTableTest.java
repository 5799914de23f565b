package org.newsatlas.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyTableTest {
  private static final String LONG = "x".repeat(70); // longer than a packed slot's length field

  @Test
  void findsEveryKeyWithItsFlagsBeforeAndAfterARoundTripThroughTheArtifactFormat() throws Exception {
    Map<String, long[]> postings = new HashMap<>();
    Set<String> prefixes = new HashSet<>();
    Random r = new Random(5);
    for (int i = 0; i < 20_000; i++) {
      String k = "k" + Integer.toString(r.nextInt(1_000_000), 36) + (i % 7 == 0 ? " ville" : "");
      postings.put(k, new long[] {1, (long) i << 8 | Gazetteer.NAME});
    }
    postings.put(LONG, new long[] {2, 1L << 8 | Gazetteer.ALT, 2L << 8 | Gazetteer.NAME});
    prefixes.add("new"); // a prefix only: no postings
    prefixes.add(LONG);
    KeyTable built = KeyTable.build(postings, prefixes);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    built.write(new DataOutputStream(bytes));
    KeyTable read = KeyTable.read(ByteBuffer.wrap(bytes.toByteArray()));
    for (KeyTable t : new KeyTable[] {built, read}) {
      for (String k : postings.keySet()) {
        int key = t.find(k);
        assertTrue(key >= 0, k);
        assertEquals(k, t.key(key));
        char[] c = ("  " + k).toCharArray();
        long slot = t.lookup(c, 2, k.length());
        assertEquals(key, KeyTable.key(slot));
        assertTrue(KeyTable.hasPostings(slot));
        assertEquals(prefixes.contains(k), KeyTable.isPrefix(slot), k);
      }
      long n = t.lookup("new".toCharArray(), 0, 3);
      assertTrue(KeyTable.isPrefix(n));
      assertFalse(KeyTable.hasPostings(n));
      assertEquals(2, t.postingsEnd(t.find(LONG)) - t.postingsStart(t.find(LONG)));
      for (String absent : new String[] {"", "ne", "neww", LONG + "x", LONG.substring(1), "zzz"}) {
        assertEquals(-1, t.find(absent), absent);
        assertEquals(KeyTable.EMPTY, t.lookup(absent.toCharArray(), 0, absent.length()));
      }
    }
  }
}
