package org.newsatlas.compare.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WeekDivergencesTest {
  @Test
  void agreesWithTheMapFormOnRandomWeeks() {
    Random rnd = new Random(7);
    for (int trial = 0; trial < 50; trial++) {
      WeekDivergences w = new WeekDivergences();
      Map<String, Map<String, Long>> dists = new HashMap<>();
      int outlets = 1 + rnd.nextInt(8);
      for (int o = 0; o < outlets; o++) {
        for (int c = rnd.nextInt(12); c > 0; c--) {
          String place = "p" + rnd.nextInt(15);
          long n = 1 + rnd.nextInt(9);
          w.add("o" + o, place, n);
          dists.computeIfAbsent("o" + o, k -> new HashMap<>()).merge(place, n, Long::sum);
        }
      }
      long minTotal = 5;
      int maxPairs = 3;
      List<WeekDivergences.Divergence> got = w.compute(minTotal, maxPairs);
      // Expected, by the map form: the same sides, the pool over every outlet (small ones too).
      Map<String, Long> pool = new HashMap<>();
      dists.values().forEach(d -> d.forEach((k, v) -> pool.merge(k, v, Long::sum)));
      int expectedRest = 0, expectedPairs = 0;
      List<String> big = dists.keySet().stream().filter(o -> total(dists.get(o)) >= minTotal)
          .sorted((x, y) -> total(dists.get(y)) != total(dists.get(x))
              ? Long.compare(total(dists.get(y)), total(dists.get(x))) : x.compareTo(y)).toList();
      for (String o : big) {
        Map<String, Long> rest = new HashMap<>();
        pool.forEach((k, v) -> {
          long r = v - dists.get(o).getOrDefault(k, 0L);
          if (r > 0) rest.put(k, r);
        });
        if (!rest.isEmpty()) expectedRest++;
      }
      int top = Math.min(maxPairs, big.size());
      expectedPairs = top * (top - 1) / 2;
      int rests = 0, pairs = 0;
      for (WeekDivergences.Divergence d : got) {
        Map<String, Long> p = dists.get(d.a());
        Map<String, Long> q = new HashMap<>();
        if (d.b() == null) {
          rests++;
          pool.forEach((k, v) -> {
            long r = v - p.getOrDefault(k, 0L);
            if (r > 0) q.put(k, r);
          });
        } else {
          pairs++;
          q.putAll(dists.get(d.b()));
          assertEquals(-1, Integer.signum(d.a().compareTo(d.b())), "pairs are named in alphabetical order");
        }
        assertEquals(JensenShannon.divergence(p, q, 0.0), d.jsd(), 1e-12);
        assertEquals(total(p), d.na());
        assertEquals(total(q), d.nb());
        assertEquals(q.size(), d.keysB());
      }
      assertEquals(expectedRest, rests);
      assertEquals(expectedPairs, pairs);
    }
  }

  @Test
  void aLoneOutletHasNoRestToCompareWith() {
    WeekDivergences w = new WeekDivergences();
    w.add("solo", "baghdad", 10);
    w.add("solo", "mosul", 3);
    assertEquals(List.of(), w.compute(1, 30));
    w.add("tiny", "mosul", 1);
    List<WeekDivergences.Divergence> got = w.compute(5, 30);
    assertEquals(1, got.size(), "tiny is under the minimum but still part of solo's rest");
    assertNull(got.get(0).b());
    org.junit.jupiter.api.Assertions.assertTrue(got.get(0).jsd() > 0, "solo and its rest differ");
  }

  private static long total(Map<String, Long> m) {
    return m.values().stream().mapToLong(Long::longValue).sum();
  }
}
