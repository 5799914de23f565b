package org.newsatlas.compare.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ChiSquareTest {

  /**
   * Table [[10, 20], [30, 40]]: N = 100, rows 30 and 70, columns 40 and 60, ad − bc = 400 − 600 = −200.
   * Shortcut: X² = 100 · 200² / (30 · 70 · 40 · 60) = 4,000,000 / 5,040,000 = 50/63 = 0.793650793650…
   * Observed/expected: E = 12, 18, 28, 42; (10−12)²/12 + (20−18)²/18 + (30−28)²/28 + (40−42)²/42
   * = 1/3 + 2/9 + 1/7 + 2/21 = 50/63.
   * Yates: (200 − 100/2)² · 100 / 5,040,000 = 2,250,000 / 5,040,000 = 25/56 = 0.446428571…
   * p-values erfc(√(X²/2)) with mpmath (30 digits): 0.37299848361348711705 and 0.50403586645250475051
   * (R: chisq.test(matrix(c(10,30,20,40),2), correct=FALSE)$p.value).
   */
  @Test
  void handWorkedTable() {
    ChiSquare.Result plain = ChiSquare.twoByTwo(10, 20, 30, 40, false);
    assertEquals(50.0 / 63.0, plain.statistic(), 1e-15);
    assertEquals(0.37299848361348711705, plain.pValue(), 1e-15);
    assertEquals(1, plain.df());
    ChiSquare.Result yates = ChiSquare.twoByTwo(10, 20, 30, 40, true);
    assertEquals(25.0 / 56.0, yates.statistic(), 1e-15);
    assertEquals(0.50403586645250475051, yates.pValue(), 1e-15);
  }

  /** Σ (|O − E| − c)² / E over the four cells, c = min(½, |O − E|) with Yates, else 0 (R's chisq.test). */
  private static double observedExpected(long a, long b, long c, long d, boolean yates) {
    double n = a + b + c + d;
    double[] obs = {a, b, c, d};
    double[] rows = {a + b, a + b, c + d, c + d};
    double[] cols = {a + c, b + d, a + c, b + d};
    double s = 0;
    for (int k = 0; k < 4; k++) {
      double e = rows[k] * cols[k] / n;
      double dev = Math.abs(obs[k] - e);
      if (yates) dev -= Math.min(0.5, dev);
      s += dev * dev / e;
    }
    return s;
  }

  @Test
  void shortcutEqualsObservedExpectedOnRandomTables() {
    Random rnd = new Random(20260124L);
    for (int t = 0; t < 20_000; t++) {
      int scale = 1 << rnd.nextInt(20);
      long a = rnd.nextInt(scale), b = rnd.nextInt(scale) + 1, c = rnd.nextInt(scale), d = rnd.nextInt(scale) + 1;
      if (a + c == 0) a = 1;
      for (boolean yates : new boolean[] {false, true}) {
        double expected = observedExpected(a, b, c, d, yates);
        double actual = ChiSquare.twoByTwo(a, b, c, d, yates).statistic();
        assertEquals(expected, actual, 1e-9 * Math.max(1, expected), a + " " + b + " " + c + " " + d + " yates=" + yates);
      }
    }
  }

  @Test
  void yatesNeverOvercorrects() {
    // |ad − bc| = |5·5 − 5·5| = 0 < N/2: the corrected statistic is 0, not (0 − 10)²·…
    assertEquals(0.0, ChiSquare.twoByTwo(5, 5, 5, 5, true).statistic());
    assertEquals(1.0, ChiSquare.twoByTwo(5, 5, 5, 5, true).pValue());
  }

  @Test
  void emptyMarginHasNoTest() {
    ChiSquare.Result r = ChiSquare.twoByTwo(0, 0, 3, 4, false);
    assertTrue(Double.isNaN(r.statistic()) && Double.isNaN(r.pValue()));
    assertTrue(Double.isNaN(ChiSquare.twoByTwo(0, 5, 0, 4, true).pValue()));
    assertThrows(IllegalArgumentException.class, () -> ChiSquare.twoByTwo(-1, 2, 3, 4, false));
  }

  @Test
  void largeCountsDoNotOverflow() {
    // 3e9-sized cells: beyond the exact long path; the statistic scales linearly with N for fixed proportions.
    double small = ChiSquare.twoByTwo(3, 1, 1, 3, false).statistic(); // 8·(9−1)²/(4·4·4·4) = 2
    assertEquals(2.0, small, 1e-15);
    long k = 3_000_000_000L;
    double big = ChiSquare.twoByTwo(3 * k, k, k, 3 * k, false).statistic();
    assertEquals(2.0 * k, big, 2.0 * k * 1e-12);
  }

  /**
   * Upper 5% and 1% points of chi-square (R: qchisq(0.95, k) and qchisq(0.99, 1)); the p-values at these points are
   * 0.05 and 0.01 to the quantiles' 16 digits (mpmath: Q(1/2, 3.841458820694124/2) = 0.0500000000000000584).
   */
  @Test
  void survivalAtTabulatedQuantiles() {
    assertEquals(0.05, ChiSquare.survival1(3.841458820694124), 1e-15);
    assertEquals(0.01, ChiSquare.survival1(6.634896601021214), 1e-15);
    assertEquals(0.05, ChiSquare.survival(5.991464547107979, 2), 1e-15);
    assertEquals(0.05, ChiSquare.survival(7.814727903251178, 3), 1e-15);
    assertEquals(0.05, ChiSquare.survival(9.487729036781154, 4), 1e-15);
    assertEquals(0.05, ChiSquare.survival(18.30703805327515, 10), 1e-15);
    assertEquals(1.0, ChiSquare.survival(0, 3));
    assertEquals(1.0, ChiSquare.survival1(-2));
  }

  /** Two routes to the 1-df tail: erfc(√(x/2)) and the incomplete gamma Q(½, x/2). */
  @Test
  void oneDegreeOfFreedomTwoWays() {
    for (int i = 1; i <= 400; i++) {
      double x = i * 0.37;
      double viaErfc = ChiSquare.survival1(x);
      double viaGamma = SpecialFunctions.regularizedGammaQ(0.5, x / 2.0);
      assertEquals(1.0, viaGamma / viaErfc, 1e-12, "x=" + x);
    }
  }

  /** 2 df: P(χ²₂ ≥ x) = e^(−x/2) exactly. */
  @Test
  void twoDegreesOfFreedomIsExponential() {
    for (int i = 1; i <= 400; i++) {
      double x = i * 0.53;
      assertEquals(1.0, ChiSquare.survival(x, 2) / Math.exp(-x / 2.0), 1e-12, "x=" + x);
    }
  }
}
