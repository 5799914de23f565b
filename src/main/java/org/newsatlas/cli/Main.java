package org.newsatlas.cli;

import java.io.PrintWriter;
import org.newsatlas.spark.MissingTableException;
import org.newsatlas.spark.nightly.OutputLock;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsatlas} command: one subcommand per pipeline stage, plus {@code run} that chains them. */
@Command(name = "newsatlas", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
    description = {
        "Places, actors, dates and events in news archives, counted by place, ISO week and outlet, as Parquet tables",
        "for comparing outlets. Each stage is a command; `run` chains them. Tables go under --out (default newsatlas-out).",
        "",
        "Typical use:",
        "  scripts/newsatlas run --input archive/ --out out/     the whole pipeline on JSON Lines, CSV, text or WARC",
        "  scripts/newsatlas query --out out/ \"SELECT * FROM place_week ORDER BY articles DESC LIMIT 20\"",
        "  scripts/newsatlas report --out out/                   an HTML report with charts and a map",
        "First time: scripts/demo.sh builds everything, fetches GeoNames, and runs the sample corpus.",
        "Help on a command: scripts/newsatlas <command> --help",
        ""},
    subcommands = {
        RunCommand.class, NightlyCommand.class, IngestCommand.class, ExtractCommand.class, AggregateCommand.class, CompareCommand.class,
        ReportCommand.class, QueryCommand.class, SqlCommand.class, GazetteerCommand.class, EvalCommand.class, CommandLine.HelpCommand.class})
public final class Main {

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Exit code of a run refused because another holds the output's lock (EX_TEMPFAIL: try again later). */
  public static final int LOCKED = 75;

  /**
   * Runs the command line and returns the exit code (0 ok, 1 failed, 2 usage or input error, 75 another nightly run
   * holds the output root).
   */
  public static int execute(String... args) {
    CommandLine cl = new CommandLine(new Main()).setUsageHelpWidth(120);
    cl.setExecutionExceptionHandler((ex, line, parsed) -> {
      Throwable root = ex;
      if (root instanceof SparkCommand.Stopped) return 143; // 128 + SIGTERM; the shutdown hook said why
      if (root instanceof OutputLock.HeldException) {
        line.getErr().println("newsatlas: " + root.getMessage());
        return LOCKED;
      }
      if (isUserFacing(root)) {
        line.getErr().println("newsatlas: " + root.getMessage());
        return 2;
      }
      line.getErr().println("newsatlas: failed: " + root);
      root.printStackTrace(line.getErr());
      return 1;
    });
    cl.setErr(new PrintWriter(System.err, true));
    return cl.execute(args);
  }

  private static boolean isUserFacing(Throwable t) {
    return t instanceof UserError || t instanceof MissingTableException || t instanceof IllegalArgumentException;
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"newsatlas " + org.newsatlas.spark.Version.get()};
    }
  }
}
