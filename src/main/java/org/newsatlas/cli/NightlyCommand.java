package org.newsatlas.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.newsatlas.core.Settings;
import org.newsatlas.extract.ExtractJob;
import org.newsatlas.spark.RunContext;
import org.newsatlas.spark.RunLog;
import org.newsatlas.spark.SubmittedFiles;
import org.newsatlas.spark.nightly.NightlyJob;
import org.newsatlas.spark.nightly.OutputLock;
import org.newsatlas.spark.nightly.TableCommit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "nightly", mixinStandardHelpOptions = true,
    description = {"The incremental, crash-safe pipeline for a growing archive: ingests only new or changed files (by the",
        "ingest_ledger table), recomputes only the weeks they touch, and commits every table at once.",
        "A run killed at any point is finished (or undone) by the next one. Equal to a full rebuild, row for row.",
        "Example: scripts/newsatlas nightly --input archive/ --out out/   or   nightly --job jobs/nightly.properties"})
final class NightlyCommand extends SparkCommand {
  // Not the ingest mixin: its --input is required, and here a --job file may give it. Other input-profile keys
  // are settings: --set input.format=csv, input.mapping=..., input.date.pattern=...
  final IngestOptions ingest = new IngestOptions();

  @Option(names = {"-i", "--input"}, paramLabel = "PATH", split = ",",
      description = "Input file, folder (read recursively) or glob; repeatable. The whole archive: files no longer listed "
          + "are removed from the tables.")
  List<String> inputArgs = new ArrayList<>();

  @Option(names = {"-p", "--profile"}, paramLabel = "NAME", description = "Input profile from conf/inputs/NAME.properties.")
  String profile;

  @Mixin CompareOptions compare = new CompareOptions();

  @Option(names = "--job", paramLabel = "FILE",
      description = "A job definition (properties: input, out, profile, period, by, and set.KEY=VALUE settings); "
          + "options given on the command line win.")
  Path job;

  @Override
  String name() {
    return NightlyJob.COMMAND;
  }

  @Override
  List<String> inputs() {
    return ingest.inputs;
  }

  @Override
  public Integer call() {
    ingest.inputs.addAll(inputArgs);
    ingest.profile = profile;
    if (job != null) applyJob();
    if (ingest.inputs.isEmpty()) throw new UserError("no input: give --input PATH or a --job file with input=PATH.");
    return super.call();
  }

  /** Fills what the command line left unset from the job file. */
  private void applyJob() {
    Properties p = new Properties();
    Path file = Path.of(SubmittedFiles.resolve(job.toString()));
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UserError("cannot read the job file " + job + ": " + e.getMessage());
    }
    if (ingest.inputs.isEmpty() && p.getProperty("input") != null) {
      for (String s : p.getProperty("input").split(",")) if (!s.isBlank()) ingest.inputs.add(s.trim());
    }
    if ("newsatlas-out".equals(common.out) && p.getProperty("out") != null) common.out = p.getProperty("out").trim();
    if (ingest.profile == null) ingest.profile = p.getProperty("profile");
    if ("all".equals(compare.period) && p.getProperty("period") != null) compare.period = p.getProperty("period").trim();
    if ("place".equals(compare.grouping) && p.getProperty("by") != null) compare.grouping = p.getProperty("by").trim();
    for (String k : p.stringPropertyNames()) {
      if (k.startsWith("set.")) common.overrides.putIfAbsent(k.substring(4), p.getProperty(k).trim());
    }
  }

  @Override
  void validate(Settings settings) {
    ingest.validate(settings);
    compare.spec();
    ExtractJob.checkResources(settings);
  }

  private OutputLock lock;

  /** One nightly run at a time per output root; a killed run's lock is taken over (see {@link OutputLock}). */
  @Override
  OutputLock lock(RunContext ctx) {
    lock = OutputLock.acquire(ctx.outputRoot(), ctx.runId(), ctx.spark().sparkContext().hadoopConfiguration(),
        NightlyJob.lockStaleAfter(ctx.settings()));
    return lock;
  }

  @Override
  void execute(RunContext ctx) {
    RunLog.record(ctx, name(), "STARTED", inputs(), null);
    var spec = ingest.validate(ctx.settings());
    TableCommit.StepHook hook = commitPause(ctx.settings().getInt("nightly.commit.pause.ms", 0));
    ctx.stage("recover", () -> {
      NightlyJob.recover(ctx, hook);
      return null;
    });
    ctx.stage("nightly", () -> {
      NightlyJob.run(ctx, lock, new ArrayList<>(ingest.inputs), spec, compare.spec(), hook);
      return null;
    });
  }

  /** A pause after each commit step: for fault injection only, so that a kill can land between two renames. */
  private static TableCommit.StepHook commitPause(int ms) {
    if (ms <= 0) return step -> {};
    return step -> {
      try {
        Thread.sleep(ms);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
  }

  @Override
  void printSummary(RunContext ctx) {
    Summary.print(ctx);
  }
}
