package org.newsatlas.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Country outlines decoded from a world-atlas TopoJSON file (see {@code scripts/fetch-basemap.sh}): each country's
 * rings as interleaved lon/lat arrays with their bounding boxes, so the map can skip what lies outside its view.
 */
final class Basemap {
  /** One closed ring: {@code xy} holds lon0, lat0, lon1, lat1, ...; the box is minLon, minLat, maxLon, maxLat. */
  record Ring(String country, double[] xy, double minLon, double minLat, double maxLon, double maxLat) {
    boolean intersects(double lon0, double lat0, double lon1, double lat1) {
      return maxLon >= lon0 && minLon <= lon1 && maxLat >= lat0 && minLat <= lat1;
    }
  }

  static final String COARSE = "countries-110m.json";
  static final String DETAILED = "countries-50m.json";

  private final List<Ring> rings;
  private final String source;

  private Basemap(List<Ring> rings, String source) {
    this.rings = rings;
    this.source = source;
  }

  List<Ring> rings() {
    return rings;
  }

  /** The file it came from, for the map's credit line. */
  String source() {
    return source;
  }

  /**
   * The outlines in {@code dir}: the detailed file when {@code detailed} and present, else the coarse one; empty when
   * the folder holds neither (the map then draws only its graticule).
   */
  static Optional<Basemap> load(Path dir, boolean detailed) throws IOException {
    if (dir == null) return Optional.empty();
    Path pick = dir.resolve(detailed ? DETAILED : COARSE);
    if (!Files.isRegularFile(pick)) pick = dir.resolve(detailed ? COARSE : DETAILED);
    if (!Files.isRegularFile(pick)) return Optional.empty();
    return Optional.of(fromTopoJson(Files.readString(pick, StandardCharsets.UTF_8), pick.getFileName().toString()));
  }

  /** Decodes the {@code countries} object of a quantized TopoJSON topology (arcs delta-encoded, as world-atlas ships them). */
  @SuppressWarnings("unchecked")
  static Basemap fromTopoJson(String json, String source) {
    Map<String, Object> topo = (Map<String, Object>) MiniJson.parse(json);
    double sx = 1, sy = 1, tx = 0, ty = 0;
    boolean quantized = topo.get("transform") != null;
    if (quantized) {
      Map<String, Object> t = (Map<String, Object>) topo.get("transform");
      List<Object> scale = (List<Object>) t.get("scale"), translate = (List<Object>) t.get("translate");
      sx = num(scale.get(0)); sy = num(scale.get(1)); tx = num(translate.get(0)); ty = num(translate.get(1));
    }
    List<Object> rawArcs = (List<Object>) topo.get("arcs");
    double[][] arcs = new double[rawArcs.size()][];
    for (int a = 0; a < arcs.length; a++) {
      List<Object> pts = (List<Object>) rawArcs.get(a);
      double[] xy = new double[pts.size() * 2];
      double x = 0, y = 0;
      for (int p = 0; p < pts.size(); p++) {
        List<Object> pt = (List<Object>) pts.get(p);
        if (quantized) { x += num(pt.get(0)); y += num(pt.get(1)); } else { x = num(pt.get(0)); y = num(pt.get(1)); }
        xy[2 * p] = x * sx + tx;
        xy[2 * p + 1] = y * sy + ty;
      }
      arcs[a] = xy;
    }
    Map<String, Object> objects = (Map<String, Object>) topo.get("objects");
    Map<String, Object> countries = (Map<String, Object>) objects.getOrDefault("countries", objects.values().iterator().next());
    List<Ring> rings = new ArrayList<>();
    for (Object g : (List<Object>) countries.get("geometries")) {
      Map<String, Object> geom = (Map<String, Object>) g;
      Map<String, Object> props = (Map<String, Object>) geom.get("properties");
      String name = props == null ? "" : String.valueOf(props.getOrDefault("name", ""));
      Object type = geom.get("type");
      List<Object> garcs = (List<Object>) geom.get("arcs");
      if ("Polygon".equals(type)) {
        for (Object ring : garcs) rings.add(ring(name, (List<Object>) ring, arcs));
      } else if ("MultiPolygon".equals(type)) {
        for (Object poly : garcs) for (Object ring : (List<Object>) poly) rings.add(ring(name, (List<Object>) ring, arcs));
      }
    }
    return new Basemap(rings, source);
  }

  /** Joins a ring's arcs; a negative index {@code ~i} is arc i reversed; each arc after the first repeats the last point. */
  private static Ring ring(String country, List<Object> indices, double[][] arcs) {
    int n = 0;
    for (Object o : indices) n += arcs[arcIndex(o)].length / 2;
    double[] xy = new double[n * 2];
    int w = 0;
    boolean first = true;
    for (Object o : indices) {
      int idx = (int) num(o);
      double[] arc = arcs[arcIndex(o)];
      int pts = arc.length / 2;
      for (int k = first ? 0 : 1; k < pts; k++) {
        int p = idx >= 0 ? k : pts - 1 - k;
        xy[w++] = arc[2 * p];
        xy[w++] = arc[2 * p + 1];
      }
      first = false;
    }
    double[] ring = java.util.Arrays.copyOf(xy, w);
    double minLon = Double.MAX_VALUE, minLat = Double.MAX_VALUE, maxLon = -Double.MAX_VALUE, maxLat = -Double.MAX_VALUE;
    for (int k = 0; k < w; k += 2) {
      minLon = Math.min(minLon, ring[k]); maxLon = Math.max(maxLon, ring[k]);
      minLat = Math.min(minLat, ring[k + 1]); maxLat = Math.max(maxLat, ring[k + 1]);
    }
    return new Ring(country, ring, minLon, minLat, maxLon, maxLat);
  }

  private static int arcIndex(Object o) {
    int idx = (int) num(o);
    return idx >= 0 ? idx : ~idx;
  }

  private static double num(Object o) {
    return ((Number) o).doubleValue();
  }
}
