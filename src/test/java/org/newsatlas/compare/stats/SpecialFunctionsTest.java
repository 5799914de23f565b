package org.newsatlas.compare.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class SpecialFunctionsTest {

  private static void assertRelative(double expected, double actual, double tol, String what) {
    double err = expected == 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
    assertTrue(err <= tol, what + ": expected " + expected + " got " + actual + " (relative error " + err + ")");
  }

  /**
   * Published values: the three of the brief (Abramowitz & Stegun table 7.1 to 16 digits), and the rest computed
   * with mpmath at 30 significant digits (mp.dps = 30; erfc(mpf(x))), rounded to 17 digits here.
   */
  @Test
  void erfcMatchesPublishedValues() {
    double[][] table = {
      {0.5, 0.4795001221869535},
      {1.0, 0.15729920705028513},
      {2.0, 0.004677734981047266},
      {0.1, 0.88753708398171511},
      {0.46875, 0.50738652678206201},
      {3.0, 2.2090496998585441e-5},
      {4.0, 1.5417257900280019e-8},
      {5.0, 1.5374597944280349e-12},
      {10.0, 2.0884875837625448e-45},
      {26.0, 5.6631924088561428e-296},
      {-1.0, 1.8427007929497149},
      {-0.3, 1.3286267594591274},
      {0.0, 1.0},
    };
    for (double[] row : table) {
      assertRelative(row[1], SpecialFunctions.erfc(row[0]), 1e-14, "erfc(" + row[0] + ")");
    }
    assertEquals(0.0, SpecialFunctions.erfc(27.0));
    assertEquals(2.0, SpecialFunctions.erfc(-30.0));
    assertTrue(Double.isNaN(SpecialFunctions.erfc(Double.NaN)));
  }

  /** erf(x) by its Maclaurin series 2/√π Σ (−1)ⁿ x^(2n+1) / (n! (2n+1)) in 80-digit decimal arithmetic. */
  private static double erfcBySeries(double x) {
    MathContext mc = new MathContext(80);
    BigDecimal bx = new BigDecimal(x);
    BigDecimal x2 = bx.multiply(bx, mc);
    BigDecimal power = bx; // x^(2n+1) / n!
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal eps = new BigDecimal("1e-75");
    for (int n = 0; n < 2000; n++) {
      BigDecimal term = power.divide(BigDecimal.valueOf(2L * n + 1), mc);
      sum = (n % 2 == 0) ? sum.add(term, mc) : sum.subtract(term, mc);
      if (term.abs().compareTo(eps) < 0 && n > 10) break;
      power = power.multiply(x2, mc).divide(BigDecimal.valueOf(n + 1), mc);
    }
    BigDecimal sqrtPi = new BigDecimal("3.14159265358979323846264338327950288419716939937510582097494459").sqrt(mc);
    BigDecimal erf = sum.multiply(BigDecimal.valueOf(2), mc).divide(sqrtPi, mc);
    return BigDecimal.ONE.subtract(erf, mc).doubleValue();
  }

  /**
   * erfc(x) = e^(−x²)/√π · 1/(x + ½/(x + 1/(x + (3/2)/(x + …)))), Laplace's continued fraction, evaluated from
   * the 2000th level upward; for x ≥ 3 it converges far below double precision.
   */
  private static double erfcByContinuedFraction(double x) {
    double tail = x;
    for (int k = 2000; k >= 1; k--) tail = x + (k / 2.0) / tail;
    return Math.exp(-x * x) / Math.sqrt(Math.PI) / tail;
  }

  @Test
  void erfcAgreesWithDecimalSeriesOnAGrid() {
    for (int i = -300; i <= 600; i++) {
      double x = i / 100.0;
      assertRelative(erfcBySeries(x), SpecialFunctions.erfc(x), 1e-13, "erfc(" + x + ") vs series");
    }
  }

  @Test
  void erfcAgreesWithContinuedFractionInTheTail() {
    for (int i = 0; i <= 184; i++) {
      double x = 3.0 + i / 8.0; // multiples of 1/8: x² exact, so exp(−x²) carries only its own rounding
      assertRelative(erfcByContinuedFraction(x), SpecialFunctions.erfc(x), 1e-13, "erfc(" + x + ") vs CF");
    }
  }

  @Test
  void erfIsOddAndComplementsErfc() {
    for (int i = -500; i <= 500; i++) {
      double x = i / 97.0;
      assertEquals(-SpecialFunctions.erf(x), SpecialFunctions.erf(-x), 0.0);
      assertEquals(1.0, SpecialFunctions.erf(x) + SpecialFunctions.erfc(x), 2e-16);
    }
  }

  /** Γ(n) = (n−1)!, Γ(½) = √π, Γ(n+½) = (2n)! √π / (4ⁿ n!). */
  @Test
  void logGammaMatchesFactorials() {
    double factorial = 1;
    for (int n = 1; n <= 25; n++) {
      if (n > 1) factorial *= (n - 1);
      assertEquals(Math.log(factorial), SpecialFunctions.logGamma(n), 1e-13 * Math.max(1, Math.log(factorial)), "lnΓ(" + n + ")");
    }
    assertEquals(0.5 * Math.log(Math.PI), SpecialFunctions.logGamma(0.5), 1e-14);
    // Γ(5.5) = 10!/(4⁵·5!)·√π = 3628800/(1024·120)·√π = 29.53125·√π
    assertEquals(Math.log(29.53125 * Math.sqrt(Math.PI)), SpecialFunctions.logGamma(5.5), 1e-14);
    assertTrue(Double.isNaN(SpecialFunctions.logGamma(0)));
  }

  /**
   * Closed forms of Q(a, x) for the chi-square shapes: integer a = m gives the Poisson tail
   * Q(m, x) = e^(−x) Σ_{i<m} xⁱ/i!; half-integer a = m + ½ gives
   * Q(m+½, x) = erfc(√x) + e^(−x) Σ_{i=1..m} x^(i−½)/Γ(i+½).
   */
  private static double closedFormQ(int twiceA, double x) {
    if (twiceA % 2 == 0) {
      int m = twiceA / 2;
      double term = Math.exp(-x), sum = 0;
      for (int i = 0; i < m; i++) {
        sum += term;
        term *= x / (i + 1);
      }
      return sum;
    }
    int m = twiceA / 2;
    double sum = SpecialFunctions.erfc(Math.sqrt(x));
    double term = Math.exp(-x) * Math.sqrt(x) / (0.5 * Math.sqrt(Math.PI)); // i = 1: x^½ / Γ(3/2)
    for (int i = 1; i <= m; i++) {
      sum += term;
      term *= x / (i + 0.5);
    }
    return sum;
  }

  @Test
  void incompleteGammaMatchesClosedForms() {
    for (int twiceA = 1; twiceA <= 60; twiceA++) {
      for (double x : new double[] {1e-3, 0.1, 0.5, 1, 2, 3.5, 5, 8, 13, 21, 34, 55, 89}) {
        double expected = closedFormQ(twiceA, x);
        double q = SpecialFunctions.regularizedGammaQ(twiceA / 2.0, x);
        double p = SpecialFunctions.regularizedGammaP(twiceA / 2.0, x);
        assertRelative(expected, q, 1e-12, "Q(" + twiceA / 2.0 + ", " + x + ")");
        assertEquals(1.0, p + q, 1e-15);
      }
    }
  }

  @Test
  void incompleteGammaEdges() {
    assertEquals(1.0, SpecialFunctions.regularizedGammaQ(2.5, 0.0));
    assertEquals(0.0, SpecialFunctions.regularizedGammaQ(2.5, Double.POSITIVE_INFINITY));
    assertTrue(Double.isNaN(SpecialFunctions.regularizedGammaQ(0, 1)));
    assertTrue(Double.isNaN(SpecialFunctions.regularizedGammaQ(1, -1)));
    // a large shape converges too: Q(500, 500) is just under ½ (median of Gamma(500) ≈ 500 − 1/3)
    double q = SpecialFunctions.regularizedGammaQ(500, 500);
    assertTrue(q > 0.49 && q < 0.5, "Q(500,500)=" + q);
  }
}
