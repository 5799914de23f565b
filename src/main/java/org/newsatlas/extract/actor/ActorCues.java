package org.newsatlas.extract.actor;

import java.util.ArrayList;
import java.util.List;
import org.newsatlas.extract.lexicon.CharArrayMap;
import org.newsatlas.extract.lexicon.CharArraySet;
import org.newsatlas.extract.lexicon.TsvLexicon;

/** The cue words of {@code conf/actors/cues.tsv} (titles, organisation heads, connectors, stop words), folded. */
final class ActorCues {
  static final String FILE = "actors/cues.tsv";

  /** Title phrases as folded token arrays, longest first; indexed by their first and by their last token. */
  final List<String[]> titles = new ArrayList<>();
  final CharArrayMap<List<String[]>> titlesByFirst = new CharArrayMap<>();
  final CharArrayMap<List<String[]>> titlesByLast = new CharArrayMap<>();
  final CharArraySet orgHeadsEn = new CharArraySet();
  final CharArraySet orgHeadsFr = new CharArraySet();
  final CharArraySet connectors = new CharArraySet();
  final CharArraySet stops = new CharArraySet();

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
    for (String[] t : titles) {
      index(titlesByFirst, t[0], t);
      index(titlesByLast, t[t.length - 1], t);
    }
  }

  private static void index(CharArrayMap<List<String[]>> map, String key, String[] title) {
    List<String[]> l = map.get(key);
    if (l == null) map.put(key, l = new ArrayList<>());
    l.add(title);
  }
}
