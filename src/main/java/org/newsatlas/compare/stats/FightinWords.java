package org.newsatlas.compare.stats;

import java.io.Serializable;

/**
 * The log-odds ratio with an informative Dirichlet prior of Monroe, Colaresi &amp; Quinn (2008), "Fightin' Words:
 * Lexical Feature Selection and Evaluation for Identifying the Content of Political Conflict", Political Analysis
 * 16(4): 372–403, §3.5: which keys (places, countries, event types, actors) one outlet i uses more or less than the
 * rest j, shrunk toward the pooled usage so that rare keys do not dominate.
 *
 * <p>For key w, with yᵢ = the outlet's count of w, nᵢ = the outlet's total, yⱼ and nⱼ the same for the rest, and a
 * Dirichlet prior with pseudo-counts α_w summing to α₀ over all keys, the point estimate (§3.5.1, eq. 16) is
 * <pre>
 *   δ_w = ln[(yᵢ + α_w) / (nᵢ + α₀ − yᵢ − α_w)] − ln[(yⱼ + α_w) / (nⱼ + α₀ − yⱼ − α_w)]
 * </pre>
 * its approximate variance (eqs. 19–20) is σ²_w ≈ 1/(yᵢ + α_w) + 1/(yⱼ + α_w), and the z-score (eq. 22) is
 * z_w = δ_w / √σ²_w. Positive δ and z: the outlet uses w more than the rest. Logarithms are natural.
 *
 * <p>Eq. 20 keeps only the dominant terms of the delta-method variance of a log-odds; the full variance adds
 * 1/(nᵢ + α₀ − yᵢ − α_w) + 1/(nⱼ + α₀ − yⱼ − α_w), which matters only for keys holding a large share of the totals
 * (a capital city in an outlet that covers one country). {@link Variance#FULL} uses it; the default is the paper's.
 *
 * <p><b>The prior.</b> The informative prior shrinks toward the pooled distribution: α_w = α₀ · (yᵢ + yⱼ)/(nᵢ + nⱼ),
 * so α₀ is the only choice left, the prior's total weight in pseudo-counts:
 * <ul>
 *   <li>{@link #pooledPrior()} (the default): α₀ = nᵢ + nⱼ, i.e. α_w = yᵢ + yⱼ, the pooled counts themselves. This is
 *       the empirical-Bayes choice of Jurafsky et al. (2014) and of R's tidylo, the form most analysts know; the
 *       prior weighs as much as the data, and z-scores grow with corpus size as significance should.</li>
 *   <li>{@link #fixedPrior(double)}: a constant α₀ (e.g. 1000), the same shrinkage for every week and pool size;
 *       use it to compare δ across weeks of very different volume.</li>
 * </ul>
 *
 * <p><b>Units.</b> The formula for one key is the log-odds of "w" against "not w" for each side, so it holds both
 * for multinomial counts (n = Σ_w y_w, e.g. place mentions) and for article counts (y = articles mentioning w,
 * n = articles, one Beta prior per key). Either way α₀ − α_w must be positive, i.e. the key is not 100% of the pool.
 *
 * <p>Undefined cases give NaN: a key absent from both sides (α_w = 0 and yᵢ = yⱼ = 0), a key that is the whole pool.
 */
