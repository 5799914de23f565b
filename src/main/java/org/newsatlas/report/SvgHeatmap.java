package org.newsatlas.report;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * A labelled matrix drawn as SVG: rows x columns of coloured cells with a colour legend, optional values printed in
 * the cells (for small matrices) and a tooltip per cell. Column labels are thinned so that they never overlap.
 */
final class SvgHeatmap {
  private SvgHeatmap() {}

  /** What to draw; {@code values[r][c]} NaN is an empty (grey) cell, zero is left unprinted; {@code tips} may be null. */
  record Spec(String title, List<String> rows, List<String> cols, double[][] values, String[][] tips,
      DoubleFunction<String> scale, String legendLabel, boolean printValues, String valueFormat, boolean rotateCols) {}

  static String render(Spec s) {
    int nr = s.rows().size(), nc = s.cols().size();
    double max = 0;
    for (double[] row : s.values()) for (double v : row) if (!Double.isNaN(v)) max = Math.max(max, v);
    int labelW = 12 + 7 * maxLen(s.rows());
    int cellW = s.printValues() ? Math.max(46, Math.min(80, 900 / Math.max(1, nc)))
        : Math.max(6, Math.min(40, 900 / Math.max(1, nc)));
    int cellH = s.printValues() ? 30 : 20;
    int colLabelH = s.rotateCols() ? 10 + (int) (6.5 * maxLen(s.cols()) * 0.8) : 24;
    int top = 34 + colLabelH;
    int gridW = cellW * nc, gridH = cellH * nr;
    int legendW = 220;
    int width = labelW + gridW + 30 + 0;
    width = Math.max(width, labelW + legendW + 24 + 7 * s.legendLabel().length());
    int height = top + gridH + 70;
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-size=\"11\" "
            + "font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\">",
        width, height, width, height));
    b.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
    b.append("<text x=\"4\" y=\"18\" font-size=\"15\" font-weight=\"bold\">").append(HtmlReport.esc(s.title())).append("</text>");
    // Column labels: every k-th, k chosen so that rotated labels stay at least 18 px apart.
    int step = s.rotateCols() ? Math.max(1, (int) Math.ceil(18.0 / cellW)) : Math.max(1, (int) Math.ceil(7.0 * maxLen(s.cols()) / cellW));
    for (int c = 0; c < nc; c += step) {
      double x = labelW + c * cellW + cellW / 2.0;
      if (s.rotateCols()) {
        b.append(String.format(Locale.ROOT, "<text transform=\"translate(%.1f,%d) rotate(-60)\" text-anchor=\"start\">%s</text>",
            x + 3, top - 4, HtmlReport.esc(s.cols().get(c))));
      } else {
        b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", x, top - 6,
            HtmlReport.esc(s.cols().get(c))));
      }
    }
    for (int r = 0; r < nr; r++) {
      int y = top + r * cellH;
      b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" dominant-baseline=\"central\">%s</text>",
          labelW - 6, y + cellH / 2.0, HtmlReport.esc(s.rows().get(r))));
      for (int c = 0; c < nc; c++) {
        double v = s.values()[r][c];
        String fill = Double.isNaN(v) ? "#eeeeee" : s.scale().apply(max == 0 ? 0 : v / max);
        int x = labelW + c * cellW;
        b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"0.5\">",
            x, y, cellW, cellH, fill));
        String tip = s.tips() != null ? s.tips()[r][c] : null;
        if (tip != null) b.append("<title>").append(HtmlReport.esc(tip)).append("</title>");
        b.append("</rect>");
        if (s.printValues() && !Double.isNaN(v) && v != 0) {
          b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" dominant-baseline=\"central\" fill=\"%s\">%s</text>",
              x + cellW / 2.0, y + cellH / 2.0, Palette.textOn(fill), String.format(Locale.ROOT, s.valueFormat(), v)));
        }
      }
    }
    // Legend: the colour ramp from 0 to the maximum.
    int ly = top + gridH + 22;
    b.append("<defs><linearGradient id=\"g").append(Integer.toHexString(s.title().hashCode())).append("\">");
    for (int k = 0; k <= 10; k++) {
      b.append(String.format(Locale.ROOT, "<stop offset=\"%d%%\" stop-color=\"%s\"/>", k * 10, s.scale().apply(k / 10.0)));
    }
    b.append("</linearGradient></defs>");
    b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"12\" fill=\"url(#g%s)\" stroke=\"#999\" stroke-width=\"0.5\"/>",
        labelW, ly, legendW, Integer.toHexString(s.title().hashCode())));
    b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"start\">0</text>", labelW, ly + 26));
    b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", labelW + legendW, ly + 26,
        String.format(Locale.ROOT, s.valueFormat(), max)));
    b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>", labelW + legendW + 10, ly + 10,
        HtmlReport.esc(s.legendLabel())));
    b.append("</svg>");
    return b.toString();
  }

  private static int maxLen(List<String> labels) {
    int m = 1;
    for (String l : labels) m = Math.max(m, l == null ? 0 : l.length());
    return m;
  }
}
