package org.newsatlas.extract.place;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Floors on the development gold (TR-News, GeoVirus in ../shared/corpora/gold/geoparsing): recognition F1 and
 * resolution within 161 km. Skipped when the shared corpora are absent. The floors sit just under what the
 * extractor measured when they were set, so that a regression fails the build.
 */
class GoldGeoparsingTest {
  private static Path gold(String name) {
    Path shared = PlaceTestSupport.sharedDir();
    Assumptions.assumeTrue(shared != null, "shared corpora absent (/work/shared or ../shared): gold test skipped");
    Path p = shared.resolve("corpora/gold/geoparsing").resolve(name);
    Assumptions.assumeTrue(Files.isRegularFile(p), p + " absent: gold test skipped");
    return p;
  }

  private static GeoparsingEval.Result run(String name) throws Exception {
    Path p = gold(name);
    PlaceExtractor ex = new PlaceExtractor(PlaceTestSupport.real(), PlaceTestSupport.confDir());
    GeoparsingEval.Result r = GeoparsingEval.evaluateResult(p, ex);
    System.out.print(r.report());
    return r;
  }

  @Test
  void trNews() throws Exception {
    GeoparsingEval.Result r = run("TR-News.xml");
    assertTrue(r.f1() >= 0.86, "TR-News recognition F1 " + r.f1());
    assertTrue(r.accuracy161() >= 0.89, "TR-News resolution within 161 km " + r.accuracy161());
  }

  @Test
  void geoVirus() throws Exception {
    GeoparsingEval.Result r = run("GeoVirus.xml");
    assertTrue(r.f1() >= 0.85, "GeoVirus recognition F1 " + r.f1());
    assertTrue(r.accuracy161() >= 0.79, "GeoVirus resolution within 161 km " + r.accuracy161());
  }
}
