package org.newsatlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pieces whose mistakes a reader would not spot on the page: week axes, zoom, z recomputation, bar choice. */
class ReportPartsTest {
  @Test
  void weekAxisFillsGapsAcrossTheIsoYearBoundary() {
    assertEquals(List.of("2020-W52", "2020-W53", "2021-W01", "2021-W02"), Weeks.axis(List.of("2021-W02", "2020-W52")));
    assertEquals(List.of("2024-W52", "2025-W01"), Weeks.axis(List.of("2025-W01", "2024-W52")));
    assertEquals(List.of(), Weeks.axis(List.of()));
    assertEquals(List.of("all"), Weeks.axis(List.of("all")));
  }

  @Test
  void mapZoomsOnTheMiddleEastAndIgnoresAStrayMention() {
    List<SvgMap.Point> pts = new ArrayList<>();
    for (SyntheticTables.Place p : SyntheticTables.PLACES) pts.add(new SvgMap.Point(p.name(), p.cc(), p.lat(), p.lon(), 50));
    pts.add(new SvgMap.Point("Washington", "US", 38.9, -77.0, 3));
    SvgMap.View v = SvgMap.viewFor(PlaceMapSection.core(pts));
    assertFalse(v.world());
    for (SyntheticTables.Place p : SyntheticTables.PLACES) {
      assertTrue(p.lon() > v.lon0() && p.lon() < v.lon1() && p.lat() > v.lat0() && p.lat() < v.lat1(), p.name());
    }
    assertTrue(v.lon0() > -10, "Washington did not unzoom the map");
    // Spread over the world: world view.
    pts.add(new SvgMap.Point("Washington", "US", 38.9, -77.0, 5000));
    assertTrue(SvgMap.viewFor(PlaceMapSection.core(pts)).world());
  }

  @Test
  void aWorldViewGetsACloseUpOfItsDensestRegionWithItsOwnClipPath() {
    List<SvgMap.Point> pts = new ArrayList<>();
    for (SyntheticTables.Place p : SyntheticTables.PLACES) pts.add(new SvgMap.Point(p.name(), p.cc(), p.lat(), p.lon(), 10));
    pts.add(new SvgMap.Point("Washington", "US", 38.9, -77.0, 40));
    pts.add(new SvgMap.Point("Beijing", "CN", 39.9, 116.4, 40));
    SvgMap.View world = SvgMap.viewFor(PlaceMapSection.core(pts));
    assertTrue(world.world());
    List<SvgMap.Point> region = SvgMap.densestRegion(pts, PlaceMapSection.REGION_LON, PlaceMapSection.REGION_LAT, PlaceMapSection.REGION_SHARE);
    assertTrue(region.size() >= 20 && region.stream().noneMatch(p -> p.country().equals("US") || p.country().equals("CN")), region.toString());
    SvgMap.View zoom = SvgMap.viewFor(region);
    assertFalse(zoom.world());
    String a = SvgMap.render("world", pts, world, java.util.Optional.empty(), "articles");
    String b = SvgMap.render("region", pts, zoom, java.util.Optional.empty(), "articles");
    java.util.regex.Matcher ma = java.util.regex.Pattern.compile("clipPath id=\"([^\"]+)\"").matcher(a);
    java.util.regex.Matcher mb = java.util.regex.Pattern.compile("clipPath id=\"([^\"]+)\"").matcher(b);
    assertTrue(ma.find() && mb.find());
    assertFalse(ma.group(1).equals(mb.group(1)), "two maps on one page must not share a clip path");
    // Spread evenly: no close-up.
    List<SvgMap.Point> spread = List.of(new SvgMap.Point("A", "US", 38.9, -77.0, 10), new SvgMap.Point("B", "CN", 39.9, 116.4, 10),
        new SvgMap.Point("C", "BR", -15.8, -47.9, 10), new SvgMap.Point("D", "AU", -33.9, 151.2, 10));
    assertTrue(SvgMap.densestRegion(spread, 30, 20, 0.4).isEmpty());
  }

  @Test
  void ringsAcrossTheAntimeridianAreUnwrapped() {
    // Fiji-like ring: 178 E -> 180 -> -179 (i.e. 181 E) -> back.
    double[] u = SvgMap.unwrap(new double[] {178, -17, 180, -16, -179, -16, -179, -18, 178, -17});
    org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {178, -17, 180, -16, 181, -16, 181, -18, 178, -17}, u, 1e-9);
  }

  @Test
  void pooledZFollowsTheReadmeFormula() {
    assertEquals(0, ContrastSection.pooledZ(10, 100, 20, 200), 1e-12, "same share, no difference");
    assertTrue(ContrastSection.pooledZ(30, 100, 20, 200) > 1.96);
    assertTrue(ContrastSection.pooledZ(2, 100, 40, 200) < -1.96);
    // By hand: yi=30, ni=100, yj=20, nj=200: aw=50, a0=300; delta = ln(80/320) - ln(70/430); var = 1/80 + 1/70.
    double delta = Math.log(80.0 / 320) - Math.log(70.0 / 430);
    assertEquals(delta / Math.sqrt(1.0 / 80 + 1.0 / 70), ContrastSection.pooledZ(30, 100, 20, 200), 1e-12);
    assertTrue(Double.isNaN(ContrastSection.pooledZ(0, 100, 0, 200)));
  }

  @Test
  void divergingBarsKeepTheExtremesOfEachSideInOrder() {
    List<ContrastSection.Key> keys = new ArrayList<>();
    for (int i = -12; i <= 12; i++) keys.add(new ContrastSection.Key("k" + i, i == 11 || i == 12 ? "Same" : "P" + i, i / 4.0, 5, 100, null));
    List<Charts.Bar> bars = ContrastSection.bars(keys);
    assertEquals(2 * ContrastSection.PER_SIDE, bars.size());
    assertEquals(3.0, bars.get(0).z(), 1e-12);
    assertEquals(-3.0, bars.get(bars.size() - 1).z(), 1e-12);
    for (int i = 1; i < bars.size(); i++) assertTrue(bars.get(i - 1).z() >= bars.get(i).z());
    assertTrue(bars.stream().anyMatch(b -> b.label().startsWith("Same [k11]")), "duplicate names told apart");
    assertTrue(bars.stream().noneMatch(b -> b.z() == 0), "a zero is neither over nor under");
  }

  @Test
  void outletKeysKeepOnlyTheExtremesButCountEverything() {
    java.util.Random rnd = new java.util.Random(7);
    ContrastSection.OutletKeys acc = new ContrastSection.OutletKeys();
    List<ContrastSection.Key> all = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      ContrastSection.Key k = new ContrastSection.Key("k" + i, "K" + i, rnd.nextGaussian() * 3, 1, 100, i % 10 == 0 ? 0.01 : 0.5);
      all.add(k);
      acc.add(k);
    }
    assertEquals(5000, acc.keys);
    assertEquals(500, acc.significant);
    assertEquals(ContrastSection.bars(all), ContrastSection.bars(acc.extremes()));
    assertEquals(2 * ContrastSection.PER_SIDE, acc.extremes().size());
  }

  @Test
  void htmlEscapingCoversAttributesAndText() {
    assertEquals("&lt;b&gt; &amp; &quot;q&quot; &#39;s&#39;", HtmlReport.esc("<b> & \"q\" 's'"));
    assertEquals("al-jazeera-net", HtmlReport.slug("Al-Jazeera.net"));
  }
}
