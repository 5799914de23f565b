package org.newsatlas.extract.place;

import java.util.List;

/**
 * Finds place names in tokenised text: at each word that can start a name, extends the match word by word through
 * the gazetteer's key table while some name can still follow (prefix flags), keeps the longest match (exact keys
 * before transliteration-tolerant ones at equal length), then gates it: capitalisation, stop words of the text's
 * language, all-caps acronyms, and cues that the name belongs to a person or an organisation. Offsets are into the
 * original text. Not thread-safe (reused buffers): one per thread.
 */
public final class PlaceRecognizer {
  private static final int MAX_TOKENS = 8;

  private final Gazetteer g;
  private final NameNormalizer norm;
  private final PlaceLexicon lex;
  private char[] key = new char[256];
  private final int[] clitics = new int[16];
  /** Keys seen with a person cue in this article: every occurrence of them is a person (one sense per discourse). */
  private final java.util.Set<String> personKeys = new java.util.HashSet<>();

  // Result of the last extend() call.
  private int foundEnd, foundKey;

  public PlaceRecognizer(Gazetteer g, NameNormalizer norm, PlaceLexicon lex) {
    this.g = g;
    this.norm = norm;
    this.lex = lex;
  }

  /** Appends the gated matches of {@code t} (already tokenised from {@code text}) to {@code out}. */
  public void recognize(CharSequence text, TextTokens t, String lang, List<PlaceMatch> out) {
    int n = t.count;
    int i = 0;
    int first = out.size();
    personKeys.clear();
    while (i < n) {
      int f = t.flags[i];
      if ((f & TextTokens.DIGIT) != 0) {
        i++;
        continue;
      }
      boolean arabic = (f & TextTokens.ARABIC) != 0;
      boolean startable = arabic || (f & TextTokens.CAP) != 0 || t.isSkippableArticle(i);
      if (!startable) {
        // Lower-case words: only demonyms ("irakien", "américains") outside English, where they are capitalised.
        if (!"en".equals(lang) && g.demonymFilter.mayContain(t.chars, t.start[i], t.len[i])) {
          int k = g.exact.find(t.chars, t.start[i], t.len[i]);
          if (k >= 0 && hasKind(g.exact, k, Gazetteer.DEMONYM)) {
            PlaceMatch m = demonymMatch(text, t, i, i + 1, k);
            if (m != null) out.add(m);
          }
        }
        i++;
        continue;
      }
      // Exact keys, with Arabic proclitics stripped from the first word when the whole word is no name.
      int bestEnd = -1, bestKey = -1, bestTable = 0, bestOffset = 0;
      if (extend(t, i, 0, g.exact, t.chars, t.start, t.len)) {
        bestEnd = foundEnd;
        bestKey = foundKey;
      }
      if (arabic) {
        int c = norm.cliticOffsets(t.chars, t.start[i], t.len[i], clitics);
        for (int v = 0; v < c; v++) {
          if (extend(t, i, clitics[v], g.exact, t.chars, t.start, t.len) && foundEnd > bestEnd) {
            bestEnd = foundEnd;
            bestKey = foundKey;
            bestOffset = clitics[v];
          }
        }
      } else if (bestEnd < 0 && ((f & TextTokens.CAP) != 0 || t.isSkippableArticle(i)) && !fuzzyHopeless(t, i)) {
        // Transliteration-tolerant keys only where no exact name matched (computed lazily, word by word).
        if (extend(t, i, 0, g.fuzzy, null, t.fzStart, t.fzLen) && foundEnd > bestEnd) {
          bestEnd = foundEnd;
          bestKey = foundKey;
          bestTable = 1;
        }
      }
      if (bestEnd < 0) {
        i++;
        continue;
      }
      PlaceMatch m = gate(text, t, lang, i, bestEnd, bestTable == 0 ? g.exact : g.fuzzy, bestKey, bestTable == 1, bestOffset);
      if (m != null) {
        out.add(m);
        i = bestEnd;
      } else {
        i++;
      }
    }
    if (!personKeys.isEmpty()) {
      // A name that a preposition of place introduces ("à Cherbourg", "in Walsh") or that opens a dateline
      // ("Cherbourg, 24 juillet", "PARIS, Dec. 31") is a place where it stands, even when another of its occurrences
      // opened a person's name ("Vauban Cherbourg" in a headline run into a dateline).
      for (int a = out.size() - 1; a >= first; a--) {
        PlaceMatch m = out.get(a);
        if (!m.method.equals(PlaceMatch.DEMONYM) && personKeys.contains(m.key) && !placePrepositionBefore(t, m.tokStart, lang)
            && !datelineAfter(t, m.tokEnd)) {
          out.remove(a);
        }
      }
    }
    // Qualifiers: "Nice, France", "Taji (Baghdad)".
    for (int a = 0; a + 1 < out.size(); a++) {
      PlaceMatch x = out.get(a), y = out.get(a + 1);
      int last = x.tokEnd - 1;
      if (y.tokStart == x.tokEnd && (t.flags[last] & (TextTokens.COMMA_NEXT | TextTokens.PAREN_NEXT)) != 0) x.qualifier = a + 1;
    }
    requireEvidence(out, first);
    linkNeighbours(t, out, first);
  }

