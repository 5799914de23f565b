package org.newsatlas.extract.actor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsatlas.extract.lexicon.TsvLexicon;

/** The cue words of {@code conf/actors/cues.tsv} (titles, organisation heads, connectors, stop words), folded. */
final class ActorCues {
  static final String FILE = "actors/cues.tsv";

  /** Title phrases as folded token arrays, longest first. */
  final List<String[]> titles = new ArrayList<>();
  final Set<String> orgHeadsEn = new HashSet<>();
  final Set<String> orgHeadsFr = new HashSet<>();
  final Set<String> connectors = new HashSet<>();
  final Set<String> stops = new HashSet<>();

  ActorCues(String confDir) {
    for (String[] r : TsvLexicon.rows(confDir, FILE)) {
      String cue = ActorDictionary.matchForm(r[0]);
      String kind = TsvLexicon.field(r, 1);
      String lang = TsvLexicon.field(r, 2);
      switch (kind) {
        case "TITLE" -> titles.add(cue.replaceAll("^[^\\p{L}\\p{N}]+", "").split("[^\\p{L}\\p{N}]+"));
        case "ORG_HEAD" -> {
          if (!lang.equals("fr")) orgHeadsEn.add(cue);
          if (!lang.equals("en")) orgHeadsFr.add(cue);
        }
        case "CONNECTOR" -> connectors.add(cue);
        case "STOP" -> stops.add(cue);
        default -> throw new IllegalArgumentException("conf/" + FILE + ": unknown cue kind " + kind);
      }
    }
    titles.sort((a, b) -> b.length - a.length);
  }
}
