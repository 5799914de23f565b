package org.newsatlas.extract.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Polygons of first-order divisions (Natural Earth admin-1, flattened by scripts/fetch-geonames.sh into
 * {@code ne-admin1.tsv}): which shape holds a point, and the area-weighted centroid of a set of shapes. The gazetteer
 * builder uses them to place an admin1 area at the centre of its territory, as gazetteers do, instead of at the middle
 * of its towns, which sits on the populated edge of a large, thinly settled province (Ontario, Queensland).
 *
 * <p>File format: one line per ring, tab-separated: feature number, ISO country code, name, polygon number within the
 * feature, ring number within the polygon (0 = outer ring, then holes), then the ring's points as {@code lon,lat}
 * pairs separated by spaces. Natural Earth splits shapes at the antimeridian, so no ring crosses it.
 */
public final class AreaShapes {
  private final List<String> names = new ArrayList<>();
  /** Polygons: owning feature, rings as interleaved lon/lat, bounding box, outer-ring centroid and weight. */
  private final List<Polygon> polygons = new ArrayList<>();
  /** 1-degree grid cell (lat * 360 + lon) -> polygons whose box touches it. */
  private final Map<Integer, int[]> grid = new HashMap<>();

  private record Polygon(int feature, List<double[]> rings, double minLon, double minLat, double maxLon,
      double maxLat, double cLat, double cLon, double weight) {}

  private AreaShapes() {}