  /**
   * What the words around each match say: which match a qualifier qualifies, the neighbours in a coordination
   * ("Utah, Virginia and Washington"), and an administrative head noun ("Washington state", "state of Washington").
   */
  private void linkNeighbours(TextTokens t, List<PlaceMatch> out, int first) {
    for (int a = first; a < out.size(); a++) {
      PlaceMatch x = out.get(a);
      if (x.qualifier >= 0) out.get(x.qualifier).qualifies = a;
      x.adminCue = adminCue(t, x);
      x.featureHead = featureHeaded(t, x);
      if (a + 1 < out.size() && coordinated(t, x, out.get(a + 1))) {
        x.listNext = a + 1;
        out.get(a + 1).listPrev = a;
      }
    }
  }

  /** Only a comma, "and"/"or" (or both) between two names: "Utah, Virginia", "Oregon and Idaho", "A, and B". */
  private boolean coordinated(TextTokens t, PlaceMatch x, PlaceMatch y) {
    int last = x.tokEnd - 1;
    if (y.tokStart == x.tokEnd) return (t.flags[last] & TextTokens.COMMA_NEXT) != 0;
    if (y.tokStart != x.tokEnd + 1) return false;
    int c = x.tokEnd;
    if ((t.flags[last] & (TextTokens.JOIN_NEXT | TextTokens.COMMA_NEXT)) == 0 || (t.flags[c] & TextTokens.JOIN_NEXT) == 0) {
      return false;
    }
    return t.wordIn(lex.conjunctions, c);
  }

  private boolean adminCue(TextTokens t, PlaceMatch m) {
    int end = m.tokEnd;
    if (end < t.count && (t.flags[end - 1] & TextTokens.JOIN_NEXT) != 0 && (t.flags[end - 1] & TextTokens.HYPHEN_NEXT) == 0
        && t.wordIn(lex.adminHeads, end)) {
      return true;
    }
    int i = m.tokStart;
    while (i > 0 && t.isSkippableArticle(i - 1) && (t.flags[i - 1] & TextTokens.JOIN_NEXT) != 0) i--;
    if (i < 2 || (t.flags[i - 1] & TextTokens.JOIN_NEXT) == 0 || (t.flags[i - 2] & TextTokens.JOIN_NEXT) == 0) return false;
    return (t.wordIs(i - 1, "of") || t.wordIs(i - 1, "de")) && t.wordIn(lex.adminHeads, i - 2);
  }

  /** "Baltic Sea", "Ural Mountains", "Fraser Valley": a capitalised physical-feature head noun follows the name. */
  private boolean featureHeaded(TextTokens t, PlaceMatch m) {
    int end = m.tokEnd;
    return end < t.count && (t.flags[end - 1] & TextTokens.JOIN_NEXT) != 0 && (t.flags[end - 1] & TextTokens.HYPHEN_NEXT) == 0
        && (t.flags[end] & TextTokens.CAP) != 0 && t.wordIn(lex.featureHeads, end);
  }

  /**
   * Extends a match from word {@code i} through {@code table} over the given key buffers; on success sets
   * {@link #foundEnd} (exclusive word index) and {@link #foundKey} to the longest key with postings whose last word
   * may end a name.
   */
  private boolean extend(TextTokens t, int i, int firstOffset, KeyTable table, char[] buf, int[] st, int[] ln) {
    int len = 0;
    int found = -1, fkey = -1;
    int words = 0;
    for (int j = i; j < t.count && words < MAX_TOKENS; j++) {
      if (j > i && (t.flags[j - 1] & TextTokens.JOIN_NEXT) == 0) break;
      if (t.isSkippableArticle(j)) continue;
      int f = t.flags[j];
      if ((f & TextTokens.DIGIT) != 0) break;
      if (buf == null) t.ensureFuzzy(j);
      char[] src = buf == null ? t.fuzzy : buf;
      int off = j == i ? firstOffset : 0;
      int wl = ln[j] - off;
      if (len + wl + 1 > key.length) key = java.util.Arrays.copyOf(key, (len + wl + 1) * 2);
      if (len > 0) key[len++] = ' ';
      System.arraycopy(src, st[j] + off, key, len, wl);
      len += wl;
      words++;
      long slot = table.lookup(key, 0, len);
      if (slot == KeyTable.EMPTY) break;
      boolean canEnd = (f & (TextTokens.CAP | TextTokens.ARABIC)) != 0;
      if (canEnd && KeyTable.hasPostings(slot)) {
        found = j + 1;
        fkey = KeyTable.key(slot);
      }
      if (!KeyTable.isPrefix(slot)) break;
    }
    if (found < 0) return false;
    foundEnd = found;
    foundKey = fkey;
    return true;
  }

