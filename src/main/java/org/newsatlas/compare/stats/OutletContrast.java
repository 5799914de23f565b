package org.newsatlas.compare.stats;

import java.io.Serializable;

/**
 * One outlet against the rest of the pool for one key (a place, country, event type or actor), as a row of
 * {@code outlet_place_contrast}. Built by {@link OutletContrasts#contrast}.
 *
 * @param count       the outlet's count for the key (e.g. its articles mentioning the place)
 * @param outletTotal the outlet's total (e.g. all its articles in the week)
 * @param restCount   the key's count in all other outlets together
 * @param restTotal   the total of all other outlets together
 * @param share       coverage share, count / outletTotal
 * @param restShare   restCount / restTotal
 * @param shareRatio  share / restShare: 2 means the outlet covers the key twice as often as the rest;
 *                    +Infinity when the rest never covers it
 * @param logOdds     Fightin' Words δ, the prior-smoothed log-odds ratio (natural log), see {@link FightinWords}
 * @param z           Fightin' Words z-score δ/σ
 * @param chi2        Pearson's X² of the 2x2 table [[count, outletTotal − count], [restCount, restTotal − restCount]]
 * @param pValue      P(χ²₁ ≥ chi2), two-sided; NaN when the table has an empty row or column
 */
public record OutletContrast(
    long count,
    long outletTotal,
    long restCount,
    long restTotal,
    double share,
    double restShare,
    double shareRatio,
    double logOdds,
    double z,
    double chi2,
    double pValue)
    implements Serializable {}
