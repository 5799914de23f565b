package org.newsatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsatlas.spark.SampleCorpus;

/**
 * Places, actors, dates and events together, as the Spark job runs them, on a French dispatch written for this test
 * in the style of the seed article: each event must get its subtype, its place (the real gazetteer's entry, the most
 * specific place of its sentence) and its date resolved against publication.
 */
class ExtractorsTest {
  static final String TEXT = "Le 19 janvier, un double attentat-suicide a frappé un marché de Bagdad. "
      + "Le 26 janvier, une attaque a visé un convoi logistique de l'armée américaine à Samarra. "
      + "Le 22 janvier, le tir de trois drones contre Riyad a été revendiqué par un groupe irakien. "
      + "Le Hachd al-Chaabi a repoussé un assaut de Daech sur le champ pétrolier de Naft Khaneh. "
      + "Le Pentagone proposerait de frapper les positions de Daech près de Khanaqin.";

  @Test
  void eventsGetTheirSubtypePlaceAndDate() {
    Extractors ex = Extractors.forThread(SampleCorpus.gazetteer(), null);
    Extractors.Result r = ex.extract(TEXT, "fr", LocalDate.of(2021, 1, 28));
    String got = r.events().stream()
        .map(e -> e.eventSubtype() + "|" + e.placeName() + "|" + e.eventDate() + "|" + e.modality())
        .collect(Collectors.joining("\n"));
    assertTrue(got.contains("Suicide bomb|Baghdad|2021-01-19|asserted"), got);
    assertTrue(got.contains("|Sāmarrā’|2021-01-26|asserted"), got);
    assertTrue(got.contains("Air/drone strike|Riyadh|2021-01-22|asserted"), got);
    assertTrue(got.contains("|Naft Khaneh|"), got);
    // The conditional ("proposerait") is not an occurred event.
    for (EventMention e : r.events()) {
      if (e.trigger() != null && e.trigger().startsWith("frapp") && "Khānaqīn".equals(e.placeName())) {
        assertEquals("hypothetical", e.modality(), got);
      }
    }
    List<String> actors = r.mentions().stream().filter(m -> !Mention.PLACE.equals(m.entityType()))
        .map(Mention::entityId).toList();
    assertTrue(actors.containsAll(List.of("actor:pmf", "actor:isis", "actor:us_dod")), actors.toString());
  }
}
