package org.newsatlas.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsatlas.extract.EventMention;
import org.newsatlas.extract.Mention;
import org.newsatlas.extract.actor.ActorExtractor;

/**
 * The French seed article of the shared corpora (read at run time, never copied): the four events the design names,
 * with place and date, and its actors. Places come from a separate extractor; here they are located by name.
 * Skipped when the shared corpora are absent.
 */
class SeedArticleTest {
  static Path seed() throws IOException {
    for (String root : new String[] {"/work/shared", "../shared", "../../shared"}) {
      Path dir = Path.of(root, "corpora/seed");
      if (Files.isDirectory(dir)) {
        try (Stream<Path> s = Files.list(dir)) {
          return s.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElse(null);
        }
      }
    }
    return null;
  }

  @Test
  void seedEventsAndActors() throws IOException {
    Path p = seed();
    Assumptions.assumeTrue(p != null, "shared corpora absent: corpora/seed/*.txt not found");
    String text = Files.readString(p);
    ActorExtractor ax = new ActorExtractor("conf");
    EventExtractor ex = new EventExtractor("conf");
    List<Mention> ms = new ArrayList<>(ax.extract(text, "fr"));
    for (String id : new String[] {"actor:pmf", "actor:isis", "actor:us_dod", "actor:p:lloyd_austin",
        "actor:p:mustafa_kadhimi"}) {
      assertTrue(ms.stream().anyMatch(m -> m.entityId().equals(id)), id);
    }
    ms.addAll(EventExtractorTest.places(text, "Bagdad", "Samarra", "Riyad", "Naft Khaneh", "Diyala"));
    LocalDate published = LocalDate.of(2021, 2, 1); // the article appeared in early February 2021
    List<EventMention> evs = ex.extract(text, "fr", published, ms);
    EventMention bomb = EventExtractorTest.find(evs, "Suicide bomb", "Bagdad");
    assertEquals(LocalDate.of(2021, 1, 19), bomb.eventDate());
    assertEquals("asserted", bomb.modality());
    EventMention convoy = EventExtractorTest.find(evs, "Armed clash", "Samarra");
    assertEquals(LocalDate.of(2021, 1, 26), convoy.eventDate());
    assertEquals("actor:us_mil", convoy.actor2Id());
    EventMention drones = EventExtractorTest.find(evs, "Air/drone strike", "Riyad");
    assertEquals(LocalDate.of(2021, 1, 22), drones.eventDate());
    EventMention assault = EventExtractorTest.find(evs, "Armed clash", "Naft Khaneh");
    assertEquals("actor:pmf", assault.actor1Id());
    // "proposerait": nothing in that sentence is asserted.
    int at = text.indexOf("proposerait");
    assertTrue(at > 0);
    for (EventMention e : evs) if (e.startChar() > at && e.startChar() < text.indexOf('.', at)) {
      assertEquals("hypothetical", e.modality(), e.toString());
    }
  }
}