public final class FightinWords implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Which variance to divide δ by. */
  public enum Variance {
    /** Eq. 20 of the paper: 1/(yᵢ + α_w) + 1/(yⱼ + α_w). */
    MONROE_APPROXIMATE,
    /** The full delta-method variance of the two log-odds, adding 1/(n + α₀ − y − α_w) for each side. */
    FULL
  }

  /** δ, σ², z and the prior used, for one key. */
  public record Score(double delta, double variance, double z, double alphaW, double alpha0) implements Serializable {}

  private final double fixedAlpha0; // NaN: the pooled total
  private final Variance variance;

  private FightinWords(double fixedAlpha0, Variance variance) {
    this.fixedAlpha0 = fixedAlpha0;
    this.variance = variance;
  }

  /** α₀ = nᵢ + nⱼ, α_w = yᵢ + yⱼ (the default). */
  public static FightinWords pooledPrior() {
    return new FightinWords(Double.NaN, Variance.MONROE_APPROXIMATE);
  }

  /** A fixed prior weight α₀ &gt; 0, spread over keys in proportion to their pooled counts. */
  public static FightinWords fixedPrior(double alpha0) {
    if (!(alpha0 > 0) || Double.isInfinite(alpha0)) {
      throw new IllegalArgumentException("alpha0 must be a positive number, got " + alpha0);
    }
    return new FightinWords(alpha0, Variance.MONROE_APPROXIMATE);
  }

  /** The same prior with another variance formula. */
  public FightinWords withVariance(Variance v) {
    return new FightinWords(fixedAlpha0, v);
  }

  /** True when α₀ is the pooled total, false when fixed. */
  public boolean pooled() {
    return Double.isNaN(fixedAlpha0);
  }

  /** The outlet (i) against the rest (j) for one key: counts of the key and totals on each side. */
  public Score score(double yi, double ni, double yj, double nj) {
    checkCounts(yi, ni, "outlet");
    checkCounts(yj, nj, "rest");
    double poolCount = yi + yj;
    double poolTotal = ni + nj;
    double alpha0;
    double alphaW;
    if (pooled()) {
      alpha0 = poolTotal;
      alphaW = poolCount;
    } else {
      alpha0 = fixedAlpha0;
      alphaW = poolTotal > 0 ? fixedAlpha0 * (poolCount / poolTotal) : Double.NaN;
    }
    return score(yi, ni, yj, nj, alphaW, alpha0, variance);
  }

  /**
   * Eqs. 16, 20 and 22 with an explicit prior (α_w, α₀), e.g. from a background corpus. NaN when a logarithm's
   * argument is not positive.
   */
  public static Score score(double yi, double ni, double yj, double nj, double alphaW, double alpha0, Variance v) {
    double ai = yi + alphaW, aj = yj + alphaW;
    double bi = ni + alpha0 - yi - alphaW, bj = nj + alpha0 - yj - alphaW;
    if (!(ai > 0 && aj > 0 && bi > 0 && bj > 0)) {
      return new Score(Double.NaN, Double.NaN, Double.NaN, alphaW, alpha0);
    }
    double delta = Math.log(ai / bi) - Math.log(aj / bj);
    double var = 1.0 / ai + 1.0 / aj;
    if (v == Variance.FULL) var += 1.0 / bi + 1.0 / bj;
    return new Score(delta, var, delta / Math.sqrt(var), alphaW, alpha0);
  }

  /**
   * Scores every key at once from two aligned count vectors (outlet, rest): totals are the vector sums, as in the
   * multinomial model of the paper.
   */
  public Score[] scoreAll(long[] outletCounts, long[] restCounts) {
    if (outletCounts.length != restCounts.length) {
      throw new IllegalArgumentException("count vectors differ in length: " + outletCounts.length + " vs " + restCounts.length);
    }
    double ni = 0, nj = 0;
    for (int w = 0; w < outletCounts.length; w++) {
      ni += outletCounts[w];
      nj += restCounts[w];
    }
    Score[] out = new Score[outletCounts.length];
    for (int w = 0; w < out.length; w++) out[w] = score(outletCounts[w], ni, restCounts[w], nj);
    return out;
  }

  private static void checkCounts(double y, double n, String side) {
    if (!(y >= 0) || !(n >= y) || Double.isInfinite(n)) {
      throw new IllegalArgumentException(side + " count " + y + " must be >= 0 and <= its total " + n);
    }
  }

  @Override
  public String toString() {
    return "FightinWords[alpha0=" + (pooled() ? "pooled total" : fixedAlpha0) + ", variance=" + variance + "]";
  }
}