  private PlaceMatch gate(CharSequence text, TextTokens t, String lang, int i, int end, KeyTable table, int k,
      boolean fuzzy, int offset) {
    int first = i;
    while (first < end - 1 && t.isSkippableArticle(first)) first++;
    boolean single = end - first == 1;
    int lastFlags = t.flags[end - 1];
    boolean allCaps = single && (lastFlags & TextTokens.ALLCAPS) != 0;
    // The one word, less a proclitic, as a slice of the folded token buffer (no String per gated word).
    int wordOff = single ? t.start[first] + (first == i ? offset : 0) : 0;
    int wordLen = single ? t.len[first] - (first == i ? offset : 0) : 0;
    boolean sentStart = (t.flags[i] & TextTokens.SENT_START) != 0;
    String method = fuzzy ? PlaceMatch.FUZZY : PlaceMatch.EXACT;
    byte only = -1;
    boolean weak = false;
    if (single && (lastFlags & TextTokens.ALLCAPS) != 0 && lex.agencies.contains(t.chars, wordOff, wordLen)) {
      return null; // SANA, TASS
    }
    if (allCaps && t.len[first] <= 4) {
      // Acronyms (IS, UN, AP) collide with short names: only declared abbreviations match in capitals.
      if (fuzzy || !hasKind(table, k, Gazetteer.ABBREV)) return null;
      only = Gazetteer.ABBREV;
      method = PlaceMatch.ABBREV;
      int after = t.origEnd[first];
      if (after < text.length() && text.charAt(after) == '$') return null; // US$ is a currency
    } else if (single && !fuzzy && hasKind(table, k, Gazetteer.ABBREV_DOTTED) && abbreviationContext(text, t, first)) {
      only = Gazetteer.ABBREV_DOTTED; // "Louisville, Ky." / "Regina, Sask."
      method = PlaceMatch.ABBREV;
    } else if (single) {
      if (t.len[first] <= 2 && (t.flags[first] & TextTokens.ARABIC) == 0) return null;
      if (lex.isStopWord(t.chars, wordOff, wordLen, lang, sentStart)) return null;
      if (offset > 0 && first == i && lex.isStopWord(t.chars, t.start[i], t.len[i], lang, sentStart)) {
        return null; // "ولكن" whole
      }
      if (fuzzy && weakForFuzzy(t.len[first], sentStart)) return null;
      if (fuzzy && lex.firstNames.contains(t.chars, wordOff, wordLen)) return null; // "Alain" is no Halluin
      if ((t.flags[first] & TextTokens.ARABIC) == 0) {
        int verdict = ordinaryWord(t, i, wordOff, wordLen, lang, table, k, fuzzy);
        if (verdict == REJECT) return null;
        weak = verdict == NEEDS_EVIDENCE;
      }
    }
    if (!single && !fuzzy && lex.isStopWord(table.key(k), lang, sentStart)) return null; // "White House"
    if (fuzzy && !single) {
      // Every word of a transliteration-tolerant multi-word match is a capitalised non-stop word ("The U" is no Tai O).
      for (int w = first; w < end; w++) {
        if (t.isSkippableArticle(w)) continue;
        if ((t.flags[w] & TextTokens.CAP) == 0 || t.len[w] < 2
            || lex.isStopWord(t.chars, t.start[w], t.len[w], lang, false)) {
          return null;
        }
      }
    }
    if (!fuzzy && hasKind(table, k, Gazetteer.DEMONYM)) return demonymMatch(text, t, i, end, k);
    if (genericWordsInLongerName(t, first, end) || compassCompound(t, first)) return null;
    if (diseaseNamedAfterTown(t, end, table, k)) {
      personKeys.add(matchKey(table, k)); // "the Marburg outbreak" is the virus too
      return null;
    }
    // Countries and provinces keep their name inside organisation names ("Environment Canada", "Team Alberta").
    if ((insideLongerName(t, i, end) && !hasArea(table, k)) || smallNameBeforeSurname(t, i, end, table, k)) {
      // "Marty Walsh" makes every "Walsh" of the article a person, unless the name is a country or province
      // ("Environment Canada" says nothing about other "Canada").
      if (leftGlued && !hasMajor(table, k)) personKeys.add(matchKey(table, k));
      return null;
    }
    if (nobiliaryName(t, i)) return null; // "le général de Saint-Germain", "Charles de Blois": the person's name
    if (hyphenedToAName(t, i, end) && !hasMajor(table, k)) return null; // "Legrand-Vernet", "Jean-Thomas" 
    if (personOrOrg(t, i, end) && !(titleCue && (only == Gazetteer.ABBREV || hasCountry(table, k)))) {
      // ("président US" is no person: a title before a country name or an abbreviation is an adjective's head)
      if (personCue) personKeys.add(matchKey(table, k));
      return null;
    }
    if (fuzzy && gluedToAnotherName(t, i, end, lang)) return null; // "Gheorghe Flutur" is no Georgia
    if ("en".equals(lang) && ageAfter(text, t, end) && !hasMajor(table, k)) {
      personKeys.add(matchKey(table, k)); // and "Gomez said" later in the article
      return null;
    }
    // Towns take no article: "la Résistance" is no Resistencia. Only for fuzzy matches (le Caire, the Hague).
    if (fuzzy && i > 0 && (t.flags[i - 1] & TextTokens.JOIN_NEXT) != 0 && t.wordIn(lex.determiners, i - 1)) {
      return null;
    }
    PlaceMatch m = match(text, t, i, end, table, k, method, only);
    if (m != null) {
      m.arabic = (t.flags[first] & TextTokens.ARABIC) != 0;
      m.weakCapital = single && sentStart && !m.arabic;
      m.needsEvidence = weak;
    }
    return m;
  }

  private boolean leftGlued;

  /**
   * A match's key as {@link PlaceMatch#key} and {@link #personKeys} hold it: a transliteration-tolerant key is marked
   * "~", so that it never meets an exact key of the same letters.
   */
  private String matchKey(KeyTable table, int k) {
    return (table == g.fuzzy ? "~" : "") + table.key(k);
  }

