package org.newsatlas.cli;

import java.io.PrintWriter;
import org.newsatlas.spark.MissingTableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsatlas} command: one subcommand per pipeline stage, plus {@code run} that chains them. */
@Command(name = "newsatlas", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
    description = {
        "Reads news archives, extracts places, actors, dates and events, and writes Parquet tables by place, ISO week",
        "and outlet for comparing outlets. Stages can run one by one or chained with `run`.",
        "",
        "Quick start:  scripts/newsatlas run --input src/test/resources/sample-corpus/jsonl --out /tmp/na",
        "              scripts/newsatlas query --out /tmp/na \"SELECT * FROM place_week LIMIT 10\""},
    subcommands = {
        RunCommand.class, IngestCommand.class, ExtractCommand.class, AggregateCommand.class, CompareCommand.class,
        ReportCommand.class, QueryCommand.class, SqlCommand.class, EvalCommand.class, CommandLine.HelpCommand.class})
public final class Main {

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code (0 ok, 1 failed, 2 usage or input error). */
  public static int execute(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((ex, line, parsed) -> {
      Throwable root = ex;
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
