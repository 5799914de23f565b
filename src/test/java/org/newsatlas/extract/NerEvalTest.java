package org.newsatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading token-level NER gold: the rebuilt text, its spans, document breaks and chunks. */
class NerEvalTest {
  @Test
  void tokensAreJoinedAsPrintedAndRunsOfOneTagAreOneSpan(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("g.bio");
    Files.writeString(f, String.join("\n", "Le O", "préfet O", "de O", "l' O", "Aisne I-LOC", "est O", "à O",
        "Saint I-LOC", "- I-LOC", "Quentin I-LOC", ", O", "dit O", "M. O", "Jean B-PER", "Roux I-PER", "Paul B-PER",
        ". O", "", "-DOCSTART- O", "Lyon I-LOC", "") + "\n");
    List<NerEval.Doc> docs = NerEval.read(f, 400);
    assertEquals(2, docs.size());
    NerEval.Doc d = docs.get(0);
    assertEquals("Le préfet de l'Aisne est à Saint - Quentin, dit M. Jean Roux Paul.", d.text());
    List<String> spans = d.gold().stream().map(s -> s.type() + ":" + d.text().substring(s.start(), s.end())).toList();
    assertEquals(List.of("LOC:Aisne", "LOC:Saint - Quentin", "PER:Jean Roux", "PER:Paul"), spans);
    assertEquals("Lyon", docs.get(1).text());
  }

  @Test
  void aFileWithoutBreaksIsCutAtAFullStopNearTheChunkSize(@TempDir Path dir) throws Exception {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 32; i++) b.append("mot O\n").append(i % 8 == 7 ? ". O\n" : ""); // sentences of 9 tokens
    Path f = dir.resolve("g.bio");
    Files.writeString(f, b.toString());
    List<NerEval.Doc> docs = NerEval.read(f, 10);
    assertEquals(4, docs.size());
    for (NerEval.Doc d : docs) assertEquals("mot mot mot mot mot mot mot mot.", d.text());
  }
}
