package org.newsatlas.extract.place;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.newsatlas.extract.lexicon.CharArraySet;

/**
 * The word lists that gate place matches, read from {@code conf/places/}: per-language stop words (ordinary words
 * that are also place names) and cues that a name belongs to a person or an organisation. Keys are folded with
 * {@link NameNormalizer#fold}, so lookups take a slice of the recogniser's folded token buffer (no String per word).
 */
public final class PlaceLexicon {
  private final CharArraySet stopEn = new CharArraySet(), stopFr = new CharArraySet(), stopAr = new CharArraySet(),
      stopAll = new CharArraySet();
  private final CharArraySet initialEn = new CharArraySet(), initialFr = new CharArraySet();
  final CharArraySet titles = new CharArraySet(), firstNames = new CharArraySet(), orgSuffixes = new CharArraySet(),
      orgPrefixes = new CharArraySet(), determiners = new CharArraySet(), modifiers = new CharArraySet(),
      heads = new CharArraySet(), languagePrepositions = new CharArraySet(), diseaseHeads = new CharArraySet(),
      nobiliaryCues = new CharArraySet(), nobiliaryParticles = new CharArraySet();
  /** The length of the longest nobiliary particle ("du"). */
  int maxNobiliaryParticle;
  /** conf/places/place-kind-cues.tsv: administrative and physical-feature head nouns. */
  final CharArraySet adminHeads = new CharArraySet(), featureHeads = new CharArraySet();
  /** Words that coordinate two names in a list ("Oregon and Idaho"): the conjunctions of that file. */
  final CharArraySet conjunctions = new CharArraySet();
  /** Compass words ("north", "eastern") of that file: two in a row open one compass name ("North Eastern"). */
  final CharArraySet compass = new CharArraySet();
  /** conf/places/common-words.tsv: calendar words and agency acronyms (all languages), locatives per language. */
  final CharArraySet calendar = new CharArraySet(), agencies = new CharArraySet(), locativesEn = new CharArraySet(),
      locativesFr = new CharArraySet(), placePrepositionsEn = new CharArraySet(), placePrepositionsFr = new CharArraySet();
  /** Capitalised words of persons' names in conf/actors/actors.tsv ("obama", "assad"), folded. */
  final CharArraySet personNameParts = new CharArraySet();
  int strongPopulation = 1_000_000;
  int minFuzzyLetters = 6;

  private PlaceLexicon() {}

  public static PlaceLexicon load(String confDir) {
    PlaceLexicon l = new PlaceLexicon();
    try {
      readStop(confDir, "places/stopwords-en.txt", l.stopEn, l.initialEn);
      readStop(confDir, "places/stopwords-fr.txt", l.stopFr, l.initialFr);
      readStop(confDir, "places/stopwords-ar.txt", l.stopAr, new CharArraySet());
      readStop(confDir, "places/stopwords-all.txt", l.stopAll, new CharArraySet());
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
  private static void readPersonNames(String confDir, CharArraySet out) throws IOException {
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

  /** Whether a locative preposition of {@code lang} (either language when null) is the folded word in the slice. */
  boolean isLocative(char[] buf, int off, int len, String lang) {
    if ("fr".equals(lang)) return locativesFr.contains(buf, off, len);
    if ("en".equals(lang)) return locativesEn.contains(buf, off, len);
    return locativesEn.contains(buf, off, len) || locativesFr.contains(buf, off, len);
  }

  /** Whether a preposition of place of {@code lang} (either language when null) is the folded word in the slice. */
  boolean isPlacePreposition(char[] buf, int off, int len, String lang) {
    if ("fr".equals(lang)) return placePrepositionsFr.contains(buf, off, len);
    if ("en".equals(lang)) return placePrepositionsEn.contains(buf, off, len);
    return placePrepositionsEn.contains(buf, off, len) || placePrepositionsFr.contains(buf, off, len);
  }

  private static void readStop(String confDir, String file, CharArraySet always, CharArraySet initial)
      throws IOException {
    for (String[] r : NameNormalizer.readTsv(confDir, file)) {
      String w = r[0];
      if (w.startsWith("?")) initial.add(NameNormalizer.fold(w.substring(1)));
      else always.add(NameNormalizer.fold(w));
    }
  }

  /**
   * Whether a one-word match, folded in {@code buf[off, off+len)}, is an ordinary word of {@code lang} (null: French
   * or English).
   */
  public boolean isStopWord(char[] buf, int off, int len, String lang, boolean sentenceStart) {
    if (stopAll.contains(buf, off, len)) return true;
    if (lang == null) {
      return isStopWord(buf, off, len, "en", sentenceStart) || isStopWord(buf, off, len, "fr", sentenceStart);
    }
    return switch (lang) {
      case "en" -> stopEn.contains(buf, off, len) || sentenceStart && initialEn.contains(buf, off, len);
      case "fr" -> stopFr.contains(buf, off, len) || sentenceStart && initialFr.contains(buf, off, len);
      case "ar" -> stopAr.contains(buf, off, len);
      default -> stopEn.contains(buf, off, len) || stopFr.contains(buf, off, len);
    };
  }

  /** As {@link #isStopWord(char[], int, int, String, boolean)} of a folded name at hand ("white house"). */
  public boolean isStopWord(String folded, String lang, boolean sentenceStart) {
    char[] c = folded.toCharArray();
    return isStopWord(c, 0, c.length, lang, sentenceStart);
  }
}
