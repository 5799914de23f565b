package org.newsatlas.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsatlas.report.ReportGenerator;
import org.newsatlas.report.ReportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Writes a self-contained HTML report of a run's tables, with charts and a map.",
        "No Spark and no network are needed; the page embeds everything:",
        "coverage per outlet and week, what each outlet over- and under-covers, a place x week heatmap, a map of places,",
        "outlet divergence and events by week. Each chart is also written beside the page as PNG or SVG.",
        "Country outlines on the map need scripts/fetch-basemap.sh once; without them the map shows a graticule only.",
        "Example: newsatlas report --out newsatlas-out --top 8"})
final class ReportCommand implements Callable<Integer> {
  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "newsatlas-out",
      description = "Output root of a run to read (a local folder). Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(names = "--report-dir", paramLabel = "DIR", description = "Where to write report.html and its images. Default: <out>/report.")
  Path reportDir;

  @Option(names = "--top", paramLabel = "N", defaultValue = "6", description = "Outlets shown by name (by volume). Default: ${DEFAULT-VALUE}.")
  int top;

  @Option(names = "--places", paramLabel = "N", defaultValue = "25", description = "Places in the place x week heatmap. Default: ${DEFAULT-VALUE}.")
  int places;

  @Option(names = "--dedup", description = "Count each syndication cluster once instead of every copy.")
  boolean dedup;

  @Option(names = "--basemap", paramLabel = "DIR",
      description = "Folder with world-atlas countries-*.json (scripts/fetch-basemap.sh). Default: .cache/basemap of the project.")
  Path basemap;

  @Override
  public Integer call() {
    if (!Files.isDirectory(out)) throw new UserError("no output root at " + out + ": run `newsatlas run` first or pass --out.");
    Path dir = reportDir != null ? reportDir : out.resolve("report");
    ReportOptions o = new ReportOptions(top, places, basemap != null ? basemap : ReportOptions.defaultBasemapDir(), dedup);
    if (basemap != null && !Files.isDirectory(basemap)) throw new UserError("no basemap folder at " + basemap + ": run scripts/fetch-basemap.sh.");
    Path html = ReportGenerator.generate(out, dir, o);
    System.out.println("Report written to " + html.toAbsolutePath().normalize());
    System.out.println("Open it in a browser: file://" + html.toAbsolutePath().normalize()
        + "  (charts are also in " + dir.toAbsolutePath().normalize() + " as PNG/SVG)");
    return 0;
  }
}
