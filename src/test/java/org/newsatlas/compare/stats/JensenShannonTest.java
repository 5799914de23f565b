package org.newsatlas.compare.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JensenShannonTest {

  private static final double LOG2_3 = Math.log(3) / Math.log(2);

  /**
   * P = (½, ½), Q = (1, 0): M = (¾, ¼).
   * KL(P‖M) = ½ log₂((½)/(¾)) + ½ log₂((½)/(¼)) = ½ (1 − log₂3) + ½ = 1 − ½ log₂3;
   * KL(Q‖M) = 1 · log₂(1/(¾)) = 2 − log₂3.
   * JSD = ½ (1 − ½ log₂3) + ½ (2 − log₂3) = 3/2 − ¾ log₂3 = 0.31127812445913286 (mpmath, 30 digits).
   */
  @Test
  void handWorkedHalfAgainstPoint() {
    assertEquals(1.5 - 0.75 * LOG2_3, JensenShannon.divergence(new long[] {1, 1}, new long[] {2, 0}), 1e-15);
    assertEquals(0.31127812445913286, JensenShannon.divergence(new long[] {5, 5}, new long[] {7, 0}), 1e-15);
  }

  /**
   * Smoothing s = 1 on P = (2, 0), Q = (0, 2): P' = (¾, ¼), Q' = (¼, ¾), M = (½, ½).
   * H(M) = 1 and H(P') = H(Q') = ¾ log₂(4/3) + ¼ log₂4 = ¾ (2 − log₂3) + ½ = 2 − ¾ log₂3, so
   * JSD = H(M) − ½(H(P') + H(Q')) = 1 − (2 − ¾ log₂3) = ¾ log₂3 − 1 = 0.18872187554086714 (mpmath).
   * Without smoothing the supports are disjoint: JSD = 1.
   */
  @Test
  void handWorkedSmoothing() {
    double[] p = {2, 0}, q = {0, 2};
    assertEquals(1.0, JensenShannon.divergence(p, q, 0.0), 1e-15);
    assertEquals(0.75 * LOG2_3 - 1.0, JensenShannon.divergence(p, q, 1.0), 1e-15);
    assertEquals(0.18872187554086714, JensenShannon.divergence(p, q, 1.0), 1e-15);
  }

  @Test
  void boundsAndIdentity() {
    assertEquals(0.0, JensenShannon.divergence(new long[] {3, 6, 9}, new long[] {1, 2, 3}), 1e-15);
    assertEquals(1.0, JensenShannon.divergence(new long[] {4, 0, 0}, new long[] {0, 5, 7}), 1e-15);
    assertTrue(Double.isNaN(JensenShannon.divergence(new long[] {0, 0}, new long[] {1, 2})));
    assertThrows(IllegalArgumentException.class, () -> JensenShannon.divergence(new long[] {1}, new long[] {1, 2}));
    assertThrows(IllegalArgumentException.class, () -> JensenShannon.divergence(new double[] {-1, 2}, new double[] {1, 2}, 0));
  }

  private static double entropyBits(double[] w) {
    double s = 0;
    for (double v : w) s += v;
    double h = 0;
    for (double v : w) if (v > 0) h -= (v / s) * Math.log(v / s) / Math.log(2);
    return h;
  }

  /** Second method: the entropy decomposition JSD = H(M) − ½ (H(P) + H(Q)) on random sparse count vectors. */
  @Test
  void klFormEqualsEntropyDecomposition() {
    Random rnd = new Random(99);
    for (int t = 0; t < 2000; t++) {
      int k = 1 + rnd.nextInt(60);
      long[] p = new long[k], q = new long[k];
      for (int i = 0; i < k; i++) {
        p[i] = rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(1000);
        q[i] = rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(50);
      }
      p[rnd.nextInt(k)] += 1;
      q[rnd.nextInt(k)] += 1;
      double sp = 0, sq = 0;
      for (int i = 0; i < k; i++) {
        sp += p[i];
        sq += q[i];
      }
      double[] pn = new double[k], qn = new double[k], m = new double[k];
      for (int i = 0; i < k; i++) {
        pn[i] = p[i] / sp;
        qn[i] = q[i] / sq;
        m[i] = (pn[i] + qn[i]) / 2;
      }
      double expected = entropyBits(m) - 0.5 * (entropyBits(pn) + entropyBits(qn));
      double actual = JensenShannon.divergence(p, q);
      assertEquals(expected, actual, 1e-12, "trial " + t);
      assertTrue(actual >= 0 && actual <= 1);
    }
  }

  @Test
  void mapsMatchArraysAndSmoothingCoversTheUnion() {
    Map<String, Long> a = new HashMap<>(Map.of("Baghdad", 12L, "Basra", 3L, "Mosul", 5L));
    Map<String, Integer> b = new HashMap<>(Map.of("Baghdad", 4, "Riyadh", 6));
    // union order: Baghdad, Basra, Mosul, Riyadh
    double[] pa = {12, 3, 5, 0}, pb = {4, 0, 0, 6};
    for (double s : new double[] {0, 0.5, 1}) {
      Map<String, Number> aa = new HashMap<>(a), bb = new HashMap<>(b);
      assertEquals(JensenShannon.divergence(pa, pb, s), JensenShannon.divergence(aa, bb, s), 1e-15);
      assertEquals(Math.sqrt(JensenShannon.divergence(pa, pb, s)), JensenShannon.distance(aa, bb, s), 1e-15);
    }
  }

  /** √JSD is a metric: the triangle inequality holds on random triples. */
  @Test
  void distanceSatisfiesTriangleInequality() {
    Random rnd = new Random(5);
    for (int t = 0; t < 2000; t++) {
      int k = 2 + rnd.nextInt(8);
      long[][] x = new long[3][k];
      for (long[] row : x) {
        for (int i = 0; i < k; i++) row[i] = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(20);
        row[rnd.nextInt(k)]++;
      }
      double ab = JensenShannon.distance(x[0], x[1]);
      double bc = JensenShannon.distance(x[1], x[2]);
      double ac = JensenShannon.distance(x[0], x[2]);
      assertTrue(ac <= ab + bc + 1e-12, "trial " + t);
      assertEquals(ab, JensenShannon.distance(x[1], x[0]), 1e-15);
    }
  }
}
