package org.newsatlas.extract.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsatlas.extract.Mention;

class ActorExtractorTest {
  static ActorExtractor ax;

  @BeforeAll
  static void load() {
    ax = new ActorExtractor("conf");
  }

  // Fixture written for the project, with the spellings of the French seed article.
  static final String FR = "Selon le Pentagone, les combattants du Hachd al-Chaabi ont repoussé une attaque de Daech "
      + "près de Baaqouba. Le Premier ministre Mustafa al-Kazemi a reçu le général Austin, puis le général Liyod Autin "
      + "a visité la base. Les Forces de mobilisation populaire et l'État islamique sont cités par l'ONU.";

  static final String EN = "The Popular Mobilization Forces (PMF) said ISIS fighters attacked a checkpoint. "
      + "The Pentagon and Defense Secretary Lloyd Austin met Prime Minister Mustafa al-Kadhimi. "
      + "This is where it is. The Tarhuna Brigade clashed with forces of spokesman Ahmed Mismari. "
      + "Police Captain Ali Omar Farah said so.";

  static final String AR = "قال الحشد الشعبي إن وداعش هاجم موقعا";

  private static Mention find(List<Mention> ms, String id) {
    return ms.stream().filter(m -> m.entityId().equals(id)).findFirst().orElse(null);
  }

  @Test
  void dictionaryIsLargeAndWellFormed() {
    assertTrue(ax.dictionary().size() >= 300, "at least 300 actors, got " + ax.dictionary().size());
    for (Actor a : ax.dictionary().actors()) {
      assertTrue(a.id().startsWith("actor:"), a.id());
      assertTrue(a.entityType().equals("PERSON") || a.entityType().equals("ORG"), a.id());
    }
  }

  @Test
  void frenchSeedSpellings() {
    List<Mention> ms = ax.extract(FR, "fr");
    for (String id : new String[] {"actor:us_dod", "actor:pmf", "actor:isis", "actor:p:mustafa_kadhimi",
        "actor:p:lloyd_austin", "actor:un"}) {
      assertNotNull(find(ms, id), id + " in " + ms);
    }
    for (Mention m : ms) {
      assertEquals(FR.substring(m.startChar(), m.endChar()), m.surface(), "offsets point at the surface");
    }
    Mention pmf = find(ms, "actor:pmf");
    assertEquals("Hachd al-Chaabi", pmf.surface());
    assertEquals("Popular Mobilization Forces", pmf.name());
    assertEquals("MIL_NONSTATE", pmf.featureCode());
    assertEquals("IQ", pmf.countryCode());
    assertEquals(Mention.ORG, pmf.entityType());
    assertEquals(ActorExtractor.METHOD_DICTIONARY, pmf.method());
    assertEquals(Mention.PERSON, find(ms, "actor:p:mustafa_kadhimi").entityType());
    // "Forces de mobilisation populaire" is the same actor as "Hachd al-Chaabi".
    assertEquals(2, ms.stream().filter(m -> m.entityId().equals("actor:pmf")).count());
  }

  @Test
  void unlistedPersonFoundByTitle() {
    List<Mention> ms = ax.extract(FR, "fr");
    Mention autin = find(ms, "actor:unlisted:liyod_autin");
    assertNotNull(autin, ms.toString());
    assertEquals(Mention.PERSON, autin.entityType());
    assertEquals(ActorExtractor.METHOD_CUE, autin.method());
    assertEquals(1, autin.sentenceIdx());
  }

  @Test
  void englishAliasesAcronymsAndCues() {
    List<Mention> ms = ax.extract(EN, "en");
    for (String id : new String[] {"actor:pmf", "actor:isis", "actor:us_dod", "actor:p:lloyd_austin",
        "actor:p:mustafa_kadhimi"}) {
      assertNotNull(find(ms, id), id + " in " + ms);
    }
    // "PMF" in capitals is the acronym; the lower-case "is" is never Islamic State.
    assertEquals(1, ms.stream().filter(m -> m.surface().equals("PMF")).count());
    assertFalse(ms.stream().anyMatch(m -> m.surface().equals("is")), ms.toString());
    Mention brigade = find(ms, "actor:unlisted:tarhuna_brigade");
    assertNotNull(brigade, ms.toString());
    assertEquals(Mention.ORG, brigade.entityType());
    Mention spokesman = find(ms, "actor:unlisted:ahmed_mismari");
    assertNotNull(spokesman, ms.toString());
    assertEquals(Mention.PERSON, spokesman.entityType());
    assertNotNull(find(ms, "actor:unlisted:ali_omar_farah"), ms.toString());
  }

  @Test
  void arabicAliasesWithProclitic() {
    List<Mention> ms = ax.extract(AR, "ar");
    assertNotNull(find(ms, "actor:pmf"), ms.toString());
    Mention daesh = find(ms, "actor:isis");
    assertNotNull(daesh, "و+داعش matches after the conjunction: " + ms);
    assertEquals("داعش", daesh.surface());
  }

  @Test
  void noMatchInsideWords() {
    List<Mention> ms = ax.extract("The Hamasville fair and the unification of Trumpet players.", "en");
    assertNull(find(ms, "actor:hamas"));
    assertNull(find(ms, "actor:p:donald_trump"));
  }
}
