package org.newsatlas.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsatlas gazetteer ...}: the place gazetteer artifact. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
    description = "The place gazetteer: `gazetteer build` turns the GeoNames dumps into the artifact the extract stage loads.",
    subcommands = {GazetteerBuildCommand.class, CommandLine.HelpCommand.class})
final class GazetteerCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "gazetteer needs a subcommand: build.");
  }
}
