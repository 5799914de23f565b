package org.newsatlas.report;

import java.nio.file.Path;

/**
 * What the report shows.
 *
 * @param topOutlets outlets drawn by name (the others are grouped as "other"), by article volume
 * @param topPlaces places in the place x week heatmap, by articles
 * @param basemapDir folder holding world-atlas TopoJSON ({@code scripts/fetch-basemap.sh}); null or absent = graticule only
 * @param dedup count each syndication cluster once (the {@code *_dedup} columns) instead of every copy
 */
public record ReportOptions(int topOutlets, int topPlaces, Path basemapDir, boolean dedup) {
  public ReportOptions {
    if (topOutlets < 1) throw new IllegalArgumentException("--top must be at least 1, not " + topOutlets + ".");
    if (topPlaces < 1) throw new IllegalArgumentException("the number of places must be at least 1, not " + topPlaces + ".");
  }

  /** 6 outlets, 25 places, the basemap in {@link #defaultBasemapDir()}, raw counts. */
  public static ReportOptions defaults() {
    return new ReportOptions(6, 25, defaultBasemapDir(), false);
  }

  public ReportOptions withTopOutlets(int n) {
    return new ReportOptions(n, topPlaces, basemapDir, dedup);
  }

  public ReportOptions withBasemapDir(Path dir) {
    return new ReportOptions(topOutlets, topPlaces, dir, dedup);
  }

  public ReportOptions withDedup(boolean d) {
    return new ReportOptions(topOutlets, topPlaces, basemapDir, d);
  }

  /** {@code $NEWSATLAS_HOME/.cache/basemap} when run through scripts/newsatlas, else {@code .cache/basemap} here. */
  public static Path defaultBasemapDir() {
    String home = System.getenv("NEWSATLAS_HOME");
    return (home != null && !home.isBlank() ? Path.of(home) : Path.of("")).resolve(".cache").resolve("basemap");
  }
}
