package org.newsatlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generates the report from synthetic tables written with DuckDB and checks it as a reader and a browser would need it. */
class ReportGeneratorTest {
  static final List<String> SECTIONS = List.of("coverage", "contrast", "heatmap", "map", "divergence", "events");

  @TempDir
  static Path tmp;
  static Path root;
  static Path basemap;
  static String html;
  static Path reportDir;

  @BeforeAll
  static void generateFullReport() throws Exception {
    System.setProperty("java.awt.headless", "true");
    root = tmp.resolve("out");
    SyntheticTables.write(root, Set.of());
    basemap = tmp.resolve("basemap");
    Files.createDirectories(basemap);
    Files.writeString(basemap.resolve(Basemap.COARSE), BasemapTest.TWO_COUNTRIES);
    reportDir = tmp.resolve("report");
    Path out = ReportGenerator.generate(root, reportDir, ReportOptions.defaults().withBasemapDir(basemap));
    assertEquals(reportDir.resolve("report.html"), out);
    html = Files.readString(out, StandardCharsets.UTF_8);
  }

  @Test
  void everySectionIsPresentWithItsGuideAndCaveatAndNoneIsEmpty() {
    for (String id : SECTIONS) {
      int at = html.indexOf("<section id=\"" + id + "\">");
      assertTrue(at >= 0, "section " + id);
      String section = html.substring(at, html.indexOf("</section>", at));
      assertTrue(section.contains("class=\"guide\""), id + " has a reading guide");
      assertTrue(section.contains("class=\"caveat\""), id + " has a caveat");
      assertFalse(section.contains("class=\"missing\""), id + " has data: " + section);
      assertTrue(section.contains("<img") || section.contains("<svg"), id + " has a chart");
    }
  }

  @Test
  void pageIsSelfContained() {
    assertFalse(html.contains("<script"), "no script");
    assertFalse(html.contains("<link"), "no external stylesheet");
    assertFalse(Pattern.compile("(src|href)=\"https?:").matcher(html).find(), "nothing fetched from the network");
  }

  @Test
  void idsAreUniqueAcrossInlinedSvgs() {
    Matcher m = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
    Set<String> seen = new java.util.HashSet<>();
    while (m.find()) assertTrue(seen.add(m.group(1)), "duplicate id " + m.group(1));
  }

  @Test
  void embeddedPngsDecodeAndEqualTheFilesBeside() throws IOException {
    Matcher m = Pattern.compile("<img alt=\"[^\"]*\" src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"><figcaption><a href=\"([^\"]+)\"").matcher(html);
    int n = 0;
    while (m.find()) {
      byte[] png = Base64.getDecoder().decode(m.group(1));
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
      assertNotNull(img, "valid PNG " + m.group(2));
      assertTrue(img.getWidth() >= 400 && img.getHeight() >= 100, m.group(2) + " has a readable size");
      assertTrue(java.util.Arrays.equals(png, Files.readAllBytes(reportDir.resolve(m.group(2)))), m.group(2) + " written beside");
      n++;
    }
    // coverage + 6 outlets x 2 groupings + JSD vs rest + events
    assertEquals(1 + 12 + 1 + 1, n);
  }

  @Test
  void inlineSvgsAreWellFormedXmlAndWrittenBeside() throws Exception {
    List<String> svgs = inlineSvgs(html);
    assertEquals(3, svgs.size(), "heatmap, map, divergence matrix");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    for (String svg : svgs) {
      assertEquals("svg", f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
          .getDocumentElement().getLocalName());
    }
    for (String file : List.of("heatmap-places.svg", "map-places.svg", "divergence-matrix.svg")) {
      assertTrue(Files.size(reportDir.resolve(file)) > 1000, file);
      f.newDocumentBuilder().parse(reportDir.resolve(file).toFile());
    }
  }

