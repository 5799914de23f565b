package org.newsatlas.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.newsatlas.extract.actor.ActorExtractor;

/** News-style snippets written for the project, one main subtype each (src/test/resources/events/snippets.psv). */
class EventSnippetsTest {
  static EventExtractor ex;
  static ActorExtractor ax;

  @BeforeAll
  static void load() {
    ex = new EventExtractor("conf");
    ax = new ActorExtractor("conf");
  }

  @ParameterizedTest
  @CsvFileSource(resources = "/events/snippets.psv", delimiter = '|', quoteCharacter = '\u0000')
  void mainSubtype(String lang, String text, String expected) {
    if (lang.startsWith("#")) return;
    assertEquals(expected, ex.mainSubtype(text, lang, LocalDate.of(2021, 1, 1), ax.extract(text, lang)), text);
  }
}
