package org.newsatlas.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws time per article against archive size from {@code results.csv} (scripts/bench.sh): one line per stage and
 * one for the whole run, each point the median of the latest commit's runs of that N ({@link #medians}). Linear
 * cost shows as flat lines.
 * Usage: {@code BenchPlot results.csv out.png}.
 */
public final class BenchPlot {
  private BenchPlot() {}

  public static void main(String[] args) throws IOException {
    Map<String, Map<Long, Double>> byStage = medians(Files.readAllLines(Path.of(args[0])));
    XYSeriesCollection data = new XYSeriesCollection();
    for (Map.Entry<String, Map<Long, Double>> e : byStage.entrySet()) {
      XYSeries s = new XYSeries(e.getKey());
      e.getValue().forEach(s::add);
      data.addSeries(s);
    }
    LogAxis x = new LogAxis("articles in the archive (N, log scale)");
    x.setBase(10);
    x.setSmallestValue(1000);
    x.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1.0)); // one tick per power of ten
    x.setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
    double lo = data.getDomainLowerBound(false), hi = data.getDomainUpperBound(false);
    x.setRange(Math.max(1000, lo / 2), Math.max(hi * 2, lo * 4));
    NumberAxis y = new NumberAxis("wall-clock ms per article");
    y.setAutoRangeIncludesZero(true);
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
    Color[] colors = {new Color(0x1b9e77), new Color(0xd95f02), new Color(0x7570b3), new Color(0xe7298a),
        new Color(0x66a61e), new Color(0x222222)};
    List<String> names = new ArrayList<>(byStage.keySet());
    for (int k = 0; k < names.size(); k++) {
      // "total" as the application times it, "process" (dashed) with the JVM's and Spark's start
      boolean total = names.get(k).equals("total"), process = names.get(k).equals("process");
      r.setSeriesPaint(k, total || process ? Color.BLACK : colors[k % (colors.length - 1)]);
      r.setSeriesStroke(k, process
          ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f)
          : new BasicStroke(total ? 3f : 1.6f));
    }
    XYPlot plot = new XYPlot(data, x, y, r);
    plot.setBackgroundPaint(Color.WHITE);
    org.jfree.chart.plot.ValueMarker goal = new org.jfree.chart.plot.ValueMarker(1.0, Color.RED, new BasicStroke(1f));
    goal.setLabel("1 ms/article = 1,000 articles/s (goal)");
    goal.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
    goal.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
    plot.addRangeMarker(goal);
    plot.setRangeGridlinePaint(new Color(0xdddddd));
    plot.setDomainGridlinePaint(new Color(0xdddddd));
    JFreeChart chart = new JFreeChart(
        "newsatlas run: time per article vs archive size (median of runs; flat = linear cost)",
        JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    ChartUtils.saveChartAsPNG(Path.of(args[1]).toFile(), chart, 900, 560);
    System.err.println("[bench] plot " + args[1]);
  }

  /**
   * Stage -> N -> ms per article from the rows of {@code results.csv} (header first) of the default tool: for each N,
   * the median over the runs of the commit that ran that N last. One run on a shared VM can be 20% off its neighbours
   * (scripts/BENCHMARKS.md), and BENCH_REPEAT runs several; an earlier commit's runs do not mix in.
   */
  static Map<String, Map<Long, Double>> medians(List<String> lines) {
    List<String> header = Arrays.asList(lines.get(0).split(","));
    int iN = header.indexOf("n"), iStage = header.indexOf("stage"), iMs = header.indexOf("ms_per_article");
    int iTool = header.indexOf("tool"), iCommit = header.indexOf("commit");
    List<String[]> rows = new ArrayList<>();
    Map<Long, String> lastCommit = new TreeMap<>();
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split(",", -1);
      if (f.length <= Math.max(Math.max(iN, iMs), Math.max(iStage, iCommit)) || f[iMs].isEmpty()) continue;
      if (iTool >= 0 && !f[iTool].equals("newsatlas")) continue;
      rows.add(f);
      if (iCommit >= 0) lastCommit.put(Long.parseLong(f[iN]), f[iCommit]);
    }
    Map<String, Map<Long, List<Double>>> values = new LinkedHashMap<>();
    for (String[] f : rows) {
      long n = Long.parseLong(f[iN]);
      if (iCommit >= 0 && !f[iCommit].equals(lastCommit.get(n))) continue;
      values.computeIfAbsent(f[iStage], k -> new TreeMap<>()).computeIfAbsent(n, k -> new ArrayList<>())
          .add(Double.parseDouble(f[iMs]));
    }
    Map<String, Map<Long, Double>> out = new LinkedHashMap<>();
    values.forEach((stage, byN) -> byN.forEach((n, v) -> {
      v.sort(null);
      int m = v.size() / 2;
      double median = v.size() % 2 == 1 ? v.get(m) : (v.get(m - 1) + v.get(m)) / 2;
      out.computeIfAbsent(stage, k -> new TreeMap<>()).put(n, median);
    }));
    return out;
  }
}