  /** A word too weak to be a transliteration-tolerant name alone: too short, or capitalised by a sentence start. */
  private boolean weakForFuzzy(int letters, boolean sentenceStart) {
    return letters < lex.minFuzzyLetters || sentenceStart;
  }

  /**
   * Whether {@link #gate} would reject every transliteration-tolerant match from word {@code i}, whatever the fuzzy
   * table holds, so that its lookups (cache misses in a large table) can be skipped: alone the word is too weak, and
   * no longer name can follow, the next word being absent, not joined, a number, or neither capitalised nor an article
   * (the gate takes fuzzy names of several words only when each is capitalised).
   */
  private boolean fuzzyHopeless(TextTokens t, int i) {
    if (t.isSkippableArticle(i) || !weakForFuzzy(t.len[i], (t.flags[i] & TextTokens.SENT_START) != 0)) return false;
    int next = i + 1;
    if (next >= t.count || (t.flags[i] & TextTokens.JOIN_NEXT) == 0) return true;
    int nf = t.flags[next];
    return (nf & TextTokens.DIGIT) != 0 || (nf & TextTokens.CAP) == 0 && !t.isSkippableArticle(next);
  }

  /**
   * A name made only of compass words or a physical-feature noun ("West", "North West", "Delta", "Plateau": divisions
   * somewhere) glued to a capitalised word is part of another place's name: "Danube Delta", "Central Plateau",
   * "Pacific Northwest", "South West England".
   */
  private boolean genericWordsInLongerName(TextTokens t, int first, int end) {
    for (int w = first; w < end; w++) {
      if (!t.wordIn(lex.modifiers, w) && !(end - first == 1 && t.wordIn(lex.featureHeads, w))) return false;
    }
    boolean before = first > 0 && (t.flags[first - 1] & TextTokens.JOIN_NEXT) != 0 && (t.flags[first - 1] & TextTokens.CAP) != 0
        && (t.flags[first] & TextTokens.SENT_START) == 0;
    boolean after = end < t.count && (t.flags[end - 1] & TextTokens.JOIN_NEXT) != 0 && (t.flags[end] & TextTokens.CAP) != 0;
    return before || after;
  }

  /** "Marburg virus", "Reston ebolavirus", "Lassa fever": a town's name before a disease word names the disease. */
  private boolean diseaseNamedAfterTown(TextTokens t, int end, KeyTable table, int k) {
    if (end >= t.count || (t.flags[end - 1] & TextTokens.JOIN_NEXT) == 0) return false;
    return t.wordIn(lex.diseaseHeads, end) && !hasArea(table, k);
  }

  /**
   * A name that opens with a compass word right after another capitalised compass word is the tail of a longer
   * compass name: "North Eastern Province" (Kenya) is not the Eastern Province (Saudi Arabia), nor is "South Western
   * Region" the Western Region. "Northern Syria" does not qualify: "Syria" opens with no compass word.
   */
  private boolean compassCompound(TextTokens t, int first) {
    if (first == 0) return false;
    int p = first - 1;
    if ((t.flags[p] & TextTokens.JOIN_NEXT) == 0 || (t.flags[p] & TextTokens.CAP) == 0) return false; // flags first: cheap
    return t.wordIn(lex.compass, first) && t.wordIn(lex.compass, p);
  }

  /**
   * Gate of one-word Latin matches that are ordinary words or persons' names (conf/places/common-words.tsv):
   * calendar words never pass; a lower-case dictionary word of the text's language, a word of a person's name in
   * the actor dictionary, or the plural of one ("Assads"), passes only as an exact name with strong evidence (a
   * country, region or large city) or after a locative preposition ("in Reading"). Fuzzy matches of dictionary
   * words never pass: "Civil" is an English word, not a transliteration of Sevilla.
   */
  private int ordinaryWord(TextTokens t, int i, int off, int len, String lang, KeyTable table, int k, boolean fuzzy) {
    char[] w = t.chars;
    if (lex.calendar.contains(w, off, len)) return REJECT;
    // An exact one-word match's key is the folded word itself: its flags are read by key index.
    assert fuzzy || table.key(k).equals(new String(w, off, len)) : new String(w, off, len);
    byte langs = fuzzy ? g.commonLanguages(w, off, len) : g.commonLanguagesOfExactKey(k);
    boolean common = (langs & languageMask(lang)) != 0;
    if (common && fuzzy) return REJECT;
    // "Syrias": a place name with a possessive s whose apostrophe was lost is no transliteration of another place.
    if (fuzzy && len > 4 && w[off + len - 1] == 's') {
      long stem = g.exact.lookup(w, off, len - 1);
      if (stem != KeyTable.EMPTY && KeyTable.hasPostings(stem)) return REJECT;
    }
    boolean person = lex.personNameParts.contains(w, off, len) || pluralOfName(w, off, len)
        || lex.firstNames.contains(w, off, len);
    if (!common && !person) return PASS;
    if (fuzzy) return REJECT;
    return strongEvidence(table, k) || locativeBefore(t, i, lang) ? PASS : NEEDS_EVIDENCE;
  }

  private static final int PASS = 0, REJECT = 1, NEEDS_EVIDENCE = 2;

