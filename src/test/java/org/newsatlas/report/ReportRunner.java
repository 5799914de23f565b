package org.newsatlas.report;

import java.nio.file.Path;

/** Generates a report by hand: ReportRunner OUTPUT_ROOT REPORT_DIR [BASEMAP_DIR]. */
final class ReportRunner {
  public static void main(String[] args) {
    ReportOptions o = ReportOptions.defaults().withBasemapDir(args.length > 2 ? Path.of(args[2]) : null);
    System.out.println(ReportGenerator.generate(Path.of(args[0]), Path.of(args[1]), o));
  }
}
