package org.newsatlas.compare.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FightinWordsTest {

  /**
   * Outlet: 20 of 100; rest: 30 of 300. Pooled prior: α_w = 20 + 30 = 50, α₀ = 100 + 300 = 400.
   * δ = ln((20+50)/(100+400−20−50)) − ln((30+50)/(300+400−30−50)) = ln(70/430) − ln(80/620)
   *   = ln(70·620 / (430·80)) = ln(217/172) = 0.23240287672700651 (mpmath).
   * σ² = 1/70 + 1/80 = 15/560 = 3/112 = 0.026785714285714286; z = δ/√σ² = 1.4200050324359977.
   */
  @Test
  void handWorkedPooledPrior() {
    FightinWords.Score s = FightinWords.pooledPrior().score(20, 100, 30, 300);
    assertEquals(50.0, s.alphaW(), 0.0);
    assertEquals(400.0, s.alpha0(), 0.0);
    assertEquals(Math.log(217.0 / 172.0), s.delta(), 1e-15);
    assertEquals(0.23240287672700651, s.delta(), 1e-15);
    assertEquals(3.0 / 112.0, s.variance(), 1e-17);
    assertEquals(1.4200050324359977, s.z(), 1e-14);
  }

  /**
   * Same counts, fixed α₀ = 1000: α_w = 1000 · 50/400 = 125.
   * δ = ln(145/955) − ln(155/1145) = ln(145·1145/(955·155)) = 0.11475720100893756;
   * σ² = 1/145 + 1/155 = 0.013348164627363737; z = 0.99327423411503547 (mpmath).
   */
  @Test
  void handWorkedFixedPrior() {
    FightinWords.Score s = FightinWords.fixedPrior(1000).score(20, 100, 30, 300);
    assertEquals(125.0, s.alphaW(), 1e-12);
    assertEquals(0.11475720100893756, s.delta(), 1e-15);
    assertEquals(0.013348164627363737, s.variance(), 1e-17);
    assertEquals(0.99327423411503547, s.z(), 1e-14);
  }

  private static double logit(double t) {
    return Math.log(t) - Math.log1p(-t);
  }

  /**
   * Second method: δ is the difference of posterior-mean logits, θᵢ = (yᵢ + α_w)/(nᵢ + α₀), δ = logit θᵢ − logit θⱼ
   * (eq. 16 rearranged), on random counts and both priors.
   */
  @Test
  void deltaIsDifferenceOfPosteriorLogits() {
    Random rnd = new Random(16);
    for (int t = 0; t < 5000; t++) {
      long ni = 1 + rnd.nextInt(5000), nj = 1 + rnd.nextInt(50000);
      long yi = rnd.nextInt((int) ni + 1), yj = rnd.nextInt((int) nj + 1);
      if (yi + yj == 0 || yi + yj == ni + nj) continue;
      for (FightinWords fw : new FightinWords[] {FightinWords.pooledPrior(), FightinWords.fixedPrior(1 + rnd.nextInt(2000))}) {
        FightinWords.Score s = fw.score(yi, ni, yj, nj);
        double a0 = fw.pooled() ? ni + nj : s.alpha0();
        double aw = a0 * (double) (yi + yj) / (ni + nj);
        double expected = logit((yi + aw) / (ni + a0)) - logit((yj + aw) / (nj + a0));
        assertEquals(expected, s.delta(), 1e-9 * Math.max(1, Math.abs(expected)), yi + "/" + ni + " vs " + yj + "/" + nj);
        assertEquals(1.0 / (yi + aw) + 1.0 / (yj + aw), s.variance(), 1e-12 * s.variance());
        assertEquals(s.delta() / Math.sqrt(s.variance()), s.z(), 1e-12 * Math.max(1, Math.abs(s.z())));
      }
    }
  }

  /**
   * With a vanishing prior, δ tends to the plain log odds ratio ln(ad/bc) of the 2x2 table, and the full variance to
   * Woolf's 1/a + 1/b + 1/c + 1/d. Table: outlet 30 of 100, rest 20 of 200 → a=30, b=70, c=20, d=180:
   * ln(30·180/(70·20)) = ln(5400/1400) = ln(27/7) = 1.3499267169490159; Woolf = 1/30+1/70+1/20+1/180.
   */
  @Test
  void vanishingPriorGivesTheClassicalLogOddsRatio() {
    FightinWords tiny = FightinWords.fixedPrior(1e-9).withVariance(FightinWords.Variance.FULL);
    FightinWords.Score s = tiny.score(30, 100, 20, 200);
    assertEquals(Math.log(27.0 / 7.0), s.delta(), 1e-9);
    assertEquals(1.0 / 30 + 1.0 / 70 + 1.0 / 20 + 1.0 / 180, s.variance(), 1e-9);
  }

  @Test
  void swappingSidesNegates() {
    FightinWords fw = FightinWords.pooledPrior();
    FightinWords.Score ab = fw.score(7, 90, 40, 1000), ba = fw.score(40, 1000, 7, 90);
    assertEquals(-ab.delta(), ba.delta(), 1e-15);
    assertEquals(-ab.z(), ba.z(), 1e-14);
  }

  @Test
  void strongerPriorShrinksMore() {
    double previous = Double.POSITIVE_INFINITY;
    for (double a0 : new double[] {10, 100, 1000, 10000, 100000}) {
      double d = Math.abs(FightinWords.fixedPrior(a0).score(40, 200, 60, 2000).delta());
      assertTrue(d < previous, "alpha0=" + a0);
      previous = d;
    }
  }

  /** scoreAll uses vector sums as totals and a prior whose α_w sum to α₀. */
  @Test
  void scoreAllOverAVocabulary() {
    long[] outlet = {50, 0, 10, 40}, rest = {100, 30, 70, 800};
    FightinWords fw = FightinWords.fixedPrior(500);
    FightinWords.Score[] all = fw.scoreAll(outlet, rest);
    double sumAlpha = 0;
    for (int w = 0; w < 4; w++) {
      sumAlpha += all[w].alphaW();
      FightinWords.Score one = fw.score(outlet[w], 100, rest[w], 1000);
      assertEquals(one.delta(), all[w].delta(), 0.0);
    }
    assertEquals(500.0, sumAlpha, 1e-9);
    assertTrue(all[0].z() > 0 && all[1].z() < 0, "outlet over-uses key 0 and never uses key 1");
  }

  @Test
  void undefinedCasesAreNaN() {
    FightinWords fw = FightinWords.pooledPrior();
    assertTrue(Double.isNaN(fw.score(0, 10, 0, 20).delta()), "key absent everywhere");
    assertTrue(Double.isNaN(fw.score(10, 10, 20, 20).delta()), "key is the whole pool");
    assertThrows(IllegalArgumentException.class, () -> fw.score(11, 10, 0, 20));
    assertThrows(IllegalArgumentException.class, () -> FightinWords.fixedPrior(0));
  }
}
