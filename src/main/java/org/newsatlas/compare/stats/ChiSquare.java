package org.newsatlas.compare.stats;

import java.io.Serializable;

/**
 * Pearson's chi-square test of independence for a 2x2 table, and the chi-square survival function.
 *
 * <p>For the table
 * <pre>
 *              key    not key
 *   outlet      a        b       r1 = a + b
 *   rest        c        d       r2 = c + d
 *              c1       c2       N  = a + b + c + d      (c1 = a + c, c2 = b + d)
 * </pre>
 * the statistic is X² = Σ (O − E)² / E over the four cells with E = row total × column total / N, which for a 2x2
 * table equals the shortcut X² = N (ad − bc)² / (r1 r2 c1 c2). With Yates' continuity correction each |O − E| (equal
 * in the four cells, |ad − bc| / N) is reduced by ½ but not below 0, as R's {@code chisq.test} does:
 * X²<sub>Yates</sub> = N (max(0, |ad − bc| − N/2))² / (r1 r2 c1 c2).
 *
 * <p>The p-value is the upper tail of the chi-square distribution with 1 degree of freedom,
 * P(χ²₁ ≥ x) = erfc(√(x/2)), and in general with k degrees of freedom Q(k/2, x/2), the regularized upper incomplete
 * gamma function. A table with an empty row or column has no test: statistic and p-value are NaN.
 */
public final class ChiSquare {
  private ChiSquare() {}

  /** A test's statistic, its degrees of freedom and its p-value. */
  public record Result(double statistic, int df, double pValue) implements Serializable {}

  /** The 2x2 test of {@code [[a, b], [c, d]]}, with or without Yates' continuity correction. */
  public static Result twoByTwo(long a, long b, long c, long d, boolean yates) {
    if (a < 0 || b < 0 || c < 0 || d < 0) {
      throw new IllegalArgumentException("negative cell in 2x2 table: " + a + ", " + b + ", " + c + ", " + d);
    }
    long r1 = a + b, r2 = c + d, c1 = a + c, c2 = b + d;
    if (r1 == 0 || r2 == 0 || c1 == 0 || c2 == 0) return new Result(Double.NaN, 1, Double.NaN);
    double n = (double) r1 + (double) r2;
    double diff = Math.abs(crossDifference(a, b, c, d));
    if (yates) diff = Math.max(0.0, diff - n / 2.0);
    // N·D²/(r1·r2·c1·c2), ordered so that no intermediate overflows or loses precision.
    double statistic = (diff / ((double) r1 * (double) r2)) * (diff / ((double) c1 * (double) c2)) * n;
    return new Result(statistic, 1, survival1(statistic));
  }

  /** ad − bc, exact in long arithmetic while every cell is below 2³¹, else in double. */
  private static double crossDifference(long a, long b, long c, long d) {
    long limit = 1L << 31;
    if (a < limit && b < limit && c < limit && d < limit) return (double) (a * d - b * c);
    return (double) a * (double) d - (double) b * (double) c;
  }

  /** P(χ²₁ ≥ x) = erfc(√(x/2)); 1 for x ≤ 0, NaN for NaN. */
  public static double survival1(double x) {
    if (Double.isNaN(x)) return Double.NaN;
    if (x <= 0) return 1.0;
    return SpecialFunctions.erfc(Math.sqrt(x / 2.0));
  }

  /** P(χ²ₖ ≥ x) = Q(k/2, x/2) for k ≥ 1 degrees of freedom; 1 for x ≤ 0, NaN for NaN. */
  public static double survival(double x, int df) {
    if (df < 1) throw new IllegalArgumentException("degrees of freedom must be at least 1, got " + df);
    if (Double.isNaN(x)) return Double.NaN;
    if (x <= 0) return 1.0;
    if (df == 1) return survival1(x);
    return SpecialFunctions.regularizedGammaQ(df / 2.0, x / 2.0);
  }
}
