package org.newsatlas.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static List<String> split(String text) {
    SentenceSplitter s = new SentenceSplitter();
    int n = s.split(text);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(text.substring(s.start(i), s.end(i)));
    return out;
  }

  @Test
  void abbreviationsInitialsAndNumbersDoNotEndSentences() {
    assertEquals(List.of("M. Dupont a parlé à 10.30 avec le Dr. Martin.", "Il est reparti."),
        split("M. Dupont a parlé à 10.30 avec le Dr. Martin. Il est reparti."));
    assertEquals(List.of("U.S. forces left Iraq.", "\"It is over,\" he said."),
        split("U.S. forces left Iraq. \"It is over,\" he said."));
  }

  @Test
  void scrapedLowerCaseStartsAndArabicQuestionMark() {
    assertEquals(List.of("Des roquettes ont été tirées.", "le 22 janvier, des drones ont visé Riyad."),
        split("Des roquettes ont été tirées. le 22 janvier, des drones ont visé Riyad."));
    assertEquals(2, split("هل انتهت الحرب؟ قال المتحدث إنها لم تنته.").size());
  }

  @Test
  void offsetsAndSentenceLookup() {
    String t = "One. Two two.\n\nThree";
    SentenceSplitter s = new SentenceSplitter();
    assertEquals(3, s.split(t));
    assertEquals(0, s.sentenceOf(2));
    assertEquals(1, s.sentenceOf(t.indexOf("Two")));
    assertEquals(2, s.sentenceOf(t.indexOf("Three")));
    assertEquals("Three", t.substring(s.start(2), s.end(2)));
  }
}
