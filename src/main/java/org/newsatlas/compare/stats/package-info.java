/**
 * Outlet-comparison statistics in plain Java (no Spark): Fightin' Words log-odds with an informative Dirichlet prior
 * ({@link org.newsatlas.compare.stats.FightinWords}), 2x2 chi-square ({@link org.newsatlas.compare.stats.ChiSquare}),
 * Benjamini–Hochberg and Holm adjustment ({@link org.newsatlas.compare.stats.MultipleTesting}), Jensen–Shannon
 * divergence ({@link org.newsatlas.compare.stats.JensenShannon}), and one outlet-vs-rest row combining them
 * ({@link org.newsatlas.compare.stats.OutletContrasts}). The Spark compare job calls these per group; every formula
 * is in the Javadoc of the class that computes it.
 */
package org.newsatlas.compare.stats;