  /**
   * Article-level evidence for the matches that need some ({@link PlaceMatch#needsEvidence}): a qualifier follows
   * ("Buffalo, New York"), another match of the article names the province of one of its candidates ("Cairns" in
   * an article that names Queensland), or one of its candidates lies in the article's dominant country (the one
   * most other names unambiguously belong to: "Tournai" in a Belgian paper). A country merely named is too weak a
   * backing: a newspaper page that names the United States does not make "Commerce" a place. Matches without
   * evidence are removed.
   */
  private void requireEvidence(List<PlaceMatch> out, int first) {
    int dominant = -2;
    for (int a = out.size() - 1; a >= first; a--) {
      PlaceMatch m = out.get(a);
      if (!m.needsEvidence || m.qualifier >= 0 || backedByArea(m, out, first)) continue;
      if (dominant == -2) dominant = dominantCountry(out, first);
      if (dominant >= 0 && inCountry(m, dominant)) continue;
      out.remove(a);
      for (int b = first; b < out.size(); b++) {
        PlaceMatch o = out.get(b);
        if (o.qualifier == a) o.qualifier = -1;
        else if (o.qualifier > a) o.qualifier--;
      }
    }
  }

  private boolean inCountry(PlaceMatch m, int country) {
    for (int c : m.candidates) if (g.countryIndex(c) == country) return true;
    return false;
  }

  /**
   * The country that most matches not needing evidence belong to wholly (all candidates in it), if it has at least
   * three such matches and more than any other country; else -1.
   */
  private int dominantCountry(List<PlaceMatch> out, int first) {
    countryVotes.clear();
    for (int b = first; b < out.size(); b++) {
      PlaceMatch o = out.get(b);
      if (o.needsEvidence || o.candidates.length == 0) continue;
      int c = g.countryIndex(o.candidates[0]);
      boolean one = c >= 0;
      for (int x = 1; one && x < o.candidates.length; x++) one = g.countryIndex(o.candidates[x]) == c;
      if (one) countryVotes.merge(c, 1, Integer::sum);
    }
    int best = -1, bestVotes = 2, second = 0;
    for (var e : countryVotes.entrySet()) {
      if (e.getValue() > bestVotes) {
        second = Math.max(second, bestVotes);
        best = e.getKey();
        bestVotes = e.getValue();
      } else {
        second = Math.max(second, e.getValue());
      }
    }
    return best >= 0 && bestVotes > second ? best : -1;
  }

  private final java.util.Map<Integer, Integer> countryVotes = new java.util.HashMap<>();

  private boolean backedByArea(PlaceMatch m, List<PlaceMatch> out, int first) {
    for (int b = first; b < out.size(); b++) {
      PlaceMatch o = out.get(b);
      if (o == m || o.needsEvidence) continue;
      for (int oc : o.candidates) {
        byte ok = g.kind(oc);
        if (ok != Gazetteer.ADM1) continue;
        for (int c : m.candidates) if (g.admin1Index(c) >= 0 && g.admin1Index(c) == g.admin1Index(oc)) return true;
      }
    }
    return false;
  }

  private static byte languageMask(String lang) {
    if (lang == null) return Gazetteer.WORD_EN | Gazetteer.WORD_FR;
    return switch (lang) {
      case "en" -> Gazetteer.WORD_EN;
      case "fr" -> Gazetteer.WORD_FR;
      case "ar" -> 0;
      default -> Gazetteer.WORD_EN | Gazetteer.WORD_FR;
    };
  }

  /** "Assads", "Husseins": a person's name or a first name with a plural (or possessive, apostrophe dropped) s. */
  private boolean pluralOfName(char[] w, int off, int len) {
    if (len < 5 || w[off + len - 1] != 's') return false;
    return lex.personNameParts.contains(w, off, len - 1) || lex.firstNames.contains(w, off, len - 1);
  }

  /**
   * A country, region, continent or province by a non-alternate name, or a place of at least strong_population
   * people; by an alternate name (GeoNames lists "Suisse" and "Londres" so), only a country, region, continent or a
   * city ten times that size: an alternate name of a province ("Free" for Free State) is no evidence. Curated
   * demonyms of conf/places are evidence ("Bruxellois" is a French word and a demonym).
   */
  private boolean strongEvidence(KeyTable table, int k) {
    for (int p = table.postingsStart(k); p < table.postingsEnd(k); p++) {
      int e = table.entry(p);
      byte ek = g.kind(e);
      int pop = g.population(e);
      byte nk = table.kind(p);
      if (nk == Gazetteer.DEMONYM) return true; // curated in conf ("Bruxellois")
      if (nk == Gazetteer.ALT) {
        if (ek <= Gazetteer.COUNTRY || ek == Gazetteer.CITY && pop >= 10L * lex.strongPopulation) return true;
      } else if (ek <= Gazetteer.ADM1 || pop >= lex.strongPopulation) {
        return true;
      }
    }
    return false;
  }

  /** "Cherbourg, 24 juillet", "PARIS, Dec. 31": the name before a comma, a day and a month (calendar words). */
  private boolean datelineAfter(TextTokens t, int end) {
    if (end + 1 >= t.count || (t.flags[end - 1] & TextTokens.COMMA_NEXT) == 0) return false;
    boolean dayFirst = (t.flags[end] & TextTokens.DIGIT) != 0, monthFirst = (t.flags[end + 1] & TextTokens.DIGIT) != 0;
    return dayFirst && t.wordIn(lex.calendar, end + 1) || monthFirst && t.wordIn(lex.calendar, end);
  }

