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
  void aCapitalBeatsANamesakeInTheStoryStateOnceItsCountryIsNamed() {
    String text = "A teacher from Lexington, Kentucky, was on holiday in France with her sons. She saw the police "
        + "close a boulevard in Paris on Friday, and the family flies home to Kentucky next week.";
    assertEquals("FR", only(text, "Paris").countryCode());
    // Without France named, a Kentucky story's Paris stays the Kentucky town.
    String local = "Farmers from Lexington, Kentucky, drove to the livestock fair in Paris on Friday.";
    assertEquals("US", only(local, "Paris").countryCode());
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

  @Test
  void aCoLocatedVariantSpellingDoesNotBeatAMuchLargerPlaceOfThatVeryName() {
    // "Pittsburgh" is an alternate spelling of Pittsburg, California; the story names California twice.
    String text = "Health officials in California, from Los Angeles to San Diego, asked doctors at a children's "
        + "hospital in Pittsburgh for advice.";
    Mention m = only(text, "Pittsburgh");
    assertEquals("Pennsylvania", m.admin1(), m.method());
  }

  @Test
  void aFeatureNamedAfterATownAbroadIsNotThatTown() {
    String text = "Rescuers in Auckland, New Zealand, found the kayak near Islington Bay on Sunday.";
    for (Mention m : all(text)) assertNotEquals("GB", m.countryCode(), m.toString());
  }

  @Test
  void aVillageAbroadNamedBareInAStoryAboutAnotherCountryIsANamesake() {
    String text = "Police in London and Manchester said the two men met at a sushi bar in Piccadilly. "
        + "Britain has asked for the suspect's extradition.";
    for (Mention m : all(text)) assertEquals("GB", m.countryCode(), m.toString());
    // The qualifier still places a village abroad.
    Mention q = only("Coaches in Toronto and Ottawa said she had trained in Innisfail, Queensland, as a child.",
        "Innisfail");
    assertEquals("AU", q.countryCode());
  }

  @Test
  void townsListedTogetherLieInOneCountry() {
    // "Suba" is a variant spelling of Suva (Fiji's capital); its neighbours in the list are Kenyan towns.
    String text = "New clinics opened in Suba, Migori and Homa Bay, the Kenyan health ministry said.";
    for (Mention m : all(text)) assertNotEquals("FJ", m.countryCode(), m.toString());
    // A large city of its own name keeps its reading next to a town of another country.
    assertEquals("GB", only("Tests carried out in London and Munich were negative.", "London").countryCode());
  }

  @Test
  void aCountryNameIsAStateOfTheCountryTheStoryIsIn() {
    String text = "Farms in Alabama and Iowa sent samples to a laboratory in Georgia for testing.";
    Mention m = only(text, "Georgia");
    assertEquals("US", m.countryCode());
    assertEquals("ADM1", m.featureCode());
    assertEquals("GE", only("Talks between Russia and Georgia resumed in Geneva.", "Georgia").countryCode());
    assertEquals("GE", only("Farms in Alabama sent samples to a laboratory in Georgia.", "Georgia").countryCode());
  }

  @Test
  void aTownInANamedProvinceBeatsADivisionOfAnotherCountry() {
    String text = "In the Cajamarca region of Peru, mercury spilled near the villages of Choropampa and Magdalena.";
    assertEquals("PE", only(text, "Magdalena").countryCode());
    assertEquals("CO", only("Floods hit Magdalena and Cesar departments.", "Magdalena").countryCode());
  }

  @Test
  void compassRegionsAreRegionsOfTheirOwn() {
    String text = "Birds fly from Northern Europe to the Pacific Northwest and the South Pacific.";
    assertEquals("Northern Europe", only(text, "Northern Europe").name());
    assertEquals("Pacific Northwest", only(text, "Pacific Northwest").name());
    assertEquals("South Pacific", only(text, "South Pacific").name());
  }

  @Test
  void aNameWhoseReadingsAllLieInOneAreaPlacesTheNamesBeforeIt() {
    // Cairns (the city and its region, both in Queensland) comes after Edmonton, a suburb of Cairns and a large
    // Canadian city: Cairns is settled in round 1 and anchors Queensland for Edmonton.
    Mention m = only("The man was found at a house in Edmonton, south of Cairns, on Sunday.", "Edmonton");
    assertEquals("AU", m.countryCode(), m.method());
  }

  @Test
  void aCitySectionOfAHundredThousandPeopleIsAPlaceInItsOwnRight() {
    // Hollywood, Los Angeles, is a section of a city (PPLX); Hollywood, Florida, a town a little smaller.
    Mention m = only("The actress flew back to Hollywood after the festival.", "Hollywood");
    assertEquals("California", m.admin1(), m.method());
  }

  @Test
  void twoCompassWordsOpenALongerCompassName() {
    // Kenya's former North Eastern Province is not in the gazetteer; Saudi Arabia's Eastern Province is.
    String text = "Twelve people died in North Eastern Province and seven in the Rift Valley, Kenyan officials said.";
    for (Mention m : all(text)) assertNotEquals("SA", m.countryCode(), m.toString());
    assertEquals("SY", only("Fighting spread across Northern Syria overnight.", "Syria").countryCode());
    assertEquals("SA", only("Oil output rose in the Eastern Province of Saudi Arabia.", "Eastern Province").countryCode());
  }

  @Test
  void aLowerCaseWordMatchingOnlyAnAbbreviationIsNoPlace() {
    assertEquals(List.of(), all("He was charged under the Consumer Act and the Mental Health Act.").stream()
        .map(Mention::surface).toList());
    assertEquals(List.of(), all("\"Wash your hands,\" the leaflet says.").stream().map(Mention::surface).toList());
    assertEquals("AU", only("Canberra is in the ACT, not in New South Wales.", "ACT").countryCode());
  }

  @Test
  void aFirstNameBeforeAnArabicArticleAndASurnameIsAPerson() {
    assertEquals(List.of(), all("\"The virus is here,\" Hassan el Bushra told reporters.").stream()
        .map(Mention::surface).toList());
    assertEquals("IN", only("Floods cut the roads to Hassan in Karnataka.", "Hassan").countryCode());
  }

  @Test
  void aTownsNameBeforeADiseaseWordNamesTheDisease() {
    String text = "Marburg virus killed a herder in Uganda. Because Marburg kills slowly, doctors have time.";
    assertEquals(List.of("Uganda"), all(text).stream().map(Mention::surface).toList());
    assertEquals(List.of("Uganda"), all("Pigs carried Reston ebolavirus, Uganda said.").stream().map(Mention::surface).toList());
    // A country keeps its name: strains named after countries are annotated as places.
    assertEquals("SD", only("Unlike the Sudan virus, it spreads slowly.", "Sudan").countryCode());
  }

  @Test
  void aSecondOrderQualifierHoldsTheTownsNearIt() {
    // Davao del Sur is a province (ADM2) of the Davao Region; the Philippines have a dozen Santa Marias.
    Mention m = only("Officials in Bulacan, Pampanga and Tarlac said floods also reached Santa Maria, Davao del Sur.",
        "Santa Maria");
    assertEquals("Davao Region", m.admin1(), m.method());
  }

  @Test
  void aSpellingVariantGluedToAnotherNameIsPartOfThatName() {
    // Transliteration-tolerant matches of first names and surnames beside another capitalised word.
    assertNoMention("The Romanian minister Gheorghe Popescu said that more farms in Romania would be tested.", "Gheorghe");
    assertNoMention("A spokesman, Georgi Ivanov, spoke to reporters in Sofia.", "Georgi");
    assertNoMention("The vet, Dr. Nestor Barroga, said the pigs of Leyte were tested.", "Barroga");
    assertNoMention("Diners queued outside Teppan Grill in Tappan, New York, on Saturday.", "Teppan");
    // The same variant stays a place alone, before a place head, or after a sentence-initial ordinary word.
    assertEquals("IQ", only("Fighting resumed near Baaqoubah, in Iraq's Diyala province, on Monday.", "Baaqoubah").countryCode());
    assertEquals("IQ", only("Fighting resumed near Baaqoubah Province, in Iraq, on Monday.", "Baaqoubah").countryCode());
    assertEquals("IQ", only("In Baaqoubah, in Iraq, fighting resumed.", "Baaqoubah").countryCode());
    assertEquals("IQ", only("Tuesday Baaqoubah, in Iraq, was quiet.", "Baaqoubah").countryCode());
    assertEquals("IQ", only("Yesterday Baaqoubah, in Iraq, was quiet.", "Baaqoubah").countryCode());
  }

  @Test
  void aPeriodAfterAnInitialOrATitleEndsNoSentence() {
    // The surname after "Gov." or an initial is glued to the name before it, as mid-sentence.
    assertNoMention("The former Gov. Hugh Carey of New York campaigned in Albany and Buffalo.", "Carey");
    assertNoMention("President Harry S. Truman of Missouri spoke in Kansas City and St. Louis.", "Truman");
    // A dotted acronym's last period may still end a sentence, and "St." still opens a town's name.
    assertEquals("IQ", only("Troops left the U.S. Baghdad was calm.", "Baghdad").countryCode());
    assertEquals("US", only("He moved to St. Louis, Missouri, last year.", "St. Louis").countryCode());
  }

  @Test
  void anAgeInCommasMakesTheNameBeforeItAPersons() {
    String text = "Rafael Gomez, 27, of Milford, Connecticut, appeared in court. Gomez, a native of Mexico, was held.";
    assertNoMention(text, "Gomez");
    assertNoMention("Police found Jerome Faulkner, 73, and his wife, Dora, 62, at home in Alabama.", "Dora");
    // A count after a town is no age, and a preposition of place keeps the name a place.
    assertEquals("IQ", only("In Mosul, 12 people died on Friday.", "Mosul").countryCode());
    assertEquals("US", only("His wife, Dora, 62, grew up in Dora, Alabama.", "Dora").countryCode());
  }

  @Test
  void aNewsAgencyNamedAfterItsCountryIsNoMentionOfIt() {
    assertNoMention("Officials told Agence France-Presse that 45 people died.", "France");
    String text = "Officials told Agence France-Presse that the outbreak in France was over.";
    List<Mention> france = all(text).stream().filter(m -> m.surface().equals("France")).toList();
    assertEquals(1, france.size(), "only the country after 'in': " + france);
    assertEquals("FR", france.get(0).countryCode());
  }

  private static void assertNoMention(String text, String surface) {
    for (Mention m : all(text)) {
      if (m.surface().equals(surface)) fail("'" + surface + "' taken for " + m.name() + " (" + m.method() + ") in: " + text);
    }
  }
}
