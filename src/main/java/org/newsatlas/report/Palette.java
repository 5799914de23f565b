package org.newsatlas.report;

import java.awt.Color;

/** Colours shared by the charts: one per outlet (Tableau 10, distinguishable and print-safe), grey for "other". */
final class Palette {
  private Palette() {}

  private static final String[] SERIES = {
      "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#17becf",
      "#bcbd22", "#8c564b"};
  static final String OTHER = "#9a9a9a";
  /** Over-coverage (z > 0), significant and not; under-coverage likewise. */
  static final Color OVER = new Color(0xc0392b), OVER_WEAK = new Color(0xefb3ab);
  static final Color UNDER = new Color(0x2166ac), UNDER_WEAK = new Color(0xa9c6e3);

  static String hex(int i) {
    return SERIES[i % SERIES.length];
  }

  static Color color(int i) {
    return Color.decode(hex(i));
  }

  static Color decode(String hex) {
    return Color.decode(hex);
  }

  /** Sequential scale for heatmaps (light yellow to dark red, YlOrRd-like), t in [0, 1]. */
  static String heat(double t) {
    int[][] stops = {{0xff, 0xff, 0xe5}, {0xfe, 0xd9, 0x76}, {0xfd, 0x8d, 0x3c}, {0xe3, 0x1a, 0x1c}, {0x80, 0x00, 0x26}};
    return ramp(stops, t);
  }

  /** Sequential scale for divergence (white to dark blue-purple), t in [0, 1]. */
  static String cool(double t) {
    int[][] stops = {{0xf7, 0xfc, 0xfd}, {0xbf, 0xd3, 0xe6}, {0x8c, 0x96, 0xc6}, {0x88, 0x41, 0x9d}, {0x4d, 0x00, 0x4b}};
    return ramp(stops, t);
  }

  /** Black or white, whichever reads on the given background. */
  static String textOn(String bgHex) {
    Color c = Color.decode(bgHex);
    double lum = 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
    return lum < 140 ? "#ffffff" : "#222222";
  }

  private static String ramp(int[][] stops, double t) {
    if (Double.isNaN(t)) t = 0;
    t = Math.max(0, Math.min(1, t));
    double pos = t * (stops.length - 1);
    int i = Math.min(stops.length - 2, (int) Math.floor(pos));
    double f = pos - i;
    int r = (int) Math.round(stops[i][0] + f * (stops[i + 1][0] - stops[i][0]));
    int g = (int) Math.round(stops[i][1] + f * (stops[i + 1][1] - stops[i][1]));
    int b = (int) Math.round(stops[i][2] + f * (stops[i + 1][2] - stops[i][2]));
    return String.format("#%02x%02x%02x", r, g, b);
  }
}