  private boolean placePrepositionBefore(TextTokens t, int i, String lang) {
    return i > 0 && (t.flags[i - 1] & TextTokens.JOIN_NEXT) != 0
        && lex.isPlacePreposition(t.chars, t.start[i - 1], t.len[i - 1], lang);
  }

  private boolean locativeBefore(TextTokens t, int i, String lang) {
    return i > 0 && (t.flags[i - 1] & TextTokens.JOIN_NEXT) != 0 && lex.isLocative(t.chars, t.start[i - 1], t.len[i - 1], lang);
  }

  /**
   * "Jean Dupont", "Marine Le Pen", "Hassan el Bushra": a one-word name of villages only, followed by a capitalised word that is no
   * place, is a first name. Countries, provinces and towns of 100,000 keep their name ("Texas A&M", "Sudan Tribune").
   */
  private boolean smallNameBeforeSurname(TextTokens t, int i, int end, KeyTable table, int k) {
    if (end - i != 1 || end >= t.count || (t.flags[i] & TextTokens.JOIN_NEXT) == 0
        || (t.flags[i] & TextTokens.HYPHEN_NEXT) != 0) {
      return false;
    }
    // "Hassan el Bushra": an Arabic article before the surname changes nothing.
    int next = t.isSkippableArticle(end) ? end + 1 : end;
    int nf = t.flags[next];
    if ((nf & TextTokens.CAP) == 0 || (nf & TextTokens.ALLCAPS) != 0) return false;
    // A first name before an Arabic article opens a person's name even when a city bears it (Hassan, India).
    boolean arabicSurname = next != end && t.wordIn(lex.firstNames, i);
    for (int p = table.postingsStart(k); p < table.postingsEnd(k); p++) {
      int e = table.entry(p);
      if (g.kind(e) <= Gazetteer.ADM1 || g.population(e) >= 100_000 && !arabicSurname) return false;
    }
    if (t.wordIn(lex.heads, next) || isPlaceWord(t, next)) return false;
    leftGlued = true; // a person: mark the name for the whole article
    return true;
  }

  /**
   * A place name glued to a preceding capitalised word that is no place ("Marty Walsh", "Environment Canada",
   * "Control Yuan") is part of a person's or an organisation's name, unless that word is a geographic modifier
   * ("Northern Syria") or a determiner from conf, or a sentence-initial capital. (The same test on the word after
   * the name cost recall on gold sets that annotate places inside organisation names, "Texas A&M": not applied.)
   */
  private boolean insideLongerName(TextTokens t, int i, int end) {
    leftGlued = true;
    if (i == 0 || (t.flags[i - 1] & (TextTokens.JOIN_NEXT | TextTokens.HYPHEN_NEXT)) != TextTokens.JOIN_NEXT) return false;
    int pf = t.flags[i - 1];
    if ((pf & TextTokens.CAP) == 0 || (pf & TextTokens.SENT_START) != 0 || (pf & TextTokens.ALLCAPS) != 0
        || (t.flags[i] & TextTokens.SENT_START) != 0) {
      return false;
    }
    return !t.wordIn(lex.modifiers, i - 1) && !t.wordIn(lex.determiners, i - 1) && !isMajorPlaceWord(t, i - 1);
  }

  /**
   * Whether a transliteration-tolerant match is glued to a capitalised word that is no place, before or after it: a
   * spelling that is no gazetteer name, next to another name, is a word of a person's or an organisation's name
   * ("Gheorghe Flutur" is no Georgia, "Santosh Mishra" no Misrikh, "Teppan Grill" no Tappan). Exact names keep the
   * milder tests of {@link #insideLongerName} and {@link #personOrOrg}. A place head after the name ("Province"), a
   * place's name that is no dictionary word on either side, a modifier before it, and a sentence-initial stop word
   * before it ("In Baaqouba", "Yesterday Baaqouba": the stop lists hold sentence openers) do not count. Other
   * sentence-initial words do: "Santosh Mishra" opens its sentence too.
   */
  private boolean gluedToAnotherName(TextTokens t, int i, int end, String lang) {
    int glue = TextTokens.JOIN_NEXT | TextTokens.HYPHEN_NEXT;
    if (i > 0 && (t.flags[i - 1] & glue) == TextTokens.JOIN_NEXT) {
      int p = i - 1, pf = t.flags[p];
      if ((pf & TextTokens.CAP) != 0 && (pf & TextTokens.ALLCAPS) == 0 && !t.wordIn(lex.modifiers, p)
          && !t.wordIn(lex.determiners, p) && !placeNotWord(t, p)
          && !((pf & TextTokens.SENT_START) != 0 && (lex.isStopWord(t.chars, t.start[p], t.len[p], lang, true)
              || g.commonLanguages(t.chars, t.start[p], t.len[p]) != 0))) {
        return true;
      }
    }
    if (end < t.count && (t.flags[end - 1] & glue) == TextTokens.JOIN_NEXT) {
      int nf = t.flags[end];
      return (nf & TextTokens.CAP) != 0 && (nf & TextTokens.ALLCAPS) == 0 && !t.wordIn(lex.heads, end)
          && !placeNotWord(t, end) && !lex.isStopWord(t.chars, t.start[end], t.len[end], lang, false);
    }
    return false;
  }

