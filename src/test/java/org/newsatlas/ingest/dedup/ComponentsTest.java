package org.newsatlas.ingest.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ComponentsTest {
  @Test
  void chainsAndStarsGetTheirSmallestMemberWhateverTheEdgeOrder() {
    // Two components: a chain e-d-c-b (labelled b) and a star around z with a (labelled a); x is alone, so unseen.
    List<String[]> edges = new ArrayList<>(List.of(new String[] {"e", "d"}, new String[] {"d", "c"},
        new String[] {"c", "b"}, new String[] {"z", "y"}, new String[] {"z", "a"}, new String[] {"z", "w"}));
    for (long seed = 0; seed < 20; seed++) {
      Collections.shuffle(edges, new Random(seed));
      Components c = new Components();
      for (String[] e : edges) {
        if (seed % 2 == 0) c.connect(e[0], e[1]);
        else c.connect(e[1], e[0]);
      }
      assertEquals(Map.of("b", "b", "c", "b", "d", "b", "e", "b", "a", "a", "w", "a", "y", "a", "z", "a"), c.labels());
    }
  }

  @Test
  void aLongChainStaysFast() {
    Components c = new Components();
    int n = 200_000;
    for (int i = n; i > 0; i--) c.connect(String.format("%07d", i), String.format("%07d", i - 1));
    Map<String, String> labels = c.labels();
    assertEquals(n + 1, labels.size());
    assertEquals("0000000", labels.get(String.format("%07d", n)));
  }
}
