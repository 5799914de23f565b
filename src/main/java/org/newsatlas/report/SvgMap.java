package org.newsatlas.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A point map in SVG: places as circles whose area is proportional to their article count, over country outlines
 * (or a graticule alone when no basemap is available), in an equirectangular projection whose x scale is corrected
 * by the cosine of the view's central latitude, so a regional view keeps its shapes. The view zooms to the points'
 * bounding box (with a margin) unless they spread over most of the world.
 */
final class SvgMap {
  private SvgMap() {}

  record Point(String name, String country, double lat, double lon, double value) {}

  /** The geographic window drawn: longitudes lon0..lon1, latitudes lat0..lat1. */
  record View(double lon0, double lat0, double lon1, double lat1, boolean world) {
    double lonSpan() {
      return lon1 - lon0;
    }

    double latSpan() {
      return lat1 - lat0;
    }
  }

  static final int WIDTH = 1100;
  static final int HEIGHT = 640;
  private static final double MIN_SPAN_DEG = 8;
  private static final double MAX_RADIUS = 30, MIN_RADIUS = 2.5;
  private static final int LABELS = 18;

  /** The window for these points: their box plus 15 % (at least 8 degrees), widened to the map's aspect; else the world. */
  static View viewFor(List<Point> points) {
    if (points.isEmpty()) return world();
    double minLon = 180, maxLon = -180, minLat = 90, maxLat = -90;
    for (Point p : points) {
      minLon = Math.min(minLon, p.lon()); maxLon = Math.max(maxLon, p.lon());
      minLat = Math.min(minLat, p.lat()); maxLat = Math.max(maxLat, p.lat());
    }
    double lonSpan = Math.max(MIN_SPAN_DEG, (maxLon - minLon) * 1.3);
    double latSpan = Math.max(MIN_SPAN_DEG * 0.6, (maxLat - minLat) * 1.3);
    if (lonSpan > 160 || latSpan > 80) return world();
    double cLon = (minLon + maxLon) / 2, cLat = (minLat + maxLat) / 2;
    double cos = Math.cos(Math.toRadians(cLat));
    // Widen the narrower dimension so that the window fills the WIDTH x HEIGHT frame.
    double aspect = (double) WIDTH / HEIGHT;
    if (lonSpan * cos / latSpan < aspect) lonSpan = latSpan * aspect / cos;
    else latSpan = lonSpan * cos / aspect;
    double lat0 = Math.max(-85, cLat - latSpan / 2), lat1 = Math.min(85, cLat + latSpan / 2);
    return new View(cLon - lonSpan / 2, lat0, cLon + lonSpan / 2, lat1, false);
  }

  /**
   * The places inside the window of {@code lonSpan} x {@code latSpan} degrees that holds the most articles (windows
   * centred on each place), for a regional close-up under a world map; empty when no window holds at least
   * {@code minShare} of all articles or only one place.
   */
  static List<Point> densestRegion(List<Point> points, double lonSpan, double latSpan, double minShare) {
    double total = 0;
    for (Point p : points) total += p.value();
    List<Point> best = List.of();
    double bestSum = 0;
    for (Point c : points) {
      List<Point> in = new ArrayList<>();
      double sum = 0;
      for (Point p : points) {
        if (Math.abs(p.lon() - c.lon()) <= lonSpan / 2 && Math.abs(p.lat() - c.lat()) <= latSpan / 2) {
          in.add(p);
          sum += p.value();
        }
      }
      if (sum > bestSum) { bestSum = sum; best = in; }
    }
    return best.size() >= 2 && total > 0 && bestSum >= minShare * total ? best : List.of();
  }

  static View world() {
    return new View(-180, -58, 180, 84, true);
  }

