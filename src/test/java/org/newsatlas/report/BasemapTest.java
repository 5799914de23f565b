package org.newsatlas.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BasemapTest {
  /**
   * Two made-up countries sharing one border arc (arc 0, used reversed by the second), quantized with a 1-degree
   * scale from (38, 29): Iraqland is the square 38..46 E x 29..37 N, Eastland the square 46..50 E x 29..37 N.
   */
  static final String TWO_COUNTRIES = "{\"type\":\"Topology\",\"transform\":{\"scale\":[1,1],\"translate\":[38,29]},"
      + "\"objects\":{\"countries\":{\"type\":\"GeometryCollection\",\"geometries\":["
      + "{\"type\":\"Polygon\",\"arcs\":[[0,1]],\"id\":\"1\",\"properties\":{\"name\":\"Iraqland\"}},"
      + "{\"type\":\"MultiPolygon\",\"arcs\":[[[2,-1]]],\"id\":\"2\",\"properties\":{\"name\":\"Eastland\"}}]}},"
      + "\"arcs\":[[[8,0],[0,8]],[[8,8],[-8,0],[0,-8],[8,0]],[[8,0],[4,0],[0,8],[-4,0]]]}";

  @Test
  void decodesDeltaEncodedArcsAndReversedArcs() {
    Basemap m = Basemap.fromTopoJson(TWO_COUNTRIES, "test");
    List<Basemap.Ring> rings = m.rings();
    assertEquals(2, rings.size());
    Basemap.Ring iraq = rings.get(0);
    assertEquals("Iraqland", iraq.country());
    assertArrayEquals(new double[] {46, 29, 46, 37, 38, 37, 38, 29, 46, 29}, iraq.xy(), 1e-9);
    Basemap.Ring east = rings.get(1);
    assertEquals("Eastland", east.country());
    // Arc 2 forward (46,29)->(50,29)->(50,37)->(46,37), then arc 0 reversed without its repeated first point.
    assertArrayEquals(new double[] {46, 29, 50, 29, 50, 37, 46, 37, 46, 29}, east.xy(), 1e-9);
    assertEquals(46, east.minLon(), 1e-9);
    assertEquals(50, east.maxLon(), 1e-9);
    assertTrue(east.intersects(49, 30, 60, 31));
    assertTrue(!east.intersects(51, 30, 60, 31));
  }

  @Test
  void loadPrefersTheDetailedFileAndFallsBack(@TempDir Path dir) throws Exception {
    assertTrue(Basemap.load(dir, true).isEmpty());
    Files.writeString(dir.resolve(Basemap.COARSE), TWO_COUNTRIES);
    assertEquals(Basemap.COARSE, Basemap.load(dir, true).orElseThrow().source());
    Files.writeString(dir.resolve(Basemap.DETAILED), TWO_COUNTRIES);
    assertEquals(Basemap.DETAILED, Basemap.load(dir, true).orElseThrow().source());
    assertEquals(Basemap.COARSE, Basemap.load(dir, false).orElseThrow().source());
  }

  @Test
  void realWorldAtlasDecodesWhenFetched() throws Exception {
    Path dir = Path.of(System.getProperty("newsatlas.project.dir", ".")).resolve(".cache/basemap");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(dir.resolve(Basemap.COARSE)),
        "basemap absent: run scripts/fetch-basemap.sh to test the real world-atlas file");
    Basemap m = Basemap.load(dir, false).orElseThrow();
    Basemap.Ring iraq = m.rings().stream().filter(r -> r.country().equals("Iraq")).findFirst().orElseThrow();
    // Iraq lies within about 38.8..48.6 E and 29.1..37.4 N.
    assertTrue(iraq.minLon() > 38 && iraq.maxLon() < 49 && iraq.minLat() > 28.5 && iraq.maxLat() < 38, iraq.toString());
  }

  @Test
  void miniJsonReadsWhatTopoJsonUses() {
    Object v = MiniJson.parse(" {\"a\": [1, -2.5e1, true, null, \"x\\\"y\\u00e9\"], \"b\": {}} ");
    Map<?, ?> m = (Map<?, ?>) v;
    assertEquals(List.of(1.0, -25.0, true, "x\"yé").toString(), ((List<?>) m.get("a")).stream().filter(o -> o != null).toList().toString());
    assertEquals(Map.of(), m.get("b"));
  }
}
