package org.newsatlas.compare.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Jensen-Shannon divergences of one period's place distributions: each outlet against the rest of the pool, and
 * every pair among the largest outlets. Built from the period's (outlet, place, count) cells at once, so that each
 * distribution is held once as a sparse vector instead of being copied into every pair it takes part in.
 */
public final class WeekDivergences {
  /** One divergence row; {@code b} is {@code null} for "the rest of the pool". */
  public record Divergence(String a, String b, double jsd, long na, long nb, int keysA, int keysB) {}

  private final Map<String, Integer> placeIndex = new HashMap<>();
  private final Map<String, Map<Integer, Long>> byOutlet = new HashMap<>();

  /** Adds one cell: {@code count} units of {@code outlet} mention {@code place}. */
  public void add(String outlet, String place, long count) {
    int p = placeIndex.computeIfAbsent(place, k -> placeIndex.size());
    byOutlet.computeIfAbsent(outlet, k -> new HashMap<>()).merge(p, count, Long::sum);
  }

  /**
   * Every outlet whose total reaches {@code minTotal} against the rest of the pool (all outlets, small ones
   * included), and each pair of the {@code maxPairOutlets} largest of them (by total, then name), named in
   * alphabetical order. Pairs or sides with nothing to compare are left out.
   */
  public List<Divergence> compute(long minTotal, int maxPairOutlets) {
    int k = placeIndex.size();
    long[] pool = new long[k];
    Map<String, long[]> dense = new HashMap<>();
    Map<String, Long> totals = new HashMap<>();
    for (var e : byOutlet.entrySet()) {
      long[] v = new long[k];
      long t = 0;
      for (var c : e.getValue().entrySet()) {
        v[c.getKey()] += c.getValue();
        pool[c.getKey()] += c.getValue();
        t += c.getValue();
      }
      dense.put(e.getKey(), v);
      totals.put(e.getKey(), t);
    }
    List<String> ranked = new ArrayList<>();
    for (var e : totals.entrySet()) if (e.getValue() >= minTotal) ranked.add(e.getKey());
    ranked.sort((x, y) -> {
      int c = Long.compare(totals.get(y), totals.get(x));
      return c != 0 ? c : x.compareTo(y);
    });
    List<Divergence> out = new ArrayList<>();
    int pairs = Math.min(maxPairOutlets, ranked.size());
    for (int i = 0; i < pairs; i++) {
      for (int j = 0; j < pairs; j++) {
        String a = ranked.get(i), b = ranked.get(j);
        if (a.compareTo(b) < 0) add(out, a, b, dense.get(a), dense.get(b));
      }
    }
    long[] rest = new long[k];
    for (String a : ranked) {
      long[] own = dense.get(a);
      for (int p = 0; p < k; p++) rest[p] = pool[p] - own[p];
      add(out, a, null, own, rest);
    }
    return out;
  }

  private static void add(List<Divergence> out, String a, String b, long[] p, long[] q) {
    long na = Arrays.stream(p).sum(), nb = Arrays.stream(q).sum();
    if (na == 0 || nb == 0) return;
    out.add(new Divergence(a, b, JensenShannon.divergence(p, q), na, nb, nonZero(p), nonZero(q)));
  }

  private static int nonZero(long[] v) {
    int n = 0;
    for (long x : v) if (x > 0) n++;
    return n;
  }
}
