package org.newsatlas.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.extract.Mention;

/**
 * Resolution by the words around a name (real gazetteer): lists of divisions, "Town, Area" qualifiers, head nouns
 * ("state", "Sea"), namesakes that are small capitals, alternate names, capitals against co-located hamlets.
 */
class PlaceContextRulesTest {
  private static final PlaceExtractor EX = new PlaceExtractor(PlaceTestSupport.real(), PlaceTestSupport.confDir());

  private static List<Mention> all(String text) {
    return EX.extract(text, "en");
  }

  private static Mention only(String text, String surface) {
    for (Mention m : all(text)) if (m.surface().equals(surface)) return m;
    return fail("no mention '" + surface + "' in: " + all(text).stream().map(Mention::surface).toList());
  }

  @Test
  void aNameListedWithStatesIsAState() {
    Mention m = only("Outbreaks were confirmed in Colorado, Georgia, Idaho and Kansas last week.", "Georgia");
    assertEquals("US", m.countryCode());
    assertEquals("ADM1", m.featureCode());
    assertTrue(m.method().endsWith("/list"), m.method());
    Mention ok = only("Recalls reached shops in Oklahoma, Pennsylvania and Ohio.", "Oklahoma");
    assertEquals("ADM1", ok.featureCode());
  }

  @Test
  void aTownInTheNextNamesStateIsAQualifierNotAList() {
    Mention m = only("He was flown to a hospital in Columbia, Missouri, after the crash.", "Columbia");
    assertEquals("US", m.countryCode());
    assertNotEquals("ADM1", m.featureCode());
  }

  @Test
  void theQualifierOfATownIsTheAreaThatHoldsIt() {
    Mention us = only("The company is based in Macon, Georgia, and sells peanuts.", "Georgia");
    assertEquals("US", us.countryCode());
    assertEquals("ADM1", us.featureCode());
    assertEquals("GE", only("She flew home to Tbilisi, Georgia, on Friday.", "Georgia").countryCode());
  }

  @Test
  void anAdministrativeHeadNounPicksTheDivision() {
    Mention m = only("Farmers in the state of Washington sold fewer apples this year.", "Washington");
    assertEquals("ADM1", m.featureCode());
    assertEquals("US", m.countryCode());
    assertEquals("ADM1", only("The cow came from a Washington state farm.", "Washington").featureCode());
  }

  @Test
  void aPhysicalFeatureHeadNounKeepsSmallTownsOut() {
    for (Mention m : all("Ships crossed the Baltic Sea while hikers reached the Ural Mountains.")) {
      assertNotEquals("PPL", m.featureCode(), m.toString());
    }
    for (Mention m : all("Floods hit the Danube Delta and the Central Plateau again.")) {
      assertNotEquals("ADM1", m.featureCode(), m.toString());
    }
  }

  @Test
  void capitalsAndTownsAbroadDoNotTakeADivisionsNameWithoutContext() {
    // Victoria is also a small capital (Seychelles) and a provincial capital (British Columbia): the article decides.
    Mention vic = only("In Victoria, fires near Ballarat and Bendigo were contained.", "Victoria");
    assertEquals("AU", vic.countryCode());
    assertEquals("ADM1", vic.featureCode());
    assertEquals("PS", only("Aid trucks entered Gaza on Monday.", "Gaza").countryCode());
  }

  @Test
  void aTownMissingFromTheGazetteerTakesItsQualifiersArea() {
    Mention m = only("He lives near Stroud, Ontario, with his family.", "Stroud");
    assertEquals("CA", m.countryCode());
  }

  @Test
  void theMainNameBeatsAnAlternateName() {
    assertEquals("geonames:4818074", only("A woman from Philippi, West Virginia, was charged.", "Philippi").entityId());
  }

  @Test
  void aWorldCapitalBeatsAHamletInANamedStateWhenItsCountryIsNamedToo() {
    String text = "Health officers in Illinois and Egypt screened passengers arriving at Cairo airport.";
    assertEquals("EG", only(text, "Cairo").countryCode());
    Mention k = only("Police in Brisbane, Queensland said a cyclist was hurt in Kingston on Monday.", "Kingston");
    assertEquals("AU", k.countryCode());
  }

  @Test
  void strayTownsDoNotMoveAnAreasBox() {
    float[] lat = {30f, 31f, 32f, 33f, 34f};
    assertEquals(32f, GazetteerBuilder.middle(lat), 1e-6);
    float[] many = new float[200];
    for (int i = 0; i < 199; i++) many[i] = 30f + i * 0.02f;
    many[199] = 60f; // one town filed under the area, far away
    java.util.Arrays.sort(many);
    assertEquals((30f + many[198]) / 2, GazetteerBuilder.middle(many), 1e-4);
  }

  @Test
  void aCapitalNamedByItsExonymIsNotOutweighedByTheArticlesFocusCountry() {
    // "Bagdad" is Baghdad's French name (an alternate name in GeoNames) and the main name of a Florida hamlet; the
    // story's other places are the United States.
    String text = "Des milliers de manifestants se sont rassemblés à Bagdad contre la frappe américaine. "
        + "Ils ont réclamé le départ des troupes des États-Unis, et Washington a renforcé son ambassade.";
    Mention m = EX.extract(text, "fr").stream().filter(x -> x.surface().equals("Bagdad")).findFirst().orElseThrow();
    assertEquals("IQ", m.countryCode(), m.method());
  }
}
