package org.newsatlas.compare.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultipleTestingTest {

  /**
   * p = (0.01, 0.04, 0.03, 0.005), m = 4; ascending 0.005, 0.01, 0.03, 0.04.
   * BH: m·p/rank = 0.02, 0.02, 0.04, 0.04; running minimum from the top: 0.02, 0.02, 0.04, 0.04
   * → in input order (0.02, 0.04, 0.04, 0.02).
   * Holm: (m−rank+1)·p = 0.02, 0.03, 0.06, 0.04; running maximum: 0.02, 0.03, 0.06, 0.06
   * → in input order (0.03, 0.06, 0.06, 0.02). (R's p.adjust gives the same.)
   */
  @Test
  void handWorkedExample() {
    double[] p = {0.01, 0.04, 0.03, 0.005};
    assertArrayEquals(new double[] {0.02, 0.04, 0.04, 0.02}, MultipleTesting.benjaminiHochberg(p), 1e-15);
    assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02}, MultipleTesting.holm(p), 1e-15);
    assertArrayEquals(new double[] {0.01, 0.04, 0.03, 0.005}, p, 0.0); // input untouched
  }

  /** BH step-up at level q: reject the k smallest where k = max{i : p₍ᵢ₎ ≤ i·q/m}. */
  private static boolean[] bhRejects(double[] p, double q) {
    double[] sorted = p.clone();
    Arrays.sort(sorted);
    int m = p.length, k = 0;
    for (int i = 1; i <= m; i++) if (sorted[i - 1] <= i * q / m) k = i;
    boolean[] rej = new boolean[m];
    if (k == 0) return rej;
    double cut = sorted[k - 1];
    for (int i = 0; i < m; i++) rej[i] = p[i] <= cut;
    return rej;
  }

  /** Holm step-down at level α: walk up the sorted p-values while p₍ᵢ₎ ≤ α/(m−i+1); reject those passed. */
  private static boolean[] holmRejects(double[] p, double alpha) {
    double[] sorted = p.clone();
    Arrays.sort(sorted);
    int m = p.length, k = 0;
    while (k < m && sorted[k] <= alpha / (m - k)) k++;
    boolean[] rej = new boolean[m];
    if (k == 0) return rej;
    double cut = sorted[k - 1];
    for (int i = 0; i < m; i++) rej[i] = p[i] <= cut;
    return rej;
  }

  /**
   * By definition, the adjusted p-value of a test is the smallest level at which the procedure rejects it. The
   * candidate levels are the values where some comparison flips, i.e. the adjusted values themselves; so for each
   * test and each candidate level q: rejected at q ⇔ adjusted ≤ q.
   */
  @Test
  void adjustedValuesAreSmallestRejectingLevels() {
    Random rnd = new Random(7);
    for (int trial = 0; trial < 300; trial++) {
      int m = 1 + rnd.nextInt(25);
      double[] p = new double[m];
      for (int i = 0; i < m; i++) p[i] = rnd.nextInt(4) == 0 ? rnd.nextInt(5) / 100.0 : Math.pow(rnd.nextDouble(), 3);
      double[] bh = MultipleTesting.benjaminiHochberg(p);
      double[] holm = MultipleTesting.holm(p);
      for (int i = 0; i < m; i++) {
        assertTrue(bh[i] >= p[i] * (1 - 1e-15) && bh[i] <= 1.0 && holm[i] >= bh[i] - 1e-15,
            "p=" + p[i] + " bh=" + bh[i] + " holm=" + holm[i]);
        for (double q : bh) {
          double level = q * (1 + 1e-12); // absorb the rounding of m·p/i vs i·q/m
          assertEquals(bh[i] <= level, bhRejects(p, level)[i], "BH trial " + trial + " i=" + i + " q=" + q);
        }
        for (double a : holm) {
          double level = a * (1 + 1e-12);
          if (a >= 1.0) continue; // capped: at α = 1 everything is rejected
          assertEquals(holm[i] <= level, holmRejects(p, level)[i], "Holm trial " + trial + " i=" + i + " a=" + a);
        }
      }
    }
  }

  @Test
  void monotoneInPAndCappedAtOne() {
    double[] p = {0.9, 0.2, 0.95, 0.5, 0.8};
    double[] bh = MultipleTesting.benjaminiHochberg(p);
    double[] holm = MultipleTesting.holm(p);
    Integer[] idx = {0, 1, 2, 3, 4};
    Arrays.sort(idx, (x, y) -> Double.compare(p[x], p[y]));
    for (int k = 1; k < idx.length; k++) {
      assertTrue(bh[idx[k]] >= bh[idx[k - 1]]);
      assertTrue(holm[idx[k]] >= holm[idx[k - 1]]);
    }
    for (double v : holm) assertTrue(v <= 1.0);
    assertEquals(1.0, holm[2]);
    assertEquals(0.95, bh[2], 1e-15);
  }

  @Test
  void nanStaysNanAndIsNotCounted() {
    double[] p = {0.01, Double.NaN, 0.02};
    double[] bh = MultipleTesting.benjaminiHochberg(p);
    assertTrue(Double.isNaN(bh[1]));
    assertEquals(0.02, bh[0], 1e-15); // m = 2: 2·0.01/1 = 0.02, 2·0.02/2 = 0.02
    assertEquals(0.02, bh[2], 1e-15);
    assertEquals(0.0, MultipleTesting.holm(new double[0]).length);
    assertThrows(IllegalArgumentException.class, () -> MultipleTesting.holm(new double[] {1.5}));
  }
}
