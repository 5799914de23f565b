package org.newsatlas.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Writes the analysts' report: one self-contained HTML page ({@code report.html}, no script, no network) with the
 * charts embedded, and each chart also as a PNG or SVG file beside it. Reads the output tables through embedded
 * DuckDB, without Spark; a missing or empty table leaves its section saying so instead of failing the report.
 */
public final class ReportGenerator {
  private ReportGenerator() {}

  /** Generates the report of {@code outputRoot} into {@code reportDir} (created) and returns the HTML file. */
  public static Path generate(Path outputRoot, Path reportDir, ReportOptions o) {
    if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    try {
      Files.createDirectories(reportDir);
      HtmlReport html = new HtmlReport(reportDir);
      try (OutputTables tables = new OutputTables(outputRoot)) {
        ReportContext ctx = new ReportContext(outputRoot, tables, o, html);
        String header = HeaderSection.render(ctx);
        CoverageSection.add(ctx);
        ContrastSection.add(ctx);
        PlaceHeatmapSection.add(ctx);
        PlaceMapSection.add(ctx);
        DivergenceSection.add(ctx);
        EventsSection.add(ctx);
        return html.write("newsatlas report — " + outputRoot.toAbsolutePath().normalize().getFileName(), header);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the report into " + reportDir + ": " + e.getMessage(), e);
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB could not read the tables under " + outputRoot + ": " + e.getMessage(), e);
    }
  }
}
