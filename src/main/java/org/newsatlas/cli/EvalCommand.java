package org.newsatlas.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsatlas eval ...}: scores the extraction against gold sets. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Scores extraction against gold sets: `eval geoparsing --gold <xml>`, `eval events --gold <tsv>`, `eval ner --gold <bio>`.",
    subcommands = {EvalGeoparsingCommand.class, EvalEventsCommand.class, EvalNerCommand.class, CommandLine.HelpCommand.class})
final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "eval needs a subcommand: geoparsing, events or ner.");
  }
}
