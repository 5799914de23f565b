package org.newsatlas.compare.stats;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Jensen–Shannon divergence between two discrete distributions given as counts (say, two outlets' articles per
 * place), in bits, so that it lies in [0, 1]: 0 for identical distributions, 1 for disjoint supports.
 *
 * <p>With P and Q the normalised distributions and M = (P + Q)/2,
 * JSD(P‖Q) = ½ KL(P‖M) + ½ KL(Q‖M) = H(M) − ½ (H(P) + H(Q)), where KL(P‖M) = Σₖ Pₖ log₂(Pₖ/Mₖ) and terms with
 * Pₖ = 0 are 0. Its square root is a metric (Endres & Schindelin 2003), returned by the {@code distance} methods.
 *
 * <p>Optional additive smoothing adds the same pseudo-count s ≥ 0 to every key of the union of both supports (for
 * maps) or to every position (for arrays) before normalising: Pₖ = (pₖ + s)/(Σp + s·K). Without smoothing a key
 * seen by one outlet only contributes its full weight; with it, rare keys count less. A distribution whose total is
 * 0 after smoothing has no divergence: the result is NaN.
 */
public final class JensenShannon {
  private JensenShannon() {}

  /** JSD in bits of two count vectors over the same K keys, without smoothing. */
  public static double divergence(long[] p, long[] q) {
    return divergence(toDouble(p), toDouble(q), 0.0);
  }

  /** JSD in bits of two non-negative weight vectors over the same K keys, with pseudo-count {@code smoothing}. */
  public static double divergence(double[] p, double[] q, double smoothing) {
    if (p.length != q.length) {
      throw new IllegalArgumentException("distributions differ in length: " + p.length + " vs " + q.length);
    }
    checkSmoothing(smoothing);
    double sp = 0, sq = 0;
    for (int k = 0; k < p.length; k++) {
      sp += nonNegative(p[k]);
      sq += nonNegative(q[k]);
    }
    sp += smoothing * p.length;
    sq += smoothing * q.length;
    if (!(sp > 0) || !(sq > 0)) return Double.NaN;
    double sum = 0;
    for (int k = 0; k < p.length; k++) {
      sum += halfTerms((p[k] + smoothing) / sp, (q[k] + smoothing) / sq);
    }
    return clamp(sum);
  }

  /** JSD in bits of two count maps; keys absent from a map count 0; {@code smoothing} over the union of keys. */
  public static <K> double divergence(Map<K, ? extends Number> p, Map<K, ? extends Number> q, double smoothing) {
    checkSmoothing(smoothing);
    Set<K> keys = new HashSet<>(p.keySet());
    keys.addAll(q.keySet());
    double sp = smoothing * keys.size(), sq = smoothing * keys.size();
    for (Number v : p.values()) sp += nonNegative(v.doubleValue());
    for (Number v : q.values()) sq += nonNegative(v.doubleValue());
    if (!(sp > 0) || !(sq > 0)) return Double.NaN;
    double sum = 0;
    for (K k : keys) {
      Number a = p.get(k), b = q.get(k);
      double pk = ((a == null ? 0 : a.doubleValue()) + smoothing) / sp;
      double qk = ((b == null ? 0 : b.doubleValue()) + smoothing) / sq;
      sum += halfTerms(pk, qk);
    }
    return clamp(sum);
  }

  /** √JSD, the Jensen–Shannon distance (a metric), for count vectors. */
  public static double distance(long[] p, long[] q) {
    return Math.sqrt(divergence(p, q));
  }

  /** √JSD for weight vectors with smoothing. */
  public static double distance(double[] p, double[] q, double smoothing) {
    return Math.sqrt(divergence(p, q, smoothing));
  }

  /** √JSD for count maps with smoothing. */
  public static <K> double distance(Map<K, ? extends Number> p, Map<K, ? extends Number> q, double smoothing) {
    return Math.sqrt(divergence(p, q, smoothing));
  }

  private static final double LN2 = Math.log(2.0);

  /**
   * ½ P log₂(P/M) + ½ Q log₂(Q/M) for one key. P/M = 2P/(P+Q) = 1 + (P−Q)/(P+Q): log1p keeps the precision when P and
   * Q are close, where the plain ratio would round to 1.
   */
  private static double halfTerms(double pk, double qk) {
    double s = pk + qk;
    if (s == 0) return 0;
    double r = (pk - qk) / s;
    double t = 0;
    if (pk > 0) t += pk * Math.log1p(r);
    if (qk > 0) t += qk * Math.log1p(-r);
    return 0.5 * t / LN2;
  }

  /** Rounding can push a true 0 or 1 a few ulps outside [0, 1]. */
  private static double clamp(double v) {
    return v < 0 ? 0.0 : Math.min(v, 1.0);
  }

  private static double nonNegative(double v) {
    if (!(v >= 0) || Double.isInfinite(v)) throw new IllegalArgumentException("count must be finite and >= 0: " + v);
    return v;
  }

  private static void checkSmoothing(double s) {
    if (!(s >= 0) || Double.isInfinite(s)) throw new IllegalArgumentException("smoothing must be finite and >= 0: " + s);
  }

  private static double[] toDouble(long[] a) {
    double[] d = new double[a.length];
    for (int i = 0; i < a.length; i++) d[i] = a[i];
    return d;
  }
}
