package org.newsatlas.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordFilterTest {
  @Test
  void keepsEveryWordAddedAndRejectsMostOthers() {
    WordFilter f = new WordFilter();
    for (int i = 0; i < 2000; i++) f.add("w" + i);
    for (int i = 0; i < 2000; i++) {
      char[] c = ("  w" + i + " ").toCharArray();
      assertTrue(f.mayContain(c, 2, c.length - 3), "w" + i);
    }
    int passed = 0;
    for (int i = 0; i < 10_000; i++) {
      char[] c = ("x" + i).toCharArray();
      if (f.mayContain(c, 0, c.length)) passed++;
    }
    assertTrue(passed < 500, passed + " of 10,000 absent words pass"); // about 3% expected with 2,000 words
  }

  @Test
  void aLargerFilterTakesWordsFromACharRangeAndRejectsMore() {
    WordFilter f = new WordFilter(20);
    char[] pool = "irakienamericainsyrien".toCharArray();
    f.add(pool, 0, 7);
    f.add(pool, 7, 9);
    assertTrue(f.mayContain("irakien".toCharArray(), 0, 7));
    assertTrue(f.mayContain(" americain".toCharArray(), 1, 9));
    int passed = 0;
    for (int i = 0; i < 10_000; i++) {
      char[] c = ("x" + i).toCharArray();
      if (f.mayContain(c, 0, c.length)) passed++;
    }
    assertTrue(passed < 10, passed + " of 10,000 absent words pass"); // 2 words in 2^20 bits
    assertThrows(IllegalArgumentException.class, () -> new WordFilter(5));
  }

  @Test
  void firstWordEndsAtTheFirstNonWordChar() {
    assertEquals("al", WordFilter.firstWord("al qaida"));
    assertEquals("jama", WordFilter.firstWord("jama'at"));
    assertEquals("", WordFilter.firstWord(" x"));
    assertEquals("الجيش", WordFilter.firstWord("الجيش الحر"));
    char[] t = "le front, x".toCharArray();
    assertEquals(8, WordFilter.wordEnd(t, 3, t.length));
    assertEquals(3, WordFilter.wordEnd(t, 3, 3));
  }
}
