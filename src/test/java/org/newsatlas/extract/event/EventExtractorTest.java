package org.newsatlas.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsatlas.extract.EventMention;
import org.newsatlas.extract.Mention;
import org.newsatlas.extract.actor.ActorExtractor;

class EventExtractorTest {
  static EventExtractor ex;
  static ActorExtractor ax;
  static final LocalDate PUB = LocalDate.of(2021, 2, 3);

  @BeforeAll
  static void load() {
    ex = new EventExtractor("conf");
    ax = new ActorExtractor("conf");
  }

  /** Place mentions built by hand for the tests: every occurrence of each name. */
  static List<Mention> places(String text, String... names) {
    List<Mention> out = new ArrayList<>();
    for (String p : names) {
      for (int i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) {
        out.add(new Mention(0, i, i + p.length(), p, Mention.PLACE, "geonames:test:" + p, p, "IQ", null, 33.0, 44.0,
            "PPL", 0.9, "test"));
      }
    }
    return out;
  }

  static List<Mention> all(String text, String lang, String... placeNames) {
    List<Mention> ms = new ArrayList<>(ax.extract(text, lang));
    ms.addAll(places(text, placeNames));
    return ms;
  }

  // One fixture sentence per subtype, in English and French, written for the project.
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en|A suicide bomber blew himself up at a crowded market, killing twelve people.|SUIC_BOMB",
      "en|Warplanes bombed rebel positions near the town overnight.|AIR_STRIKE",
      "en|A drone strike hit a car carrying two commanders.|AIR_STRIKE",
      "en|Militants fired a barrage of mortar shells at the airport.|ART_MISS_ATTACK",
      "en|A roadside bomb struck a patrol, wounding three soldiers.|REM_EXPLOS",
      "en|An IED exploded under a minibus on the main road.|REM_EXPLOS",
      "en|A man lobbed a grenade at a police station.|GRENADE",
      "en|Dozens were treated after a chlorine gas attack on the district.|CHEM_WEAP",
      "en|Rebels and army troops clashed for hours on the outskirts of the city.|ARMED_CLASH",
      "en|Gunmen attacked an army checkpoint before dawn.|ARMED_CLASH",
      "en|Gunmen attacked worshippers at a village mosque.|ATTACK",
      "en|Unidentified men kidnapped four aid workers on the highway.|ABDUCT_DISSAP",
      "en|Soldiers raped two women during the raid, the report says.|SEX_VIOL",
      "en|Thousands of people marched peacefully through the capital to demand reforms.|PEACE_PROTEST",
      "en|Police used tear gas and water cannon to disperse the protesters.|PROTEST_WITH_INTER",
      "en|Security forces fired live ammunition at peaceful demonstrators, killing nine protesters.|FORCE_AGAINST_PROTEST",
      "en|Protesters threw stones at the police and set fire to tyres.|VIOL_DEMONSTR",
      "en|A mob lynched a man accused of theft.|MOB_VIOL",
      "en|Both sides signed a peace agreement in the capital.|AGREEMENT",
      "en|Police arrested a local journalist at his home.|ARREST",
      "en|Two hundred fighters defected from the group.|CHANGE_TO_GROUP_ACT",
      "en|Troops discovered a weapons cache containing rifles and ammunition.|DISR_WEAP",
      "en|The army set up a new military base near the border.|HQ_ESTABLISHED",
      "en|Looters ransacked shops after the storm.|PROPERTY_DISTRUCT",
      "en|Government forces recaptured the town from the insurgents.|GOV_REGAINS_TERIT",
      "en|Rebels captured the town after a two-day battle.|NON_STATE_ACTOR_OVERTAKES_TER",
      "en|The militia handed over the district to the army under the deal.|NON_VIOL_TERRIT_TRANSFER",
      "fr|Un kamikaze s'est fait exploser devant une mosquée.|SUIC_BOMB",
      "fr|Des frappes aériennes ont visé un dépôt de munitions.|AIR_STRIKE",
      "fr|Des tirs de roquettes ont touché la base aérienne.|ART_MISS_ATTACK",
      "fr|Un engin explosif improvisé a explosé au passage d'un convoi.|REM_EXPLOS",
      "fr|Une grenade a été lancée contre le commissariat.|GRENADE",
      "fr|De violents affrontements ont opposé l'armée aux rebelles.|ARMED_CLASH",
      "fr|Des hommes armés ont attaqué un village et tué six civils.|ATTACK",
      "fr|Deux humanitaires ont été enlevés près de la frontière.|ABDUCT_DISSAP",
      "fr|Des milliers de manifestants ont défilé dans le calme.|PEACE_PROTEST",
      "fr|La police a dispersé les manifestants à coups de gaz lacrymogène.|PROTEST_WITH_INTER",
      "fr|Des émeutiers ont incendié des voitures.|VIOL_DEMONSTR",
      "fr|Trois suspects ont été interpellés par la police.|ARREST",
      "fr|L'armée a repris le contrôle de la ville.|GOV_REGAINS_TERIT",
      "fr|Les deux parties ont signé un accord de paix.|AGREEMENT",
      "fr|Un séisme a frappé la région.|NATURAL_DISASTER",
  })
  void subtypePerFixture(String lang, String text, String code) {
    List<EventMention> evs = ex.extract(text, lang, PUB, ax.extract(text, lang));
    assertEquals(code, ex.mainSubtype(evs), text + " -> " + evs);
    Subtype s = ex.taxonomy().byCode(code);
    EventMention main = evs.stream().filter(e -> e.eventSubtype().equals(s.subEventType())).findFirst().orElseThrow();
    assertEquals(s.eventType(), main.eventType());
    assertEquals(text.substring(main.startChar(), main.endChar()), main.trigger());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en|The militants did not attack the base.|negated",
      "en|The group threatened to attack the embassy.|threatened",
      "en|Officials fear the rebels could attack the city.|hypothetical",
      "en|The army will launch airstrikes on the border area.|future",
      "en|The ministry denied that its jets bombed the village.|negated",
      "fr|Les rebelles n'ont pas attaqué la ville.|negated",
      "fr|Le groupe menace de frapper la capitale par des frappes aériennes.|threatened",
      "fr|Le ministre proposerait des frappes aériennes contre les dépôts.|hypothetical",
      "fr|Une attaque pourrait viser le convoi.|hypothetical",
      "fr|L'armée bombarderait les positions rebelles.|hypothetical",
      "en|Rebels attacked the base on Monday.|asserted",
      "fr|Le retrait des troupes a été annoncé.|asserted",
  })
  void modality(String lang, String text, String modality) {
    List<EventMention> evs = ex.extract(text, lang, PUB, List.of());
    assertTrue(!evs.isEmpty(), "an event in: " + text);
    assertEquals(modality, evs.get(0).modality(), text + " -> " + evs);
  }

  @Test
  void nonAssertedEventsAreNotTheMainSubtypeWhenAnAssertedOneExists() {
    String text = "Rebels captured the village of Tell Zahra on Monday. They will not launch airstrikes.";
    assertEquals("NON_STATE_ACTOR_OVERTAKES_TER", ex.mainSubtype(text, "en", PUB, List.of()));
  }

  @Test
  void placeDateAndActorsAttach() {
    String text = "Hier, des combattants de Daech ont attaqué un convoi de l'armée irakienne près de Samarra. "
        + "Une autre attaque a fait deux blessés à Bagdad.";
    List<EventMention> evs = ex.extract(text, "fr", PUB, all(text, "fr", "Samarra", "Bagdad"));
    EventMention first = evs.get(0);
    assertEquals("Armed clash", first.eventSubtype());
    assertEquals("Samarra", first.placeName());
    assertEquals("geonames:test:Samarra", first.placeId());
    assertEquals(LocalDate.of(2021, 2, 2), first.eventDate());
    assertEquals("day", first.datePrecision());
    assertEquals("actor:isis", first.actor1Id());
    assertEquals("actor:iq_mil", first.actor2Id());
    assertEquals("19", first.cameoRoot());
    assertEquals(4, first.quadClass());
    EventMention second = evs.get(evs.size() - 1);
    assertEquals("Bagdad", second.placeName());
    assertEquals(PUB, second.eventDate());
    assertEquals("publication", second.datePrecision());
  }

  @Test
  void placeFallsBackToNearestInArticle() {
    String text = "Le gouverneur de Diyala a parlé longuement. Des affrontements ont éclaté dans la nuit.";
    List<EventMention> evs = ex.extract(text, "fr", PUB, places(text, "Diyala"));
    assertEquals("Diyala", evs.get(0).placeName());
  }

  @Test
  void byAndAgainstAssignRoles() {
    String text = "A checkpoint was attacked by Boko Haram near the border.";
    EventMention e = ex.extract(text, "en", PUB, ax.extract(text, "en")).get(0);
    assertEquals("actor:boko_haram", e.actor1Id());
  }

  // Seed-like fixture, written for the project in its own words.
  static final String SEED_LIKE = "Le 19 janvier, un double attentat-suicide a frappé un marché de Bagdad, faisant "
      + "des dizaines de morts. Le 26 janvier, une nouvelle attaque a visé un convoi logistique de l'armée américaine "
      + "à Samarra. Le 22 janvier, un groupe armé irakien a revendiqué le tir de deux drones contre Riyad. "
      + "Selon le Pentagone, le secrétaire à la Défense Lloyd Austin proposerait de retirer les convois militaires "
      + "et de déployer des troupes à la frontière. Les combattants du Hachd al-Chaabi ont repoussé un assaut de "
      + "Daech contre le champ pétrolier de Naft Khaneh, dans la province de Diyala. Le Premier ministre Mustafa "
      + "al-Kazemi a salué leur action.";

  @Test
  void seedLikeFixture() {
    List<Mention> ms = all(SEED_LIKE, "fr", "Bagdad", "Samarra", "Riyad", "Naft Khaneh", "Diyala");
    List<EventMention> evs = ex.extract(SEED_LIKE, "fr", PUB, ms);
    EventMention bomb = find(evs, "Suicide bomb", "Bagdad");
    assertEquals(LocalDate.of(2021, 1, 19), bomb.eventDate());
    assertEquals("asserted", bomb.modality());
    EventMention convoy = find(evs, "Armed clash", "Samarra");
    assertEquals(LocalDate.of(2021, 1, 26), convoy.eventDate());
    EventMention drones = find(evs, "Air/drone strike", "Riyad");
    assertEquals(LocalDate.of(2021, 1, 22), drones.eventDate());
    EventMention assault = find(evs, "Armed clash", "Naft Khaneh");
    assertEquals("actor:pmf", assault.actor1Id());
    assertEquals("publication", assault.datePrecision());
    // The proposal sentence: whatever is found there is not asserted.
    int proposal = SEED_LIKE.indexOf("proposerait");
    for (EventMention e : evs) {
      if (e.startChar() > proposal && e.startChar() < SEED_LIKE.indexOf("Les combattants")) {
        assertEquals("hypothetical", e.modality(), e.toString());
      }
    }
    assertTrue(evs.stream().anyMatch(e -> e.startChar() > proposal && e.startChar() < SEED_LIKE.indexOf("Les combattants")),
        "the proposal sentence yields a (hypothetical) event");
    List<Mention> actors = ax.extract(SEED_LIKE, "fr");
    for (String id : new String[] {"actor:pmf", "actor:isis", "actor:us_dod", "actor:p:lloyd_austin",
        "actor:p:mustafa_kadhimi"}) {
      assertTrue(actors.stream().anyMatch(m -> m.entityId().equals(id)), id);
    }
  }

  @Test
  void languagesWithoutLexiconYieldNothing() {
    assertTrue(ex.extract("هجوم على قاعدة عسكرية", "ar", PUB, List.of()).isEmpty());
    assertEquals("OTHER", ex.mainSubtype("The weather was fine.", "en", PUB, List.of()));
  }

  static EventMention find(List<EventMention> evs, String subtype, String place) {
    EventMention e = evs.stream().filter(x -> x.eventSubtype().equals(subtype) && place.equals(x.placeName()))
        .findFirst().orElse(null);
    assertNotNull(e, subtype + " at " + place + " in " + evs);
    return e;
  }

  @Test
  void taxonomyHasEveryAcledSubtype() {
    String[] acled = {"Armed clash", "Government regains territory", "Non-state actor overtakes territory",
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade", "Sexual violence", "Attack", "Abduction/forced disappearance",
        "Peaceful protest", "Protest with intervention", "Excessive force against protesters",
        "Violent demonstration", "Mob violence", "Agreement", "Arrest", "Change to group/activity",
        "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other"};
    for (String a : acled) {
      Subtype s = ex.taxonomy().bySubEventType(a);
      assertNotNull(s, a);
      assertTrue(s.acled());
      assertNotNull(s.cameoRoot(), a);
    }
    assertNull(ex.taxonomy().byCode("NATURAL_DISASTER").cameoRoot());
  }
}
