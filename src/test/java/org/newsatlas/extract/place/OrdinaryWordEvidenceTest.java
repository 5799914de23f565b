package org.newsatlas.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.extract.Mention;

/** Ordinary words, calendar words, persons' names and agency acronyms need evidence to be places (real gazetteer). */
class OrdinaryWordEvidenceTest {
  private static List<String> surfaces(String text, String lang) {
    PlaceExtractor ex = new PlaceExtractor(PlaceTestSupport.real(), PlaceTestSupport.confDir());
    return ex.extract(text, lang).stream().map(Mention::surface).toList();
  }

  @Test
  void calendarAbbreviationsAreNoPlaces() {
    List<String> s = surfaces("Wed 05 Apr 2017 Fighting resumed in Damascus. On Mon and Sun the roads were closed.", "en");
    assertEquals(List.of("Damascus"), s);
  }

  @Test
  void dictionaryWordsNeedEvidence() {
    List<String> s = surfaces("Date of issue unknown. Free meals were served and the Civil Defence came to Homs.", "en");
    assertEquals(List.of("Homs"), s);
  }

  @Test
  void personNamesAndTheirPluralsAreNoPlaces() {
    List<String> s = surfaces("The Assads have ruled Syria since 1970, Obama said.", "en");
    assertEquals(List.of("Syria"), s);
  }

  @Test
  void firstNamesNeedEvidence() {
    // Pierre (South Dakota) and Charles (Charles County, Maryland, by its name without "County") are first names here.
    assertEquals(List.of("Rennes"), surfaces("Le petit Pierre et son frère Charles sont partis pour Rennes.", "fr"));
    assertEquals(List.of("Pierre", "South Dakota"), surfaces("Lawmakers met in Pierre, South Dakota, on Monday.", "en"));
  }

  @Test
  void agencyAcronymIsNoPlace() {
    List<String> s = surfaces("State news agency SANA reported shelling near Hama.", "en");
    assertFalse(s.contains("SANA"), s.toString());
    assertTrue(s.contains("Hama"), s.toString());
  }

  @Test
  void qualifierBacksAnOrdinaryWord() {
    assertTrue(surfaces("A girl from Buffalo, New York, died on Tuesday.", "en").contains("Buffalo"));
  }

  @Test
  void countriesNamedLikeWordsStay() {
    assertEquals(List.of("Turkey", "Chad"), surfaces("Talks between Turkey and Chad ended.", "en"));
  }

  @Test
  void focusCountryHomonymWins() {
    PlaceExtractor ex = new PlaceExtractor(PlaceTestSupport.real(), PlaceTestSupport.confDir());
    List<Mention> sy = ex.extract("Shelling hit Adra and Douma near Damascus.", "en");
    assertEquals("SY", sy.get(0).countryCode(), sy.toString());
    List<Mention> es = ex.extract("The port of Adra in Almería lies in Spain.", "en");
    assertEquals("ES", es.get(0).countryCode(), es.toString());
  }

  @Test
  void possessiveWithoutApostropheAndHijriMonthsAreNoFuzzyPlaces() {
    assertEquals(List.of("Aleppo"), surfaces("Syrias army advanced in Aleppo during Ramadan.", "en"));
  }
}