  /**
   * An age in commas after the name ("Rafael Gomez, 27, of Milford", "his wife, Dora, 62."): the name is a person's.
   * A dateline's day is followed by its month ("Cherbourg, 24 juillet"), a count by its noun ("Mosul, 12 dead").
   * English only: French writes ages with "ans", and a number in commas after a French town is an address.
   */
  private static boolean ageAfter(CharSequence text, TextTokens t, int end) {
    if (end >= t.count || (t.flags[end - 1] & TextTokens.COMMA_NEXT) == 0 || t.len[end] > 3) return false;
    int age = 0;
    for (int c = t.start[end]; c < t.start[end] + t.len[end]; c++) {
      char d = t.chars[c];
      if (d < '0' || d > '9') return false;
      age = age * 10 + (d - '0');
    }
    int after = t.origEnd[end];
    if (age == 0 || age > 115 || after >= text.length()) return false;
    char c = text.charAt(after);
    return c == ',' || c == ')' || c == ';'
        || c == '.' && (after + 1 >= text.length() || !Character.isDigit(text.charAt(after + 1))); // not "62.5"
  }

  /** A place's name that is no dictionary word: "Iraq" is, "Grill" (a hamlet somewhere) is not. */
  private boolean placeNotWord(TextTokens t, int w) {
    return isPlaceWord(t, w) && g.commonLanguages(t.chars, t.start[w], t.len[w]) == 0;
  }

  private boolean hasArea(KeyTable table, int k) {
    for (int p = table.postingsStart(k); p < table.postingsEnd(k); p++) {
      if (g.kind(table.entry(p)) <= Gazetteer.ADM1 && table.kind(p) != Gazetteer.ALT) return true;
    }
    return false;
  }

  /** Whether the key names a country, province or town of 100,000: such names are not made persons article-wide. */
  private boolean hasMajor(KeyTable table, int k) {
    for (int p = table.postingsStart(k); p < table.postingsEnd(k); p++) {
      int e = table.entry(p);
      if (table.kind(p) != Gazetteer.ALT && (g.kind(e) <= Gazetteer.ADM1 || g.population(e) >= 100_000)) return true;
    }
    return false;
  }

  /** Whether word w alone names a country, province or town of 100,000 ("Aleppo Governor", not "Arch Walsh"). */
  private boolean isMajorPlaceWord(TextTokens t, int w) {
    int k = g.exact.find(t.chars, t.start[w], t.len[w]);
    if (k < 0) return false;
    for (int p = g.exact.postingsStart(k); p < g.exact.postingsEnd(k); p++) {
      int e = g.exact.entry(p);
      if (g.exact.kind(p) != Gazetteer.ALT && (g.kind(e) <= Gazetteer.ADM1 || g.population(e) >= 100_000)) return true;
    }
    return false;
  }

  /** Whether word w alone is a place name by a main, language or curated name (not a mere alternate). */
  private boolean isPlaceWord(TextTokens t, int w) {
    int k = g.exact.find(t.chars, t.start[w], t.len[w]);
    if (k < 0) return false;
    for (int p = g.exact.postingsStart(k); p < g.exact.postingsEnd(k); p++) {
      byte nk = g.exact.kind(p);
      if (nk != Gazetteer.ALT) return true;
    }
    return false;
  }

  /** A mixed-case abbreviation is one when a period follows and a comma precedes it: "Louisville, Ky." */
  private static boolean abbreviationContext(CharSequence text, TextTokens t, int w) {
    int e = t.origEnd[w];
    if (e >= text.length() || text.charAt(e) != '.') return false;
    return w > 0 && (t.flags[w - 1] & TextTokens.COMMA_NEXT) != 0;
  }

  private PlaceMatch demonymMatch(CharSequence text, TextTokens t, int i, int end, int k) {
    if (personOrOrg(t, i, end)) return null;
    // "in Turkish", "en turc": a language, not the country.
    if (i > 0 && (t.flags[i - 1] & TextTokens.JOIN_NEXT) != 0 && t.wordIn(lex.languagePrepositions, i - 1)) {
      return null;
    }
    return match(text, t, i, end, g.exact, k, PlaceMatch.DEMONYM, Gazetteer.DEMONYM);
  }

  /** Set by {@link #personOrOrg}: the cue was a person's (title, first name), not an organisation's. */
  private boolean personCue;
  /** Set by {@link #personOrOrg}: the cue was a title before the name. */
  private boolean titleCue;

  private boolean hasCountry(KeyTable table, int k) {
    for (int p = table.postingsStart(k); p < table.postingsEnd(k); p++) {
      if (g.kind(table.entry(p)) <= Gazetteer.COUNTRY && table.kind(p) != Gazetteer.ALT) return true;
    }
    return false;
  }

  /**
   * A name hyphened to a capitalised word that is no place ("Legrand-Vernet", "Jobbé-Duval", "Hyacinthe-Pierre",
   * "Louise-Anna"): part of a compound surname, first name or ship's name. Places hyphened together ("Paris-Lyon",
   * "Pabianice-Lask") and modifiers ("Nord-Pas-de-Calais" is matched whole) are not.
   */
  private boolean hyphenedToAName(TextTokens t, int i, int end) {
    if (i > 0 && hyphenGlued(t, i - 1) && nameWord(t, i - 1)) return true;
    return end < t.count && hyphenGlued(t, end - 1) && nameWord(t, end);
  }

