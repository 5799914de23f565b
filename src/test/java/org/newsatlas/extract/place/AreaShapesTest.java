package org.newsatlas.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Admin1 points from area shapes: point in polygon, area-weighted centroids, and the join of shapes to areas. */
class AreaShapesTest {
  private static double[] box(double lon0, double lat0, double lon1, double lat1) {
    return new double[] {lon0, lat0, lon1, lat0, lon1, lat1, lon0, lat1, lon0, lat0};
  }

  @Test
  void aPointIsInTheShapeThatHoldsItButNotInItsHole() {
    AreaShapes s = AreaShapes.of(List.of(
        List.of(List.of(box(0, 0, 10, 10), box(4, 4, 6, 6))),
        List.of(List.of(box(4.5, 4.5, 5.5, 5.5)))));
    assertEquals(0, s.featureAt(1, 1));
    assertEquals(1, s.featureAt(5, 5)); // inside the hole of 0, where 1 lies
    assertEquals(-1, s.featureAt(4.2, 4.2)); // the hole's rim, in no shape
    assertEquals(-1, s.featureAt(20, 20));
  }

  @Test
  void theCentroidWeighsPolygonsByArea() {
    // A large square and a small island: the centroid stays near the large one.
    AreaShapes s = AreaShapes.of(List.of(List.of(List.of(box(0, 0, 10, 10)), List.of(box(30, 0, 31, 1)))));
    double[] c = s.centroid(List.of(0));
    assertEquals(5.0, c[0], 0.1);
    assertEquals((5 * 100 + 30.5) / 101, c[1], 0.1);
  }

  @Test
  void partsAcrossTheAntimeridianAverageNearIt() {
    AreaShapes s = AreaShapes.of(List.of(List.of(List.of(box(176, 60, 180, 62)), List.of(box(-180, 60, -178, 62)))));
    double[] c = s.centroid(List.of(0));
    assertEquals(61, c[0], 0.01);
    assertEquals(179.0, Math.abs(c[1]), 0.5);
  }

  @Test
  void shapesWithoutAreaHaveNoCentroid() {
    AreaShapes s = AreaShapes.of(List.of(List.of(List.of(new double[] {1, 1, 2, 2, 1, 1}))));
    assertNull(s.centroid(List.of(0)));
  }

  /**
   * The fixture's Texas towns lie in its east; a shape drawn around the whole state moves the state's point to the
   * shape's centre. New York has no shape and keeps the middle of its towns.
   */
  @Test
  void anAdmin1TakesTheCentroidOfTheShapesHoldingItsTowns(@TempDir Path dir) throws Exception {
    Path fixture = Paths.get(getClass().getResource("/places-fixture/cities500.txt").toURI()).getParent();
    for (String f : new String[] {"cities500.txt", "admin1CodesASCII.txt", "countries.tsv"}) {
      Files.copy(fixture.resolve(f), dir.resolve(f));
    }
    Gazetteer without = GazetteerBuilder.buildInMemory(dir, PlaceTestSupport.confDir());
    Files.writeString(dir.resolve("ne-admin1.tsv"), "#feature\tiso2\tname\tpolygon\tring\tpoints\n"
        + "7\tUS\tTexas\t0\t0\t-106,26 -94,26 -94,36 -106,36 -106,26\n");
    Gazetteer with = GazetteerBuilder.buildInMemory(dir, PlaceTestSupport.confDir());
    int tx = entry(with, "admin1:US.TX"), ny = entry(with, "admin1:US.NY");
    assertEquals(31, with.lat(tx), 0.01);
    assertEquals(-100, with.lon(tx), 0.01);
    assertEquals(without.lat(entry(without, "admin1:US.NY")), with.lat(ny), 1e-6);
  }

  private static int entry(Gazetteer g, String id) throws IOException {
    for (int e = 0; e < g.size(); e++) if (g.id(e).equals(id)) return e;
    throw new IOException("no entry " + id);
  }
}
