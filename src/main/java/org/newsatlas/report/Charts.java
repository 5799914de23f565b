package org.newsatlas.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.DecimalFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.CategoryTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The report's JFreeChart charts, rendered headless to PNG: weekly lines and stacked bars (weeks as an integer axis
 * labelled with ISO weeks, so that long runs thin their labels instead of overlapping them) and diverging z-score bars.
 */
final class Charts {
  private Charts() {}

  static final Font TITLE = new Font("DejaVu Sans", Font.BOLD, 15);
  static final Font LABEL = new Font("DejaVu Sans", Font.PLAIN, 12);
  static final Font TICK = new Font("DejaVu Sans", Font.PLAIN, 11);

  /** A series per name, one value per week (NaN = no point), colours in the given order; counts get integer ticks. */
  static byte[] weeklyLines(String title, String yLabel, List<String> weeks, Map<String, double[]> series,
      Map<String, Color> colors, boolean counts, int width, int height) throws IOException {
    XYSeriesCollection data = new XYSeriesCollection();
    for (Map.Entry<String, double[]> e : series.entrySet()) {
      XYSeries s = new XYSeries(e.getKey(), false, false);
      double[] v = e.getValue();
      // NaN leaves a gap: the line is broken rather than drawn across a week with no value.
      for (int i = 0; i < v.length; i++) s.add(Integer.valueOf(i), Double.isNaN(v[i]) ? null : Double.valueOf(v[i]));
      data.addSeries(s);
    }
    NumberAxis x = weekAxis(weeks);
    NumberAxis y = new NumberAxis(yLabel);
    y.setLabelFont(LABEL);
    y.setTickLabelFont(TICK);
    if (counts) y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    else y.setNumberFormatOverride(new DecimalFormat("0.###"));
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, weeks.size() <= 60);
    int i = 0;
    for (String name : series.keySet()) {
      r.setSeriesPaint(i, colors.getOrDefault(name, Palette.color(i)));
      r.setSeriesStroke(i, new BasicStroke(2.2f));
      i++;
    }
    XYPlot plot = new XYPlot(data, x, y, r);
    style(plot);
    return png(chart(title, plot, true), width, height);
  }

  /** Stacked weekly bars: one layer per name (values per week), the last drawn on top. */
  static byte[] weeklyStacked(String title, String yLabel, List<String> weeks, Map<String, double[]> layers,
      Map<String, Color> colors, int width, int height) throws IOException {
    CategoryTableXYDataset data = new CategoryTableXYDataset();
    for (Map.Entry<String, double[]> e : layers.entrySet()) {
      double[] v = e.getValue();
      for (int i = 0; i < v.length; i++) data.add(i, Double.isNaN(v[i]) ? 0 : v[i], e.getKey());
    }
    NumberAxis x = weekAxis(weeks);
    NumberAxis y = new NumberAxis(yLabel);
    y.setLabelFont(LABEL);
    y.setTickLabelFont(TICK);
    y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    StackedXYBarRenderer r = new StackedXYBarRenderer(0.15);
    r.setBarPainter(new StandardXYBarPainter());
    r.setShadowVisible(false);
    r.setDrawBarOutline(false);
    int i = 0;
    for (String name : layers.keySet()) {
      r.setSeriesPaint(i, colors.getOrDefault(name, Palette.color(i)));
      i++;
    }
    XYPlot plot = new XYPlot(data, x, y, r);
    style(plot);
    return png(chart(title, plot, true), width, height);
  }

  /** One bar in a diverging chart. */
  record Bar(String label, double z) {}

  /**
   * Horizontal bars of z-scores, largest positive at the top, most negative at the bottom; bars beyond ±threshold in
   * full colour, the others pale; dashed lines at ±threshold. The axis spans at least ±scale, so that charts drawn
   * with the same scale can be compared side by side.
   */
  static byte[] divergingBars(String title, List<Bar> bars, double threshold, double scale, int width) throws IOException {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Bar b : bars) data.addValue(b.z(), "z", b.label());
    CategoryAxis cat = new CategoryAxis(null);
    cat.setTickLabelFont(TICK);
    cat.setMaximumCategoryLabelWidthRatio(0.45f);
    cat.setCategoryMargin(0.15);
    NumberAxis val = new NumberAxis("Fightin' Words z (vs rest)");
    val.setLabelFont(LABEL);
    val.setTickLabelFont(TICK);
    double maxAbs = Math.max(threshold * 1.3, scale);
    for (Bar b : bars) maxAbs = Math.max(maxAbs, Math.abs(b.z()));
    val.setRange(-maxAbs * 1.08, maxAbs * 1.08);
    BarRenderer r = new BarRenderer() {
      private static final long serialVersionUID = 1L;

      @Override
      public Paint getItemPaint(int row, int column) {
        double z = bars.get(column).z();
        if (z >= 0) return z > threshold ? Palette.OVER : Palette.OVER_WEAK;
        return z < -threshold ? Palette.UNDER : Palette.UNDER_WEAK;
      }
    };
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setDrawBarOutline(false);
    r.setMaximumBarWidth(0.9);
    CategoryPlot plot = new CategoryPlot(data, cat, val, r);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xdddddd));
    plot.setOutlineVisible(false);
    plot.addRangeMarker(marker(0, Color.DARK_GRAY, false));
    plot.addRangeMarker(marker(threshold, Color.GRAY, true));
    plot.addRangeMarker(marker(-threshold, Color.GRAY, true));
    int height = 70 + 21 * Math.max(bars.size(), 3);
    JFreeChart c = chart(title, plot, false);
    c.getTitle().setFont(new Font("DejaVu Sans", Font.BOLD, 13));
    return png(c, width, height);
  }

  private static ValueMarker marker(double v, Color c, boolean dashed) {
    ValueMarker m = new ValueMarker(v);
    m.setPaint(c);
    m.setStroke(dashed ? new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f)
        : new BasicStroke(1.2f));
    return m;
  }

  /** An integer axis whose ticks are week indexes printed as their ISO labels; the tick unit grows to avoid overlap. */
  private static NumberAxis weekAxis(List<String> weeks) {
    NumberAxis x = new NumberAxis("ISO week");
    x.setLabelFont(LABEL);
    x.setTickLabelFont(TICK);
    TickUnits units = new TickUnits();
    NumberFormat fmt = new WeekFormat(weeks);
    for (int u : new int[] {1, 2, 4, 8, 13, 26, 52, 104, 260}) units.add(new NumberTickUnit(u, fmt));
    x.setStandardTickUnits(units);
    x.setRange(-0.5, Math.max(0.5, weeks.size() - 0.5));
    x.setVerticalTickLabels(weeks.size() > 12);
    return x;
  }

  private static void style(XYPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xe4e4e4));
    plot.setRangeGridlinePaint(new Color(0xdddddd));
    plot.setOutlineVisible(false);
    plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
  }

  private static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot, boolean legend) {
    JFreeChart c = new JFreeChart(title, TITLE, plot, legend);
    c.setBackgroundPaint(Color.WHITE);
    c.setAntiAlias(true);
    c.setTextAntiAlias(true);
    if (legend) {
      LegendTitle l = c.getLegend();
      l.setItemFont(LABEL);
      l.setPosition(RectangleEdge.RIGHT);
      l.setFrame(org.jfree.chart.block.BlockBorder.NONE);
    }
    return c;
  }

  static byte[] png(JFreeChart chart, int width, int height) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ChartUtils.writeChartAsPNG(out, chart, width, height);
    return out.toByteArray();
  }

  /** Prints a week index as its label; indexes off the axis print as nothing. */
  private static final class WeekFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private final List<String> weeks;

    WeekFormat(List<String> weeks) {
      this.weeks = weeks;
    }

    @Override
    public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
      return format(Math.round(number), to, pos);
    }

    @Override
    public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
      if (number >= 0 && number < weeks.size()) to.append(weeks.get((int) number));
      return to;
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
      return null;
    }
  }
}
