/**
 * {@code newsatlas report}: one self-contained HTML page of a run's output tables, for analysts who read charts and
 * maps faster than tables. Plain Java, no Spark: the tables are read through embedded DuckDB ({@link
 * org.newsatlas.report.OutputTables}), line and bar charts are drawn by JFreeChart as PNG ({@link
 * org.newsatlas.report.Charts}), the heatmaps and the map are SVG written here ({@link
 * org.newsatlas.report.SvgHeatmap}, {@link org.newsatlas.report.SvgMap} over {@link org.newsatlas.report.Basemap}).
 *
 * <p>One class per section, each with a reading guide and the caveat that matters, each saying so when its table is
 * absent or empty: {@code HeaderSection}, {@code CoverageSection} (articles per week and outlet), {@code
 * ContrastSection} (Fightin' Words z per outlet against the rest), {@code PlaceHeatmapSection}, {@code
 * PlaceMapSection}, {@code DivergenceSection} (Jensen-Shannon), {@code EventsSection}. Entry point: {@link
 * org.newsatlas.report.ReportGenerator#generate}.
 */
package org.newsatlas.report;
