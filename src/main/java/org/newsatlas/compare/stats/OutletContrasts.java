package org.newsatlas.compare.stats;

import java.io.Serializable;
import java.util.Optional;
import org.newsatlas.core.Settings;

/**
 * Computes {@link OutletContrast}s with one configuration: the Fightin' Words prior, Yates' correction on or off, and
 * minimum counts below which no contrast is reported (a share of 1 article in 2 says nothing). Immutable and
 * serialisable, so a Spark job can capture it in a closure.
 *
 * <p>Settings keys read by {@link #fromSettings(Settings)} (defaults in brackets):
 * <ul>
 *   <li>{@code compare.prior} [{@code pooled}]: {@code pooled} (α₀ = pooled total) or {@code fixed}</li>
 *   <li>{@code compare.prior.alpha0} [1000]: α₀ when the prior is fixed</li>
 *   <li>{@code compare.yates} [false]: Yates' continuity correction on the 2x2 chi-square</li>
 *   <li>{@code compare.min_count} [5]: minimum count of the key in the pool (outlet + rest)</li>
 *   <li>{@code compare.min_outlet_total} [20]: minimum outlet total (and rest total)</li>
 * </ul>
 */
public final class OutletContrasts implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final long DEFAULT_MIN_COUNT = 5;
  public static final long DEFAULT_MIN_OUTLET_TOTAL = 20;
  public static final double DEFAULT_FIXED_ALPHA0 = 1000;

  private final FightinWords prior;
  private final boolean yates;
  private final long minCount;
  private final long minOutletTotal;

  public OutletContrasts(FightinWords prior, boolean yates, long minCount, long minOutletTotal) {
    if (minCount < 0 || minOutletTotal < 0) {
      throw new IllegalArgumentException("minimum counts must be >= 0: " + minCount + ", " + minOutletTotal);
    }
    this.prior = prior;
    this.yates = yates;
    this.minCount = minCount;
    this.minOutletTotal = minOutletTotal;
  }

  /** Pooled prior, no Yates correction, default thresholds. */
  public static OutletContrasts defaults() {
    return new OutletContrasts(FightinWords.pooledPrior(), false, DEFAULT_MIN_COUNT, DEFAULT_MIN_OUTLET_TOTAL);
  }

  /** From the {@code compare.*} settings (see the class comment); an unknown prior name stops with a clear message. */
  public static OutletContrasts fromSettings(Settings s) {
    String kind = s.get("compare.prior", "pooled").trim();
    FightinWords fw;
    if (kind.equalsIgnoreCase("pooled")) {
      fw = FightinWords.pooledPrior();
    } else if (kind.equalsIgnoreCase("fixed")) {
      fw = FightinWords.fixedPrior(s.getDouble("compare.prior.alpha0", DEFAULT_FIXED_ALPHA0));
    } else {
      throw new IllegalArgumentException("compare.prior must be 'pooled' or 'fixed', got '" + kind + "'");
    }
    return new OutletContrasts(
        fw,
        s.getBoolean("compare.yates", false),
        s.getInt("compare.min_count", (int) DEFAULT_MIN_COUNT),
        s.getInt("compare.min_outlet_total", (int) DEFAULT_MIN_OUTLET_TOTAL));
  }

  /**
   * The outlet against the rest for one key, or empty when the key's pooled count is below {@code minCount} or
   * either side's total is below {@code minOutletTotal}.
   *
   * @throws IllegalArgumentException if a count is negative or exceeds its total (a bug upstream, not data)
   */
  public Optional<OutletContrast> contrast(long count, long outletTotal, long restCount, long restTotal) {
    if (count < 0 || restCount < 0 || count > outletTotal || restCount > restTotal) {
      throw new IllegalArgumentException("inconsistent counts: count=" + count + " outletTotal=" + outletTotal
          + " restCount=" + restCount + " restTotal=" + restTotal);
    }
    if (count + restCount < minCount || outletTotal < Math.max(1, minOutletTotal) || restTotal < Math.max(1, minOutletTotal)) {
      return Optional.empty();
    }
    double share = (double) count / outletTotal;
    double restShare = (double) restCount / restTotal;
    double ratio = restShare > 0 ? share / restShare : (share > 0 ? Double.POSITIVE_INFINITY : Double.NaN);
    FightinWords.Score fw = prior.score(count, outletTotal, restCount, restTotal);
    ChiSquare.Result chi = ChiSquare.twoByTwo(count, outletTotal - count, restCount, restTotal - restCount, yates);
    return Optional.of(new OutletContrast(count, outletTotal, restCount, restTotal, share, restShare, ratio,
        fw.delta(), fw.z(), chi.statistic(), chi.pValue()));
  }

  /** The same, given the pool (all outlets including this one) instead of the rest: rest = pool − outlet. */
  public Optional<OutletContrast> contrastAgainstPool(long count, long outletTotal, long poolCount, long poolTotal) {
    return contrast(count, outletTotal, poolCount - count, poolTotal - outletTotal);
  }

  public FightinWords prior() {
    return prior;
  }

  public boolean yates() {
    return yates;
  }

  public long minCount() {
    return minCount;
  }

  public long minOutletTotal() {
    return minOutletTotal;
  }
}
