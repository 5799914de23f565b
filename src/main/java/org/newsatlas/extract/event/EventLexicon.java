package org.newsatlas.extract.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsatlas.core.Resources;
import org.newsatlas.extract.lexicon.PhraseSets;
import org.newsatlas.extract.lexicon.TextFolder;
import org.newsatlas.extract.lexicon.TsvLexicon;

/** One language's triggers, context cues and modality cues ({@code conf/events/*-<lang>.tsv}). */
final class EventLexicon {
  record Trigger(String pattern, String target, double weight) {}

  record ModalityCue(String modality, int before, int after) {}

  record Suffix(String ending, ModalityCue cue) {}

  /** The three lexicons of a language in one matcher: set TRIGGERS, CUES and MODALITY. */
  static final int TRIGGERS = 0, CUES = 1, MODALITY = 2;
  final PhraseSets phrases = new PhraseSets(3);
  final List<Suffix> suffixes = new ArrayList<>();
  final Set<String> suffixExceptions = new HashSet<>();

  EventLexicon(String confDir, String lang, CueClasses classes, EventTaxonomy taxonomy) {
    for (String[] r : TsvLexicon.rows(confDir, "events/triggers-" + lang + ".tsv")) {
      String target = r[1];
      if (!target.startsWith("@") && !target.equals(EventRules.NONE) && taxonomy.byCode(target) == null) {
        throw new IllegalArgumentException("conf/events/triggers-" + lang + ".tsv: unknown subtype " + target);
      }
      phrases.add(TRIGGERS, r[0], new Trigger(r[0], target, Double.parseDouble(r[2])));
    }
    for (String[] r : TsvLexicon.rows(confDir, "events/cues-" + lang + ".tsv")) phrases.add(CUES, r[0], classes.mask(r[1]));
    for (String[] r : TsvLexicon.rows(confDir, "events/modality-" + lang + ".tsv")) {
      if (r[0].startsWith("EXCEPT:")) {
        suffixExceptions.add(TextFolder.fold(r[0].substring(7)));
        continue;
      }
      ModalityCue cue = new ModalityCue(r[1], Integer.parseInt(r[2]), Integer.parseInt(r[3]));
      if (r[0].startsWith("SUFFIX:")) suffixes.add(new Suffix(TextFolder.fold(r[0].substring(7)), cue));
      else phrases.add(MODALITY, r[0], cue);
    }
  }

  /** True when conf has a trigger file for {@code lang}. */
  static boolean available(String confDir, String lang) {
    try (var in = Resources.open(confDir, "events/triggers-" + lang + ".tsv")) {
      return in != null;
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
