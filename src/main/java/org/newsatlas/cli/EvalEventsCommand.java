package org.newsatlas.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsatlas.extract.actor.ActorExtractor;
import org.newsatlas.extract.event.EventExtractor;
import org.newsatlas.extract.event.EventsEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsatlas eval events --gold <tsv>}: main-subtype micro/macro F1 and confusion table on labelled snippets. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "Evaluate event subtype classification on a labelled TSV (id, EventSnippet, SubType).")
public final class EvalEventsCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, description = "Gold TSV (CASE 2021 task 2 format).")
  Path gold;

  @Option(names = "--conf-dir", description = "Directory overriding the bundled conf/ files.")
  String confDir;

  @Option(names = "--errors", description = "Also list misclassified snippet ids.")
  boolean errors;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(gold)) {
      System.err.println("gold file not found: " + gold + " (pass --gold <tsv>)");
      return 2;
    }
    EventExtractor ex = new EventExtractor(confDir);
    ActorExtractor ax = new ActorExtractor(confDir);
    EventsEval.Result r = EventsEval.score(gold, ex, ax);
    System.out.print(EventsEval.format(r));
    if (errors) for (String[] e : r.errors()) System.out.println("  error id=" + e[0] + " gold=" + e[1] + " pred=" + e[2]);
    return 0;
  }
}
