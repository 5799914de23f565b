package org.newsatlas.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateResolverTest {
  static DateResolver dr;

  @BeforeAll
  static void load() {
    dr = new DateResolver("conf");
  }

  // text | lang | published | expected date | precision | expected surface
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Le 26 janvier, une attaque a visé un convoi.|fr|2021-02-03|2021-01-26|day|26 janvier",
      "Les faits du 19 janvier 2021 sont établis.|fr|2021-02-03|2021-01-19|day|19 janvier 2021",
      "Une attaque le 26 janvier.|fr|2021-01-02|2020-01-26|day|26 janvier",
      "Un attentat le 30 décembre.|fr|2021-01-02|2020-12-30|day|30 décembre",
      "Le sommet aura lieu le 3 mars prochain.|fr|2021-02-03|2021-03-03|day|3 mars prochain",
      "Le 1er février, la base a été visée.|fr|2021-02-03|2021-02-01|day|1er février",
      "Mardi dernier, trois roquettes sont tombées.|fr|2021-02-03|2021-02-02|day|Mardi dernier",
      "Lundi, trois roquettes sont tombées.|fr|2021-02-03|2021-02-01|day|Lundi",
      "Mercredi, le convoi a été attaqué.|fr|2021-02-03|2021-02-03|day|Mercredi",
      "mercredi dernier, le convoi a été attaqué.|fr|2021-02-03|2021-01-27|day|mercredi dernier",
      "Il a été tué hier.|fr|2021-02-03|2021-02-02|day|hier",
      "Il a été tué avant-hier.|fr|2021-02-03|2021-02-01|day|avant-hier",
      "Il est arrivé aujourd'hui.|fr|2021-02-03|2021-02-03|day|aujourd'hui",
      "Cette semaine un soldat a été tué.|fr|2021-02-03|2021-02-01|week|Cette semaine",
      "La semaine dernière, deux drones.|fr|2021-02-03|2021-01-25|week|La semaine dernière",
      "Le mois dernier, deux drones.|fr|2021-02-03|2021-01-01|month|Le mois dernier",
      "Il est parti en janvier.|fr|2021-02-03|2021-01-01|month|en janvier",
      "Daté du 26/01/2021.|fr|2021-02-03|2021-01-26|day|26/01/2021",
      "Published 2021-01-26 at noon.|en|2021-02-03|2021-01-26|day|2021-01-26",
      "On January 26 a convoy was hit.|en|2021-02-03|2021-01-26|day|January 26",
      "It happened on Jan. 26, 2021 near the border.|en|2021-02-03|2021-01-26|day|Jan. 26, 2021",
      "The 26th of January was calm.|en|2021-02-03|2021-01-26|day|26th of January",
      "Rockets hit the base last Tuesday.|en|2021-02-03|2021-02-02|day|last Tuesday",
      "Rockets hit the base on Monday.|en|2021-02-03|2021-02-01|day|Monday",
      "Talks resume next Monday.|en|2021-02-03|2021-02-08|day|next Monday",
      "He was killed yesterday.|en|2021-02-03|2021-02-02|day|yesterday",
      "Two soldiers died this week.|en|2021-02-03|2021-02-01|week|this week",
      "Fighting resumed last week.|en|2021-01-01|2020-12-21|week|last week",
      "The strike on December 30 killed two.|en|2021-01-02|2020-12-30|day|December 30",
      "The strike on February 3 killed two.|en|2021-01-02|2020-02-03|day|February 3",
      "Elections in March 2021 were tense.|en|2021-06-01|2021-03-01|month|March 2021",
  })
  void resolves(String text, String lang, String published, String expected, String precision, String surface) {
    List<DateMention> ds = dr.resolve(text, lang, LocalDate.parse(published));
    assertEquals(1, ds.size(), "one date in: " + text + " -> " + ds);
    DateMention d = ds.get(0);
    assertEquals(LocalDate.parse(expected), d.date(), text);
    assertEquals(precision, d.precision(), text);
    assertEquals(surface, text.substring(d.start(), d.end()), text);
  }

  @Test
  void modalVerbsAndNumbersAreNotDates() {
    assertTrue(dr.resolve("Troops may 2 times attack; 3 drones and 40 miles.", "en", LocalDate.of(2021, 2, 3)).isEmpty());
    assertTrue(dr.resolve("Le 31 février n'existe pas.", "fr", LocalDate.of(2021, 2, 3)).isEmpty());
  }
}
