package org.newsatlas.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsatlas.extract.actor.ActorExtractor;

class EventsEvalTest {
  @Test
  void scoresATinyGold(@TempDir Path dir) throws Exception {
    Path tsv = dir.resolve("gold.tsv");
    Files.writeString(tsv, String.join("\n",
        "id\tEventSnippet\tSubType",
        "1\tA suicide bomber blew himself up near a checkpoint.\tSUIC_BOMB",
        "2\t\"Police fired tear gas at protesters who threw stones, witnesses said \"\"again\"\".\"\tVIOL_DEMONSTR",
        "3\tA magnitude 6 earthquake hit the coast.\tNATURAL_DISASTER",
        "4\tThe weather was mild all week.\tARREST",
        ""));
    EventsEval.Result r = EventsEval.score(tsv, new EventExtractor("conf"), new ActorExtractor("conf"));
    assertEquals(4, r.n());
    assertEquals(3, r.correct());
    assertEquals(0.75, r.microF1(), 1e-9);
    // Labels: SUIC_BOMB, VIOL_DEMONSTR, NATURAL_DISASTER (F1 1 each), ARREST and OTHER (F1 0).
    assertEquals(3.0 / 5.0, r.macroF1(), 1e-9);
    assertEquals(3, r.acledN());
    assertEquals(2, r.acledCorrect());
    assertTrue(EventsEval.format(r).contains("ARREST"));
  }
}
