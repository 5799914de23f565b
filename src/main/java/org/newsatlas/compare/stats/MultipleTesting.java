package org.newsatlas.compare.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Adjusted p-values for many simultaneous tests (one per outlet and place, say), so that a threshold on the adjusted
 * value controls the false discovery rate (Benjamini–Hochberg) or the family-wise error rate (Holm). Matches R's
 * {@code p.adjust(p, "BH")} and {@code p.adjust(p, "holm")}: NaN inputs stay NaN and do not count among the m tests.
 */
public final class MultipleTesting {
  private MultipleTesting() {}

  /**
   * Benjamini & Hochberg (1995): with the m p-values sorted ascending, p₍₁₎ ≤ … ≤ p₍ₘ₎, the adjusted value of the
   * i-th is min over j ≥ i of min(1, m·p₍ⱼ₎ / j). Rejecting every test whose adjusted value is ≤ q is the BH
   * step-up procedure at level q. Returned in the input order; the input is not modified.
   */
  public static double[] benjaminiHochberg(double[] p) {
    Integer[] order = ascendingValid(p);
    int m = order.length;
    double[] adjusted = nanArray(p.length);
    double running = 1.0;
    for (int rank = m; rank >= 1; rank--) {
      int idx = order[rank - 1];
      running = Math.min(running, m * p[idx] / rank);
      adjusted[idx] = running;
    }
    return adjusted;
  }

  /**
   * Holm (1979): with the m p-values sorted ascending, the adjusted value of the i-th is max over j ≤ i of
   * min(1, (m − j + 1)·p₍ⱼ₎). Rejecting every test whose adjusted value is ≤ α is Holm's step-down procedure at α.
   */
  public static double[] holm(double[] p) {
    Integer[] order = ascendingValid(p);
    int m = order.length;
    double[] adjusted = nanArray(p.length);
    double running = 0.0;
    for (int rank = 1; rank <= m; rank++) {
      int idx = order[rank - 1];
      running = Math.max(running, Math.min(1.0, (m - rank + 1) * p[idx]));
      adjusted[idx] = running;
    }
    return adjusted;
  }

  /** Indices of the non-NaN p-values, ascending by p (stable); rejects values outside [0, 1]. */
  private static Integer[] ascendingValid(double[] p) {
    int valid = 0;
    for (double v : p) {
      if (Double.isNaN(v)) continue;
      if (v < 0 || v > 1) throw new IllegalArgumentException("p-value outside [0, 1]: " + v);
      valid++;
    }
    Integer[] order = new Integer[valid];
    int k = 0;
    for (int i = 0; i < p.length; i++) if (!Double.isNaN(p[i])) order[k++] = i;
    Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
    return order;
  }

  private static double[] nanArray(int n) {
    double[] a = new double[n];
    Arrays.fill(a, Double.NaN);
    return a;
  }
}
