package org.newsatlas.report;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Section 5: where the covered places are, as circles sized by articles over country outlines. */
final class PlaceMapSection {
  private PlaceMapSection() {}

  /** The map draws at most this many places (the largest); the rest are too small to see. */
  static final int MAX_POINTS = 400;
  /** The view zooms onto the largest places that together hold this share of the articles. */
  static final double ZOOM_SHARE = 0.9;

  static void add(ReportContext ctx) throws SQLException, IOException {
    String title = "Map of places";
    String guide = "each circle is a place; its area is proportional to the number of " + ctx.countWord()
        + " mentioning it over the whole period. The view zooms onto the places that hold most of the coverage.";
    OutputTables t = ctx.tables;
    if (!t.has("place_week") || !t.hasColumns("place_week", "place_id", "lat", "lon", "articles")) {
      ctx.html.section("map", title, guide, null, HtmlReport.missing(t.whyMissing("place_week")));
      return;
    }
    String col = ctx.placeArticles("place_week");
    List<OutputTables.Row> rows = t.query("SELECT place_id, max(place_name), max(country_code), max(lat), max(lon), sum(" + col
        + ") AS n, max(feature_code) FROM place_week GROUP BY place_id ORDER BY n DESC, place_id");
    List<SvgMap.Point> points = new ArrayList<>();
    int noCoords = 0;
    for (OutputTables.Row r : rows) {
      if (Double.isNaN(r.num(3)) || Double.isNaN(r.num(4))) { noCoords++; continue; }
      if (points.size() >= MAX_POINTS) continue;
      points.add(new SvgMap.Point(r.str(1) == null ? r.str(0) : r.str(1), r.str(2) == null ? "" : r.str(2), r.num(3), r.num(4), r.num(5)));
    }
    if (points.isEmpty()) {
      ctx.html.section("map", title, guide, null, HtmlReport.missing("no place in <code>place_week</code> has coordinates"));
      return;
    }
    SvgMap.View view = SvgMap.viewFor(core(points));
    Optional<Basemap> basemap = Basemap.load(ctx.options.basemapDir(), !view.world());
    int outside = 0;
    for (SvgMap.Point p : points) {
      if (p.lon() < view.lon0() || p.lon() > view.lon1() || p.lat() < view.lat0() || p.lat() > view.lat1()) outside++;
    }
    String valueLabel = ctx.options.dedup() ? "articles (dedup)" : "articles";
    String svg = SvgMap.render("Places by " + ctx.countWord() + ", whole period", points, view, basemap, valueLabel);
    // A world view of a corpus centred on one region crowds that region: add a close-up of it.
    String closeUp = "";
    if (view.world()) {
      List<SvgMap.Point> region = SvgMap.densestRegion(points, REGION_LON, REGION_LAT, REGION_SHARE);
      if (!region.isEmpty()) {
        SvgMap.View zoom = SvgMap.viewFor(region);
        closeUp = ctx.html.svg("map-places-region.svg", SvgMap.render("Close-up of the most covered region ("
            + region.size() + " places, " + Math.round(100 * share(region, points)) + "% of the articles)", points, zoom,
            Basemap.load(ctx.options.basemapDir(), true), valueLabel));
      }
    }
    List<String> notes = new ArrayList<>();
    notes.add("countries and provinces (GeoNames PCLI, ADM1) are drawn at their reference point, so a mention of "
        + "\"Iraq\" sits in the middle of Iraq, not where events happened");
    if (outside > 0) notes.add(outside + " place" + (outside == 1 ? " lies" : "s lie") + " outside this regional view");
    if (noCoords > 0) notes.add(noCoords + " place" + (noCoords == 1 ? " has" : "s have") + " no coordinates and are not drawn");
    if (rows.size() - noCoords > MAX_POINTS) notes.add("only the " + MAX_POINTS + " largest places are drawn");
    if (basemap.isEmpty()) {
      notes.add((ctx.options.basemapDir() == null ? "no basemap folder was given"
          : "no basemap in <code>" + HtmlReport.esc(ctx.options.basemapDir().toString()) + "</code>")
          + ", so only the graticule is drawn: run <code>scripts/fetch-basemap.sh</code> for country outlines");
    }
    String caveat = String.join("; ", notes) + ".";
    ctx.html.section("map", title, guide, caveat, ctx.html.svg("map-places.svg", svg) + closeUp);
  }

  /** Size of the close-up window under a world map (degrees), and the share of articles it must hold to be drawn. */
  static final double REGION_LON = 30, REGION_LAT = 20, REGION_SHARE = 0.4;

  private static double share(List<SvgMap.Point> part, List<SvgMap.Point> all) {
    double a = 0, b = 0;
    for (SvgMap.Point p : part) a += p.value();
    for (SvgMap.Point p : all) b += p.value();
    return b == 0 ? 0 : a / b;
  }

  /** The largest places holding {@link #ZOOM_SHARE} of the articles: a stray far-away mention does not unzoom the map. */
  static List<SvgMap.Point> core(List<SvgMap.Point> points) {
    List<SvgMap.Point> sorted = new ArrayList<>(points);
    sorted.sort(Comparator.comparingDouble(SvgMap.Point::value).reversed());
    double total = 0;
    for (SvgMap.Point p : sorted) total += p.value();
    List<SvgMap.Point> out = new ArrayList<>();
    double acc = 0;
    for (SvgMap.Point p : sorted) {
      out.add(p);
      acc += p.value();
      if (acc >= ZOOM_SHARE * total) break;
    }
    return out;
  }
}
