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
      languagePrepositions = new HashSet<>(), diseaseHeads = new HashSet<>(), nobiliaryCues = new HashSet<>(),
      nobiliaryParticles = new HashSet<>();
  /** The length of the longest nobiliary particle ("du"). */
  int maxNobiliaryParticle;
  /** conf/places/place-kind-cues.tsv: administrative and physical-feature head nouns. */
  final Set<String> adminHeads = new HashSet<>(), featureHeads = new HashSet<>();
  /** Words that coordinate two names in a list ("Oregon and Idaho"): the conjunctions of that file. */
  final Set<String> conjunctions = new HashSet<>();
  /** Compass words ("north", "eastern") of that file: two in a row open one compass name ("North Eastern"). */
  final Set<String> compass = new HashSet<>();
  /** conf/places/common-words.tsv: calendar words and agency acronyms (all languages), locatives per language. */
  final Set<String> calendar = new HashSet<>(), agencies = new HashSet<>(), locativesEn = new HashSet<>(),
      locativesFr = new HashSet<>(), placePrepositionsEn = new HashSet<>(), placePrepositionsFr = new HashSet<>();
  /** Capitalised words of persons' names in conf/actors/actors.tsv ("obama", "assad"), folded. */
  final Set<String> personNameParts = new HashSet<>();
  int strongPopulation = 1_000_000;
  int minFuzzyLetters = 6;

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
          case "first", "particle" -> l.firstNames.add(w); // a particle opens a surname as a first name does
          case "org" -> l.orgSuffixes.add(w);
          case "orgprefix" -> l.orgPrefixes.add(w);
          case "det" -> l.determiners.add(w);
          case "modifier" -> l.modifiers.add(w);
          case "head" -> l.heads.add(w);
          case "langprep" -> l.languagePrepositions.add(w);
          case "disease" -> l.diseaseHeads.add(w);
          case "nobiliary" -> l.nobiliaryCues.add(w);
          case "nobparticle" -> {
            l.nobiliaryParticles.add(w);
            l.maxNobiliaryParticle = Math.max(l.maxNobiliaryParticle, w.length());
          }
          default -> throw new IllegalArgumentException("conf/places/person-org-cues.tsv: kind '" + r[0] + "' unknown");
        }
      }
      for (String[] r : NameNormalizer.readTsv(confDir, "places/place-kind-cues.tsv")) {
        String w = NameNormalizer.fold(r[1]);
        switch (r[0]) {
          case "admin" -> l.adminHeads.add(w);
          case "conj" -> l.conjunctions.add(w);
          case "compass" -> l.compass.add(w);
          case "feature" -> {
            l.featureHeads.add(w);
            l.heads.add(w); // "Fraser Valley" is no person's name either
          }
          default -> throw new IllegalArgumentException("conf/places/place-kind-cues.tsv: kind '" + r[0] + "' unknown");
        }
      }
      for (String[] r : NameNormalizer.readTsv(confDir, "places/common-words.tsv")) {
        String w = NameNormalizer.fold(r[2]);
        switch (r[0]) {
          case "setting" -> {
            if (r[2].equals("strong_population")) l.strongPopulation = Integer.parseInt(r[3]);
            else if (r[2].equals("min_fuzzy_letters")) l.minFuzzyLetters = Integer.parseInt(r[3]);
            else throw new IllegalArgumentException("conf/places/common-words.tsv: setting '" + r[2] + "' unknown");
          }
          case "locative" -> (r[1].equals("fr") ? l.locativesFr : l.locativesEn).add(w);
          case "place_preposition" -> (r[1].equals("fr") ? l.placePrepositionsFr : l.placePrepositionsEn).add(w);
          case "calendar" -> l.calendar.add(w);
          case "agency" -> l.agencies.add(w);
          default -> throw new IllegalArgumentException("conf/places/common-words.tsv: kind '" + r[0] + "' unknown");
        }
      }
      readPersonNames(confDir, l.personNameParts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return l;
  }

  /**
   * The capitalised words (3 letters or more, no Arabic article) of the canonical names and Latin aliases of the
   * persons of the actor dictionary: surnames and given names that are not places where they stand alone.
   */
  private static void readPersonNames(String confDir, Set<String> out) throws IOException {
    for (String[] r : NameNormalizer.readTsv(confDir, "actors/actors.tsv")) {
      if (r.length < 8 || !r[2].equals("PERSON")) continue;
      StringBuilder names = new StringBuilder(r[6]);
      for (int c = 7; c < Math.min(r.length, 9); c++) names.append('|').append(r[c]);
      for (String alias : names.toString().split("\\|")) {
        for (String w : alias.split("[\\s-]+")) {
          if (w.length() < 3 || !Character.isUpperCase(w.charAt(0)) || w.indexOf('.') >= 0) continue;
          out.add(NameNormalizer.fold(w));
        }
      }
    }
  }

  /** Whether a locative preposition of {@code lang} (either language when null) is the folded word {@code w}. */
  boolean isLocative(String w, String lang) {
    if ("fr".equals(lang)) return locativesFr.contains(w);
    if ("en".equals(lang)) return locativesEn.contains(w);
    return locativesEn.contains(w) || locativesFr.contains(w);
  }

  /** Whether {@code w} is a preposition of place of {@code lang} (either language when null): "in", "à", "près". */
  boolean isPlacePreposition(String w, String lang) {
    if ("fr".equals(lang)) return placePrepositionsFr.contains(w);
    if ("en".equals(lang)) return placePrepositionsEn.contains(w);
    return placePrepositionsEn.contains(w) || placePrepositionsFr.contains(w);
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
