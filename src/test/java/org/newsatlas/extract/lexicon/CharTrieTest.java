package org.newsatlas.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CharTrieTest {
  private static int lookup(CharTrie t, String key) {
    int node = 0;
    for (int i = 0; i < key.length() && node >= 0; i++) node = t.child(node, key.charAt(i));
    return node < 0 ? -1 : t.value(node);
  }

  @Test
  void findsEveryKeyAndNoOtherAfterManyRehashes() {
    CharTrie t = new CharTrie();
    Map<String, Integer> keys = new HashMap<>();
    Random r = new Random(3);
    String alphabet = "abcdeé ال-";
    for (int i = 0; i < 5000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = 1 + r.nextInt(8); k > 0; k--) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      keys.put(b.toString(), i);
    }
    keys.forEach(t::add);
    keys.forEach((k, v) -> assertEquals(v, lookup(t, k), k));
    assertEquals(-1, lookup(t, "zzz"));
    assertTrue(t.nodes() > 1000);
  }

  @Test
  void prefixesOfKeysHaveNoValue() {
    CharTrie t = new CharTrie();
    t.add("al qaida", 7);
    assertEquals(7, lookup(t, "al qaida"));
    assertEquals(-1, lookup(t, "al"));
    assertEquals(-1, lookup(t, "al qaidas"));
  }
}