  @Test
  void headerAndHeatmapShowTheCountsInTheTables() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      ResultSet rs = st.executeQuery("SELECT count(*) FROM read_parquet('" + root + "/articles/**/*.parquet', hive_partitioning = true)");
      rs.next();
      assertTrue(html.contains("<th>Articles</th><td>" + String.format(java.util.Locale.ROOT, "%,d", rs.getLong(1)) + "</td>"));
      rs = st.executeQuery("SELECT place_name, country_code, week, articles, week_articles FROM read_parquet('" + root
          + "/place_week/**/*.parquet', hive_partitioning = true) ORDER BY articles DESC LIMIT 1");
      rs.next();
      String tip = String.format(java.util.Locale.ROOT, "%s, %s — %s: %d articles (%.1f%% of the week's %,d)", rs.getString(1),
          rs.getString(2), rs.getString(3), rs.getLong(4), 100.0 * rs.getLong(4) / rs.getLong(5), rs.getLong(5));
      assertTrue(html.contains(HtmlReport.esc(tip)), "heatmap tooltip " + tip);
    }
    assertTrue(html.contains("<th>Quarantined records</th><td>7</td>"));
  }

  @Test
  void dedupCountsEachSyndicationClusterOnce() throws Exception {
    Path out = ReportGenerator.generate(root, tmp.resolve("dedup-report"), ReportOptions.defaults().withDedup(true).withBasemapDir(null));
    String page = Files.readString(out);
    assertTrue(page.contains("syndication clusters counted once"));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      ResultSet rs = st.executeQuery("SELECT count(DISTINCT coalesce(duplicate_of, article_id)), count(*) FROM read_parquet('" + root
          + "/articles/**/*.parquet', hive_partitioning = true) WHERE outlet = 'reuters.com'");
      rs.next();
      assertTrue(rs.getLong(1) < rs.getLong(2), "the fixture has copies");
      assertTrue(sectionOf(page, "coverage").contains("<td>reuters.com</td><td class=\"n\">" + String.format(java.util.Locale.ROOT, "%,d", rs.getLong(1)) + "</td>"));
      assertTrue(sectionOf(html, "coverage").contains("<td>reuters.com</td><td class=\"n\">" + String.format(java.util.Locale.ROOT, "%,d", rs.getLong(2)) + "</td>"));
    }
  }

  @Test
  void mapZoomsOnTheRegionAndDrawsTheBasemap() {
    String map = section("map");
    assertTrue(map.contains("<title>Iraqland</title>"), "basemap country drawn");
    assertTrue(map.contains("Regional view"), "zoomed, not the world");
    assertTrue(map.contains("Baghdad (IQ)"), "points have tooltips");
  }

  @Test
  void mapFallsBackToAGraticuleWithoutBasemap() throws IOException {
    Path dir = tmp.resolve("no-basemap");
    Path out = ReportGenerator.generate(root, dir, ReportOptions.defaults().withBasemapDir(tmp.resolve("nowhere")));
    String page = Files.readString(out);
    String map = page.substring(page.indexOf("<section id=\"map\">"));
    assertTrue(map.contains("No basemap found: graticule only"));
    assertTrue(map.contains("run <code>scripts/fetch-basemap.sh</code>"));
    assertTrue(map.contains("<circle"), "points still drawn");
  }

  @Test
  void missingTablesDegradeSectionBySection() throws Exception {
    Path partial = tmp.resolve("partial");
    SyntheticTables.write(partial, Set.of("outlet_place_contrast", "outlet_divergence", "event_week_place", "quarantine"));
    Path out = ReportGenerator.generate(partial, tmp.resolve("partial-report"), ReportOptions.defaults().withBasemapDir(null));
    String page = Files.readString(out);
    assertTrue(sectionOf(page, "contrast").contains("table <code>outlet_place_contrast</code> is absent"));
    assertTrue(sectionOf(page, "divergence").contains("table <code>outlet_divergence</code> is absent"));
    assertTrue(sectionOf(page, "events").contains("table <code>event_week_place</code> is absent"));
    assertFalse(sectionOf(page, "coverage").contains("class=\"missing\""));
    assertFalse(sectionOf(page, "map").contains("class=\"missing\""));
    assertTrue(page.contains("<th>Quarantined records</th><td><i>table <code>quarantine</code> is absent</i></td>"));
  }

  @Test
  void anEmptyOutputRootGivesAReportOfNotes() throws IOException {
    Path empty = tmp.resolve("empty");
    Files.createDirectories(empty);
    String page = Files.readString(ReportGenerator.generate(empty, tmp.resolve("empty-report"), ReportOptions.defaults()));
    for (String id : SECTIONS) assertTrue(sectionOf(page, id).contains("class=\"missing\""), id);
    assertFalse(page.contains("<img"));
  }

  @Test
  void anEmptyTableIsReportedAsEmpty() throws Exception {
    Path r = tmp.resolve("with-empty");
    SyntheticTables.write(r, Set.of("event_week_place"));
    Files.createDirectories(r.resolve("event_week_place"));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      st.execute("COPY (SELECT 'x' AS place_id, 'x' AS event_subtype, 0::BIGINT AS events, '2021-W01' AS week WHERE false) TO '"
          + r.resolve("event_week_place/part-0.parquet") + "' (FORMAT PARQUET)");
    }
    String page = Files.readString(ReportGenerator.generate(r, tmp.resolve("with-empty-report"), ReportOptions.defaults()));
    assertTrue(sectionOf(page, "events").contains("table <code>event_week_place</code> is empty"));
  }

  @Test
  void contrastsWithoutPeriodAllArePooledOverPeriods() throws Exception {
    Path r = tmp.resolve("weekly-contrast");
    SyntheticTables.write(r, Set.of("outlet_place_contrast"));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      // Re-label the period-'all' contrasts as two weekly periods with the counts split: what --period week writes.
      Path src = tmp.resolve("src-contrast");
      SyntheticTables.write(src, Set.of());
      st.execute("COPY (SELECT * EXCLUDE (period) REPLACE (count // 2 AS count, outlet_total // 2 AS outlet_total, rest_count // 2 AS rest_count, "
          + "rest_total // 2 AS rest_total), p AS period FROM read_parquet('" + src + "/outlet_place_contrast/**/*.parquet', "
          + "hive_partitioning = true) CROSS JOIN (VALUES ('2021-W01'), ('2021-W02')) t(p)) TO '" + r.resolve("outlet_place_contrast")
          + "' (FORMAT PARQUET, PARTITION_BY (period))");
    }
    String page = Files.readString(ReportGenerator.generate(r, tmp.resolve("weekly-contrast-report"), ReportOptions.defaults()));
    String s = sectionOf(page, "contrast");
    assertTrue(s.contains("no period 'all': counts were summed over the periods"), s);
    assertTrue(s.contains("(all periods pooled)"));
    assertTrue(s.contains("<img"));
  }

  private static String section(String id) {
    return sectionOf(html, id);
  }

  static String sectionOf(String page, String id) {
    int at = page.indexOf("<section id=\"" + id + "\">");
    assertTrue(at >= 0, "section " + id);
    return page.substring(at, page.indexOf("</section>", at));
  }

  static List<String> inlineSvgs(String page) {
    List<String> out = new ArrayList<>();
    int from = 0;
    while (true) {
      int a = page.indexOf("<svg ", from);
      if (a < 0) return out;
      int b = page.indexOf("</svg>", a) + "</svg>".length();
      out.add(page.substring(a, b));
      from = b;
    }
  }
}