  /** Reads the flattened file; null when it is absent (the caller falls back to its towns rule). */
  public static AreaShapes read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) return null;
    AreaShapes s = new AreaShapes();
    Map<Long, List<double[]>> rings = new java.util.LinkedHashMap<>();
    Map<Integer, Integer> featureIndex = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t", -1);
        if (f.length < 6) throw new IOException(file + ": 6 tab-separated columns expected, got " + f.length);
        int feature = featureIndex.computeIfAbsent(Integer.parseInt(f[0]), k -> {
          s.names.add(f[1] + " " + f[2]);
          return s.names.size() - 1;
        });
        long key = (long) feature << 32 | Integer.parseInt(f[3]);
        rings.computeIfAbsent(key, k -> new ArrayList<>()).add(parseRing(f[5]));
      }
    }
    for (Map.Entry<Long, List<double[]>> e : rings.entrySet()) s.add((int) (e.getKey() >>> 32), e.getValue());
    return s;
  }

  /** Builds from rings given in memory (tests): {@code features.get(i)} is the list of polygons of feature i. */
  static AreaShapes of(List<List<List<double[]>>> features) {
    AreaShapes s = new AreaShapes();
    for (int i = 0; i < features.size(); i++) {
      s.names.add("feature " + i);
      for (List<double[]> polygon : features.get(i)) s.add(i, polygon);
    }
    return s;
  }

  private static double[] parseRing(String pts) {
    String[] p = pts.split(" ");
    double[] xy = new double[p.length * 2];
    for (int i = 0; i < p.length; i++) {
      int comma = p[i].indexOf(',');
      xy[2 * i] = Double.parseDouble(p[i].substring(0, comma));
      xy[2 * i + 1] = Double.parseDouble(p[i].substring(comma + 1));
    }
    return xy;
  }

  private void add(int feature, List<double[]> rings) {
    double[] outer = rings.get(0);
    double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
    for (int i = 0; i < outer.length; i += 2) {
      minX = Math.min(minX, outer[i]);
      maxX = Math.max(maxX, outer[i]);
      minY = Math.min(minY, outer[i + 1]);
      maxY = Math.max(maxY, outer[i + 1]);
    }
    // Planar centroid of the outer ring in degrees (shoelace); its weight is its area shrunk by cos(latitude).
    double a = 0, cx = 0, cy = 0;
    int n = outer.length / 2;
    for (int i = 0; i < n; i++) {
      double x0 = outer[2 * i], y0 = outer[2 * i + 1];
      double x1 = outer[2 * ((i + 1) % n)], y1 = outer[2 * ((i + 1) % n) + 1];
      double cross = x0 * y1 - x1 * y0;
      a += cross;
      cx += (x0 + x1) * cross;
      cy += (y0 + y1) * cross;
    }
    double cLon, cLat, w;
    if (Math.abs(a) < 1e-12) {
      cLon = (minX + maxX) / 2;
      cLat = (minY + maxY) / 2;
      w = 0;
    } else {
      cLon = cx / (3 * a);
      cLat = cy / (3 * a);
      w = Math.abs(a / 2) * Math.cos(Math.toRadians(cLat));
    }
    int p = polygons.size();
    polygons.add(new Polygon(feature, rings, minX, minY, maxX, maxY, cLat, cLon, w));
    for (int la = (int) Math.floor(minY); la <= (int) Math.floor(maxY); la++) {
      for (int lo = (int) Math.floor(minX); lo <= (int) Math.floor(maxX); lo++) {
        int cell = cell(la, lo);
        int[] old = grid.get(cell);
        int[] now = old == null ? new int[1] : java.util.Arrays.copyOf(old, old.length + 1);
        now[now.length - 1] = p;
        grid.put(cell, now);
      }
    }
  }

  private static int cell(int lat, int lon) {
    return (lat + 90) * 361 + (lon + 180);
  }

  /** Number of features (shapes) read. */
  public int size() {
    return names.size();
  }

  /** The country code and name of feature {@code f}, for messages. */
  public String name(int f) {
    return names.get(f);
  }

  /** The feature whose polygon holds the point, or -1. */
  public int featureAt(double lat, double lon) {
    int[] cands = grid.get(cell((int) Math.floor(lat), (int) Math.floor(lon)));
    if (cands == null) return -1;
    for (int p : cands) {
      Polygon g = polygons.get(p);
      if (lon < g.minLon || lon > g.maxLon || lat < g.minLat || lat > g.maxLat) continue;
      boolean inside = false; // even-odd over all rings: a hole's points are outside
      for (double[] ring : g.rings) if (crossings(ring, lat, lon)) inside = !inside;
      if (inside) return g.feature;
    }
    return -1;
  }

  private static boolean crossings(double[] xy, double lat, double lon) {
    boolean odd = false;
    int n = xy.length / 2;
    for (int i = 0, j = n - 1; i < n; j = i++) {
      double yi = xy[2 * i + 1], yj = xy[2 * j + 1];
      if ((yi > lat) != (yj > lat)) {
        double x = xy[2 * j] + (lat - yj) * (xy[2 * i] - xy[2 * j]) / (yi - yj);
        if (lon < x) odd = !odd;
      }
    }
    return odd;
  }

  /**
   * The area-weighted centroid {lat, lon} of the outer rings of the given features, or null when they have no area.
   * Longitudes are taken on the side of the largest polygon, so that parts on both sides of the antimeridian (the
   * Aleutians, Chukotka, Fiji's islands) average to a point near them, not to the Greenwich meridian.
   */
  public double[] centroid(Iterable<Integer> features) {
    java.util.Set<Integer> fs = new java.util.HashSet<>();
    features.forEach(fs::add);
    Polygon largest = null;
    for (Polygon g : polygons) if (fs.contains(g.feature) && (largest == null || g.weight > largest.weight)) largest = g;
    if (largest == null || largest.weight == 0) return null;
    double w = 0, la = 0, lo = 0;
    for (Polygon g : polygons) {
      if (!fs.contains(g.feature) || g.weight == 0) continue;
      double x = g.cLon;
      if (x - largest.cLon > 180) x -= 360;
      else if (largest.cLon - x > 180) x += 360;
      w += g.weight;
      la += g.cLat * g.weight;
      lo += x * g.weight;
    }
    double lon = lo / w;
    if (lon > 180) lon -= 360;
    else if (lon < -180) lon += 360;
    return new double[] {la / w, lon};
  }
}
