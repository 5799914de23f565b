package org.newsatlas.extract.place;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * The word lists that gate place matches, read from {@code conf/places/}: per-language stop words (ordinary words
 * that are also place names) and cues that a name belongs to a person or an organisation. Keys are folded with
 * {@link NameNormalizer#fold}, so lookups take the recogniser's folded token text.
 */
public final class PlaceLexicon {
  private final Set<String> stopEn = new HashSet<>(), stopFr = new HashSet<>(), stopAr = new HashSet<>(),
      stopAll = new HashSet<>();
  private final Set<String> initialEn = new HashSet<>(), initialFr = new HashSet<>();
  final Set<String> titles = new HashSet<>(), firstNames = new HashSet<>(), orgSuffixes = new HashSet<>(),
      orgPrefixes = new HashSet<>(), determiners = new HashSet<>(), modifiers = new HashSet<>(), heads = new HashSet<>(),
      languagePrepositions = new HashSet<>();

  private PlaceLexicon() {}

  public static PlaceLexicon load(String confDir) {
    PlaceLexicon l = new PlaceLexicon();
    try {
      readStop(confDir, "places/stopwords-en.txt", l.stopEn, l.initialEn);
      readStop(confDir, "places/stopwords-fr.txt", l.stopFr, l.initialFr);
      readStop(confDir, "places/stopwords-ar.txt", l.stopAr, new HashSet<>());
      readStop(confDir, "places/stopwords-all.txt", l.stopAll, new HashSet<>());
      for (String[] r : NameNormalizer.readTsv(confDir, "places/person-org-cues.tsv")) {
        String w = NameNormalizer.fold(r[1]);
        switch (r[0]) {
          case "title" -> l.titles.add(w);
          case "first" -> l.firstNames.add(w);
          case "org" -> l.orgSuffixes.add(w);
          case "orgprefix" -> l.orgPrefixes.add(w);
          case "det" -> l.determiners.add(w);
          case "modifier" -> l.modifiers.add(w);
          case "head" -> l.heads.add(w);
          case "langprep" -> l.languagePrepositions.add(w);
          default -> throw new IllegalArgumentException("conf/places/person-org-cues.tsv: kind '" + r[0] + "' unknown");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return l;
  }

  private static void readStop(String confDir, String file, Set<String> always, Set<String> initial) throws IOException {
    for (String[] r : NameNormalizer.readTsv(confDir, file)) {
      String w = r[0];
      if (w.startsWith("?")) initial.add(NameNormalizer.fold(w.substring(1)));
      else always.add(NameNormalizer.fold(w));
    }
  }

  /** Whether a one-word match {@code folded} is an ordinary word of {@code lang} (null: French or English). */
  public boolean isStopWord(String folded, String lang, boolean sentenceStart) {
    if (stopAll.contains(folded)) return true;
    if (lang == null) {
      return isStopWord(folded, "en", sentenceStart) || isStopWord(folded, "fr", sentenceStart);
    }
    return switch (lang) {
      case "en" -> stopEn.contains(folded) || sentenceStart && initialEn.contains(folded);
      case "fr" -> stopFr.contains(folded) || sentenceStart && initialFr.contains(folded);
      case "ar" -> stopAr.contains(folded);
      default -> stopEn.contains(folded) || stopFr.contains(folded);
    };
  }
}