  static String render(String title, List<Point> points, View v, Optional<Basemap> basemap, String valueLabel) {
    double cos = v.world() ? 1 : Math.cos(Math.toRadians((v.lat0() + v.lat1()) / 2));
    double k = WIDTH / (v.lonSpan() * cos);
    int height = (int) Math.round(v.latSpan() * k);
    Projection proj = new Projection(v, k * cos, k);
    int top = 30, legendH = (int) (2 * MAX_RADIUS) + 22;
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-size=\"12\" "
            + "font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\">",
        WIDTH, height + top + legendH, WIDTH, height + top + legendH));
    b.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
    b.append("<text x=\"4\" y=\"19\" font-size=\"15\" font-weight=\"bold\">").append(HtmlReport.esc(title)).append("</text>");
    // Ids are global to the HTML page that inlines several maps: make this one's its own.
    String clipId = "mapclip-" + Integer.toHexString(java.util.Objects.hash(title, v));
    b.append(String.format(Locale.ROOT, "<defs><clipPath id=\"%s\"><rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\"/></clipPath></defs>",
        clipId, WIDTH, height));
    b.append("<g transform=\"translate(0,").append(top).append(")\">");
    b.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#e8f1f8\"/>", WIDTH, height));
    b.append("<g clip-path=\"url(#").append(clipId).append(")\">");
    basemap.ifPresent(m -> drawCountries(b, m, v, proj));
    drawGraticule(b, v, proj, height);
    drawPoints(b, points, proj, height);
    b.append("</g>");
    b.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#8aa\" stroke-width=\"1\"/>",
        WIDTH, height));
    drawLegend(b, points, valueLabel, height + 6);
    b.append("</g>");
    String credit = basemap.map(m -> "Outlines: Natural Earth (public domain) via world-atlas, " + m.source())
        .orElse("No basemap found: graticule only (run scripts/fetch-basemap.sh for country outlines)");
    b.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\" font-size=\"11\" fill=\"#666\">%s</text>",
        height + top + 17, HtmlReport.esc(credit)));
    b.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\" font-size=\"11\" fill=\"#666\">%s</text>", height + top + 32,
        v.world() ? "World view, equirectangular" : String.format(Locale.ROOT,
            "Regional view %.1f° to %.1f° E, %.1f° to %.1f° N, equirectangular scaled for %.0f° N", v.lon0(), v.lon1(), v.lat0(),
            v.lat1(), (v.lat0() + v.lat1()) / 2)));
    b.append("</svg>");
    return b.toString();
  }

  private record Projection(View v, double kx, double ky) {
    double x(double lon) {
      return (lon - v.lon0()) * kx;
    }

    double y(double lat) {
      return (v.lat1() - lat) * ky;
    }
  }

  private static void drawCountries(StringBuilder b, Basemap m, View v, Projection p) {
    b.append("<g fill=\"#f7f4ec\" stroke=\"#a39e92\" stroke-width=\"0.7\" stroke-linejoin=\"round\">");
    double padLon = v.lonSpan() * 0.05, padLat = v.latSpan() * 0.05;
    for (Basemap.Ring r : m.rings()) {
      if (r.maxLat() < v.lat0() - padLat || r.minLat() > v.lat1() + padLat) continue;
      // Rings crossing the antimeridian (Chukotka, Fiji) jump from +180 to -180: unwrap them into one continuous
      // outline, then draw it again shifted by a full turn where that copy falls in view.
      double[] xy = unwrap(r.xy());
      double minLon = Double.MAX_VALUE, maxLon = -Double.MAX_VALUE;
      for (int i = 0; i < xy.length; i += 2) { minLon = Math.min(minLon, xy[i]); maxLon = Math.max(maxLon, xy[i]); }
      for (double shift : new double[] {0, -360, 360}) {
        if (maxLon + shift < v.lon0() - padLon || minLon + shift > v.lon1() + padLon) continue;
        String d = path(xy, shift, p);
        if (d != null) b.append("<path d=\"").append(d).append("\"><title>").append(HtmlReport.esc(r.country())).append("</title></path>");
      }
    }
    b.append("</g>");
  }

  /** The ring with each longitude moved by whole turns to within 180 degrees of the previous one. */
  static double[] unwrap(double[] xy) {
    double[] out = xy.clone();
    for (int i = 2; i < out.length; i += 2) {
      double prev = out[i - 2];
      while (out[i] - prev > 180) out[i] -= 360;
      while (out[i] - prev < -180) out[i] += 360;
    }
    return out;
  }

  /** SVG path data of a ring, dropping points within half a pixel of the previous one; null when nothing is left. */
  private static String path(double[] xy, double shift, Projection p) {
    StringBuilder d = new StringBuilder();
    double lastX = Double.NaN, lastY = Double.NaN;
    int kept = 0;
    for (int i = 0; i < xy.length; i += 2) {
      double x = p.x(xy[i] + shift), y = p.y(xy[i + 1]);
      if (kept > 0 && i < xy.length - 2 && Math.abs(x - lastX) < 0.5 && Math.abs(y - lastY) < 0.5) continue;
      d.append(kept == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
      lastX = x;
      lastY = y;
      kept++;
    }
    return kept < 3 ? null : d.append('Z').toString();
  }

  private static void drawGraticule(StringBuilder b, View v, Projection p, int height) {
    double span = Math.max(v.lonSpan(), v.latSpan());
    double step = span > 120 ? 30 : span > 50 ? 10 : span > 20 ? 5 : 2;
    b.append("<g stroke=\"#9bb3c7\" stroke-width=\"0.5\" stroke-dasharray=\"3,3\" fill=\"none\">");
    for (double lon = Math.ceil(v.lon0() / step) * step; lon <= v.lon1(); lon += step) {
      b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\"/>", p.x(lon), p.x(lon), height));
    }
    for (double lat = Math.ceil(v.lat0() / step) * step; lat <= v.lat1(); lat += step) {
      b.append(String.format(Locale.ROOT, "<line x1=\"0\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>", p.y(lat), WIDTH, p.y(lat)));
    }
    b.append("</g><g fill=\"#5a7590\" font-size=\"10\">");
    for (double lon = Math.ceil(v.lon0() / step) * step; lon <= v.lon1(); lon += step) {
      b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>", p.x(lon) + 2, height - 4, deg(lon, "E", "W")));
    }
    for (double lat = Math.ceil(v.lat0() / step) * step; lat <= v.lat1(); lat += step) {
      b.append(String.format(Locale.ROOT, "<text x=\"3\" y=\"%.1f\">%s</text>", p.y(lat) - 3, deg(lat, "N", "S")));
    }
    b.append("</g>");
  }

  private static String deg(double v, String pos, String neg) {
    long r = Math.round(v);
    return r == 0 ? "0°" : Math.abs(r) + "°" + (r > 0 ? pos : neg);
  }

  static double radius(double value, double max) {
    if (max <= 0 || value <= 0) return MIN_RADIUS;
    return Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(value / max));
  }

  private static void drawPoints(StringBuilder b, List<Point> points, Projection p, int height) {
    double max = points.stream().mapToDouble(Point::value).max().orElse(0);
    List<Point> bySize = new ArrayList<>(points);
    bySize.sort(Comparator.comparingDouble(Point::value).reversed());
    b.append("<g fill=\"#d7301f\" fill-opacity=\"0.55\" stroke=\"#7f0000\" stroke-width=\"0.8\">");
    for (Point pt : bySize) {
      b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"><title>%s (%s): %s</title></circle>",
          p.x(pt.lon()), p.y(pt.lat()), radius(pt.value(), max), HtmlReport.esc(pt.name()), HtmlReport.esc(pt.country()),
          fmt(pt.value())));
    }
    b.append("</g>");
    // Labels for the largest places, placed greedily beside their circle where they collide with nothing placed yet.
    List<double[]> taken = new ArrayList<>();
    for (Point pt : bySize) {
      double cx = p.x(pt.lon()), cy = p.y(pt.lat()), r = radius(pt.value(), max);
      taken.add(new double[] {cx - r * 0.5, cy - r * 0.5, cx + r * 0.5, cy + r * 0.5});
    }
    b.append("<g font-size=\"12\" fill=\"#222\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\" stroke-linejoin=\"round\">");
    int placed = 0;
    for (Point pt : bySize) {
      if (placed >= LABELS) break;
      double cx = p.x(pt.lon()), cy = p.y(pt.lat()), r = radius(pt.value(), max);
      if (cx < 0 || cx > WIDTH || cy < 0 || cy > height) continue; // off this view: no label spent on it
      String label = pt.name();
      double w = 7.0 * label.length() + 2, h = 13;
      double[][] candidates = {
          {cx + r + 3, cy + 4, 0}, {cx - r - 3 - w, cy + 4, 0}, {cx - w / 2, cy - r - 4, 0}, {cx - w / 2, cy + r + 13, 0}};
      for (double[] c : candidates) {
        double[] box = {c[0], c[1] - h + 2, c[0] + w, c[1] + 3};
        if (box[0] < 2 || box[2] > WIDTH - 2 || box[1] < 2 || box[3] > height - 14) continue;
        if (collides(box, taken)) continue;
        taken.add(box);
        b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%s</text>", c[0], c[1], HtmlReport.esc(label)));
        placed++;
        break;
      }
    }
    b.append("</g>");
  }

  private static boolean collides(double[] box, List<double[]> taken) {
    for (double[] t : taken) {
      if (box[0] < t[2] && box[2] > t[0] && box[1] < t[3] && box[3] > t[1]) return true;
    }
    return false;
  }

  /** Size key below the map's frame (inside it would hide points): three circles side by side, labelled. */
  private static void drawLegend(StringBuilder b, List<Point> points, String valueLabel, int y0) {
    double max = points.stream().mapToDouble(Point::value).max().orElse(0);
    if (max <= 0) return;
    double[] values = {niceRound(max / 16), niceRound(max / 4), max};
    double baseY = y0 + 2 * MAX_RADIUS + 6;
    double x = WIDTH - 420;
    b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%s</text>",
        x - 8, baseY - 4, HtmlReport.esc(valueLabel)));
    double prev = Double.NaN;
    for (double v : values) {
      if (v <= 0 || v == prev) continue;
      prev = v;
      double r = radius(v, max);
      b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"#d7301f\" fill-opacity=\"0.55\" stroke=\"#7f0000\" stroke-width=\"0.8\"/>",
          x + r, baseY - r, r));
      b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\">%s</text>", x + 2 * r + 5, baseY - 4, fmt(v)));
      x += 2 * r + 18 + 7 * fmt(v).length();
    }
  }

  private static double niceRound(double v) {
    if (v < 1) return 0;
    double p = Math.pow(10, Math.floor(Math.log10(v)));
    return Math.round(v / p) * p;
  }

  static String fmt(double v) {
    return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%.2f", v);
  }
}
