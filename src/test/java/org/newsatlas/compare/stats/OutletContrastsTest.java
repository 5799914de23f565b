package org.newsatlas.compare.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsatlas.core.Settings;

class OutletContrastsTest {

  /**
   * Outlet: 20 of its 100 articles mention the place; the rest: 30 of 300.
   * share = 0.2, rest_share = 0.1, share_ratio = 2; log-odds and z as in FightinWordsTest (pooled prior):
   * δ = ln(217/172), z = 1.4200050324359977. 2x2 table [[20, 80], [30, 270]]: N = 400, ad − bc = 5400 − 2400 = 3000;
   * X² = 400 · 3000² / (100 · 300 · 50 · 350) = 3.6e9 / 5.25e8 = 6.857142857142857 (= 48/7);
   * p = erfc(√(X²/2)) = erfc(√(24/7)) = 0.0088287609528186254 (mpmath).
   */
  @Test
  void handWorkedContrast() {
    OutletContrast c = OutletContrasts.defaults().contrast(20, 100, 30, 300).orElseThrow();
    assertEquals(0.2, c.share(), 1e-15);
    assertEquals(0.1, c.restShare(), 1e-15);
    assertEquals(2.0, c.shareRatio(), 1e-15);
    assertEquals(Math.log(217.0 / 172.0), c.logOdds(), 1e-15);
    assertEquals(1.4200050324359977, c.z(), 1e-14);
    assertEquals(48.0 / 7.0, c.chi2(), 1e-13);
    assertEquals(0.0088287609528186254, c.pValue(), 1e-15);
  }

  @Test
  void againstPoolSubtractsTheOutlet() {
    OutletContrasts oc = OutletContrasts.defaults();
    assertEquals(oc.contrast(20, 100, 30, 300), oc.contrastAgainstPool(20, 100, 50, 400));
  }

  @Test
  void thresholdsSuppressThinEvidence() {
    OutletContrasts oc = new OutletContrasts(FightinWords.pooledPrior(), false, 5, 20);
    assertEquals(Optional.empty(), oc.contrast(2, 100, 2, 300), "pooled count 4 < 5");
    assertEquals(Optional.empty(), oc.contrast(3, 19, 30, 300), "outlet total 19 < 20");
    assertEquals(Optional.empty(), oc.contrast(3, 100, 3, 19), "rest total 19 < 20");
    assertTrue(oc.contrast(5, 20, 0, 20).isPresent());
    OutletContrast onlyHere = oc.contrast(5, 20, 0, 20).get();
    assertEquals(Double.POSITIVE_INFINITY, onlyHere.shareRatio());
    assertTrue(onlyHere.z() > 0);
  }

  @Test
  void inconsistentCountsAreABug() {
    assertThrows(IllegalArgumentException.class, () -> OutletContrasts.defaults().contrast(101, 100, 3, 300));
    assertThrows(IllegalArgumentException.class, () -> OutletContrasts.defaults().contrast(-1, 100, 3, 300));
  }

  @Test
  void fromSettings() {
    OutletContrasts oc = OutletContrasts.fromSettings(Settings.of(Map.of(
        "compare.prior", "fixed", "compare.prior.alpha0", "1000", "compare.yates", "true",
        "compare.min_count", "1", "compare.min_outlet_total", "1")));
    assertTrue(!oc.prior().pooled() && oc.yates() && oc.minCount() == 1);
    OutletContrast c = oc.contrast(20, 100, 30, 300).orElseThrow();
    assertEquals(0.11475720100893756, c.logOdds(), 1e-15); // FightinWordsTest.handWorkedFixedPrior
    assertEquals(ChiSquare.twoByTwo(20, 80, 30, 270, true).statistic(), c.chi2(), 0.0);
    assertThrows(IllegalArgumentException.class,
        () -> OutletContrasts.fromSettings(Settings.of(Map.of("compare.prior", "flat"))));
  }
}