  /** Words w and w + 1 joined by one hyphen, no space: a compound, not a dash ("INNISFAIL - Nine-year-old"). */
  private static boolean hyphenGlued(TextTokens t, int w) {
    return (t.flags[w] & TextTokens.HYPHEN_NEXT) != 0 && t.origStart[w + 1] - t.origEnd[w] == 1;
  }

  /** A capitalised word that is neither a place, a modifier nor a determiner. */
  private boolean nameWord(TextTokens t, int w) {
    if ((t.flags[w] & TextTokens.CAP) == 0 || (t.flags[w] & TextTokens.DIGIT) != 0) return false;
    return !t.wordIn(lex.modifiers, w) && !t.wordIn(lex.determiners, w) && !t.wordIn(lex.compass, w) && !isPlaceWord(t, w);
  }

  /**
   * A name after a nobiliary particle ("de", "d'", "du") that follows a first name or a rank, title of nobility or
   * civility (conf kind "nobiliary": général, comte, M., Mme): "Charles de Blois", "le général de Saint-Germain",
   * "M. de Marigny" name persons, not the places their names come from. Offices that name a jurisdiction ("le préfet
   * de Rome", "l'évêque de Rennes") are not listed.
   */
  private boolean nobiliaryName(TextTokens t, int i) {
    if (i < 2 || (t.flags[i - 1] & TextTokens.JOIN_NEXT) == 0 || (t.flags[i - 2] & TextTokens.JOIN_NEXT) == 0) {
      return false;
    }
    // Particles are short: most words before a name are ruled out by length, without a String.
    if (t.len[i - 1] > lex.maxNobiliaryParticle || !t.wordIn(lex.nobiliaryParticles, i - 1)) return false;
    return t.wordIn(lex.nobiliaryCues, i - 2) || (t.flags[i - 2] & TextTokens.CAP) != 0 && t.wordIn(lex.firstNames, i - 2);
  }

  /** Cues that the capitalised name at words [i, end) is (part of) a person's or an organisation's name. */
  private boolean personOrOrg(TextTokens t, int i, int end) {
    personCue = true;
    titleCue = false;
    if (i > 0 && (t.flags[i - 1] & TextTokens.JOIN_NEXT) != 0) {
      int prev = i - 1;
      if (t.wordIn(lex.titles, prev)) {
        titleCue = true;
        return true;
      }
      boolean prevCap = (t.flags[i - 1] & TextTokens.CAP) != 0;
      if (prevCap && t.wordIn(lex.firstNames, prev)) return true;
      personCue = false;
      if (prevCap && t.wordIn(lex.orgPrefixes, prev)) return true;
    }
    personCue = false;
    if (end < t.count && (t.flags[end - 1] & TextTokens.JOIN_NEXT) != 0 && (t.flags[end] & TextTokens.CAP) != 0
        && (t.flags[end - 1] & TextTokens.HYPHEN_NEXT) == 0) {
      if (t.wordIn(lex.orgSuffixes, end)) return true;
      if (end - i == 1 && t.wordIn(lex.firstNames, i)) {
        int k = g.exact.find(t.chars, t.start[end], t.len[end]);
        boolean nextIsPlace = k >= 0 && g.exact.postingsEnd(k) > g.exact.postingsStart(k);
        boolean nextIsArea = false;
        for (int p = nextIsPlace ? g.exact.postingsStart(k) : 0; nextIsPlace && p < g.exact.postingsEnd(k); p++) {
          nextIsArea |= g.kind(g.exact.entry(p)) <= Gazetteer.ADM1 && g.exact.kind(p) != Gazetteer.ALT;
        }
        if (!nextIsArea) {
          personCue = true; // "Georgia Stevens", "Jordan Peterson": a person wherever the name recurs
          return true;
        }
      }
    }
    return false;
  }

  private PlaceMatch match(CharSequence text, TextTokens t, int i, int end, KeyTable table, int k, String method,
      byte onlyKind) {
    int s = table.postingsStart(k), e = table.postingsEnd(k);
    int n = 0;
    for (int p = s; p < e; p++) if (onlyKind < 0 || table.kind(p) == onlyKind) n++;
    if (n == 0) return null;
    int[] cands = new int[n];
    byte[] kinds = new byte[n];
    n = 0;
    for (int p = s; p < e; p++) {
      if (onlyKind >= 0 && table.kind(p) != onlyKind) continue;
      cands[n] = table.entry(p);
      kinds[n++] = table.kind(p);
    }
    int start = t.origStart[i], stop = t.origEnd[end - 1];
    // The period of an abbreviation belongs to the name: "U.S.", "Ky.".
    if (stop < text.length() && text.charAt(stop) == '.' && (t.len[end - 1] == 1 || onlyKind == Gazetteer.ABBREV_DOTTED)) stop++;
    return new PlaceMatch(i, end, start, stop, text.subSequence(start, stop).toString(), matchKey(table, k), method,
        cands, kinds);
  }

  private static boolean hasKind(KeyTable table, int k, byte kind) {
    for (int p = table.postingsStart(k); p < table.postingsEnd(k); p++) if (table.kind(p) == kind) return true;
    return false;
  }
}
