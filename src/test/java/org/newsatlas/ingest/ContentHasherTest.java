package org.newsatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsatlas.core.Hashing;

class ContentHasherTest {
  /** The definition: fold into a String, hash its UTF-8 bytes. */
  private static String reference(String text) {
    StringBuilder sb = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = sb.length() > 0;
        continue;
      }
      if (space) sb.append(' ');
      space = false;
      sb.append(Character.toLowerCase(c));
    }
    return Hashing.sha256Hex(32, sb.toString());
  }

  @Test
  void foldsCaseAndLayoutLikeTheFoldedString() {
    ContentHasher h = new ContentHasher();
    for (String s : new String[] {"", "   ", "A  b\n\nC", " a b c ", "Émeutes à Bagdad\u00A0: 12 morts", "بعقوبة  العراق",
        "Ünïcödé\tTEXT\r\n", "\uD83D\uDE00 emoji \uD83D\uDE01"}) {
      assertEquals(reference(s), h.hash(s, 32), s);
    }
  }

  @Test
  void unpairedSurrogatesHashAsStringBytesDo() {
    ContentHasher h = new ContentHasher();
    for (String s : new String[] {"\uD83D", "a\uD83D b", "\uDE00x", "x\uD83D", "\uD83D \uDE00", "\uD83D\uD83D\uDE00"}) {
      assertEquals(reference(s), h.hash(s, 32), s);
    }
  }

  @Test
  void randomTextsLongerThanTheBuffer() {
    Random r = new Random(7);
    char[] alphabet = "aZ é\u00A0\n\t.Ω\u0628\u0629\uD83D\uDE00\u2003\u00DFİ".toCharArray();
    ContentHasher h = new ContentHasher();
    for (int t = 0; t < 200; t++) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(t < 20 ? 20_000 : 300);
      for (int i = 0; i < n; i++) sb.append(alphabet[r.nextInt(alphabet.length)]);
      String s = sb.toString();
      assertEquals(reference(s), h.hash(s, 32), "text " + t);
    }
  }
}
