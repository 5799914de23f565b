package org.newsatlas.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseSetsTest {
  private static List<String> run(PhraseSets ps, String text) {
    char[] f = new char[text.length()];
    TextFolder.fold(text, f);
    Tokens tok = new Tokens();
    tok.tokenize(f, f.length);
    List<String> out = new ArrayList<>();
    ps.match(f, tok, 0, tok.count(), (set, a, b, v) ->
        out.add(set + ":" + v + ":" + text.substring(tok.start(a), tok.end(b))));
    return out;
  }

  @Test
  void prefixesGapsAndLeftmostLongestPerSet() {
    PhraseSets ps = new PhraseSets(2);
    ps.add(0, "attack*", "A");
    ps.add(0, "riot*", "R");
    ps.add(0, "riot police", "P");
    ps.add(0, "blew .. up", "B");
    ps.add(0, "attentat* suicide*", "S");
    ps.add(1, "police", "cue");
    List<String> hits = run(ps, "Riot police attacked; two men blew themselves up. L'attentat-suicide de Bagdad.");
    assertEquals(List.of("0:P:Riot police", "1:cue:police", "0:A:attacked", "0:B:blew themselves up",
        "0:S:attentat-suicide"), hits);
  }

  @Test
  void foldingKeepsOffsets() {
    String s = "Bagdad, Hachd al-Chaabi, ÉTAT ISLAMIQUE, Ba’qubah, أبو";
    char[] f = new char[s.length()];
    TextFolder.fold(s, f);
    assertEquals(s.length(), f.length);
    assertEquals("bagdad, hachd al-chaabi, etat islamique, ba'qubah, ابو", new String(f));
  }
}
