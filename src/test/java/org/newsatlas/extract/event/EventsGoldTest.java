package org.newsatlas.extract.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsatlas.extract.actor.ActorExtractor;

/** Main-subtype micro-F1 on the CASE 2021 development gold; skipped when the shared corpora are absent. */
class EventsGoldTest {
  static Path gold() {
    for (String root : new String[] {"/work/shared", "../shared", "../../shared"}) {
      Path p = Path.of(root, "corpora/gold/events/case2021-task2-dev.tsv");
      if (Files.isRegularFile(p)) return p;
    }
    return null;
  }

  @Test
  void microF1AtLeast070() {
    Path gold = gold();
    Assumptions.assumeTrue(gold != null, "shared corpora absent: corpora/gold/events/case2021-task2-dev.tsv not found");
    EventsEval.Result r = EventsEval.score(gold, new EventExtractor("conf"), new ActorExtractor("conf"));
    System.out.print(EventsEval.format(r));
    assertTrue(r.microF1() >= 0.70, "micro-F1 " + r.microF1());
  }
}
