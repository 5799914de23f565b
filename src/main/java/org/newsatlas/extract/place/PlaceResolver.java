package org.newsatlas.extract.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Picks one gazetteer entry for each recognised name, in ordered, named passes (after CLIFF-CLAVIN's
 * {@code MultiplePassChain}): each pass looks at a name and its article and either returns a decision or abstains;
 * the first decision wins, and the resolver counts how often each pass decided. Passes never edit the match lists.
 * One sense per discourse: equal keys in one article resolve to the same entry. Not thread-safe (reused weight
 * arrays): one per thread, like {@link PlaceExtractor}.
 */
public final class PlaceResolver {
  /** A decision: the chosen entry and how sure the pass is. */
  public record Decision(int entry, double confidence, String pass) {}

  /** One resolution pass. */
  public interface Pass {
    String name();

    String description();

    /** The decision for {@code m} in context, or null to let the next pass decide. */
    Decision decide(PlaceMatch m, ArticleContext ctx);
  }

  /**
   * What a pass may know of the article: the other names, and the countries and admin1 areas of the names already
   * resolved with confidence (the anchors), weighted by how often they occur.
   */
  public static final class ArticleContext {
    final Gazetteer g;
    final List<PlaceMatch> matches;
    /** Weights by country index and admin1 index (arrays, not maps: no boxing on the hot path). */
    final double[] countryWeight;
    final double[] admin1Weight;
    final Map<String, Decision> decided = new HashMap<>();
    int focusCountry = -1;
    final List<Integer> touchedCountries = new ArrayList<>(), touchedAdmin1 = new ArrayList<>();

    /** Zeroes the weights this article set, so the arrays serve the next article. */
    void reset() {
      for (int c : touchedCountries) countryWeight[c] = 0;
      for (int a : touchedAdmin1) admin1Weight[a] = 0;
    }

    ArticleContext(Gazetteer g, List<PlaceMatch> matches, double[] countryWeight, double[] admin1Weight) {
      this.g = g;
      this.matches = matches;
      this.countryWeight = countryWeight;
      this.admin1Weight = admin1Weight;
    }

    void anchor(int entry, double w) {
      int c = g.countryIndex(entry);
      if (c >= 0) countryWeight[c] += w;
      if (c >= 0) touchedCountries.add(c);
      int a = g.admin1Index(entry);
      if (a >= 0) touchedAdmin1.add(a);
      if (a >= 0 && g.kind(entry) != Gazetteer.COUNTRY) admin1Weight[a] += w;
      // An admin1 area anchors its own code twice: naming the province is strong evidence.
      if (g.kind(entry) == Gazetteer.ADM1 && a >= 0) admin1Weight[a] += w;
    }

    void computeFocus() {
      double best = 0;
      for (int c : touchedCountries) {
        if (countryWeight[c] > best) {
          best = countryWeight[c];
          focusCountry = c;
        }
      }
    }

    /** How many distinct admin1 areas of country {@code c} the article has anchored so far. */
    int anchoredAreasIn(int c, int exceptAdmin1) {
      int n = 0;
      for (int i = 0; i < touchedAdmin1.size(); i++) {
        int a = touchedAdmin1.get(i);
        if (a == exceptAdmin1 || admin1Weight[a] == 0 || touchedAdmin1.indexOf(a) != i) continue;
        if (g.countryIndex(g.admin1Entry(a)) == c) n++;
      }
      return n;
    }

    double countryWeight(int entry) {
      int c = g.countryIndex(entry);
      return c < 0 ? 0 : countryWeight[c];
    }

    double admin1Weight(int entry) {
      int a = g.admin1Index(entry);
      return a < 0 ? 0 : admin1Weight[a];
    }
  }

  private final Gazetteer g;
  private final List<Pass> early;
  private final List<Pass> late;
  private final AtomicLongArray counts;
  private final double[] countryWeights, admin1Weights; // reused per article (a resolver serves one thread)
  private final List<Pass> all = new ArrayList<>();

  public PlaceResolver(Gazetteer g) {
    this.g = g;
    this.early = List.of(new AbbreviationCasePass(), new DemonymPass(), new AdminCuePass(), new ListPass(), new QualifiedAreaPass(),
        new LargeAreaPass(), new UniquePass(), new QualifierPass(), new Admin1Pass(), new SameAreaPass());
    this.late = List.of(new ColocationPass(), new FocusCountryPass(), new PopulationPass());
    all.addAll(early);
    all.addAll(late);
    counts = new AtomicLongArray(all.size());
    countryWeights = new double[g.countryCodes.length];
    admin1Weights = new double[g.admin1Codes.length];
  }

  /**
   * Resolves every match of one article; returns decisions parallel to {@code matches} (null: rejected, e.g. a
   * fuzzy match with no plausible candidate).
   */
  public Decision[] resolve(List<PlaceMatch> matches) {
    ArticleContext ctx = new ArticleContext(g, matches, countryWeights, admin1Weights);
    try {
      return resolve(ctx, matches);
    } finally {
      ctx.reset();
    }
  }

  private Decision[] resolve(ArticleContext ctx, List<PlaceMatch> matches) {
    Decision[] out = new Decision[matches.size()];
    // Round 1: the passes that need no article focus; their decisions anchor the focus.
    for (int i = 0; i < matches.size(); i++) {
      PlaceMatch m = matches.get(i);
      Decision d = ctx.decided.get(m.key);
      if (d == null) {
        d = run(early, m, ctx);
        if (d != null) ctx.decided.put(m.key, d);
      }
      // A rejection (entry -1) is final too: round 2 does not reconsider a name round 1 ruled out.
      out[i] = d == null || d.entry() < 0 ? null : d;
      if (out[i] != null) ctx.anchor(d.entry(), anchorWeight(m, d.entry()));
    }
    ctx.computeFocus();
    // Round 2: the rest, with co-location and focus known; their decisions anchor later names too.
    for (int i = 0; i < matches.size(); i++) {
      if (out[i] != null) continue;
      PlaceMatch m = matches.get(i);
      Decision d = ctx.decided.get(m.key);
      if (d == null) {
        d = run(late, m, ctx);
        if (d != null) ctx.decided.put(m.key, d);
      }
      out[i] = d == null || d.entry() < 0 ? null : d;
      if (out[i] != null) ctx.anchor(d.entry(), 0.5);
    }
    return out;
  }

  /** Countries, areas and towns of 50,000 anchor fully; a demonym or a small town says less about the article. */
  private double anchorWeight(PlaceMatch m, int e) {
    if (m.method.equals(PlaceMatch.DEMONYM)) return 0.5;
    return g.kind(e) <= Gazetteer.ADM1 || g.population(e) >= 50_000 ? 1.0 : 0.3;
  }

  private Decision run(List<Pass> passes, PlaceMatch m, ArticleContext ctx) {
    for (Pass p : passes) {
      Decision d = p.decide(m, ctx);
      if (d != null) {
        counts.incrementAndGet(all.indexOf(p));
        return d;
      }
    }
    return null;
  }

  /** How often each pass decided since this resolver was made, in pass order. */
  public Map<String, Long> passCounts() {
    Map<String, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < all.size(); i++) m.put(all.get(i).name(), counts.get(i));
    return m;
  }

  public List<Pass> passes() {
    return List.copyOf(all);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Scoring shared by the passes

  /** Prior weight of a candidate by what it is: capitals and admin seats before villages. */
  double prior(int e) {
    String fc = g.featureCode(e);
    double w = switch (fc) {
      case "PPLC" -> 4;
      case "PPLA" -> 2.5;
      case "PPLA2" -> 1.5;
      case "PPLG" -> 2;
      // A section of a city with 100,000 people (Hollywood, Brooklyn) is a place news names in its own right.
      case "PPLX" -> g.population(e) >= 100_000 ? 1 : 0.3;
      case "PPLL", "PPLF", "PPLQ", "PPLW", "PPLH", "PPLR", "PPLS" -> 0.3;
      // An admin1 area's size is the sum of its towns: discounted so that a big city of the same name wins.
      case "ADM1", "ADM2" -> 0.1;
      default -> 1;
    };
    return w;
  }

  double size(int e) {
    return Math.max(g.population(e), 1) * prior(e);
  }

  /**
   * The size of candidate {@code e} as a reading of {@code m}: a place that bears the name only as a GeoNames
   * alternate name (Pittsburg, California, is also spelled "Pittsburgh") counts a tenth, so that the place whose
   * main name it is wins unless it is far smaller. Capitals and cities of a million keep their size: their
   * alternate names are the exonyms of other languages (Bagdad, Pékin, Le Caire), the way French and Arabic
   * articles name them.
   */
  double size(PlaceMatch m, int e) {
    for (int i = 0; i < m.candidates.length; i++) {
      if (m.candidates[i] != e) continue;
      boolean exonymBearer = "PPLC".equals(g.featureCode(e)) || g.population(e) >= 1_000_000;
      return m.kinds[i] == Gazetteer.ALT && !exonymBearer ? size(e) * 0.1 : size(e);
    }
    return size(e);
  }

  /**
   * Fuzzy candidates are plausible only when notable or in the article's main country: a transliteration-tolerant
   * key meets many unrelated names, and alternate names (ALT) are the noisiest of them.
   */
  boolean plausible(PlaceMatch m, int i, ArticleContext ctx) {
    int e = m.candidates[i];
    byte nk = m.kinds[i];
    int pop = g.population(e);
    // "Fraser Valley", "Ural Mountains": a town lends its name to a feature only when it is large or in a province
    // the article names ("San Fernando Valley" in a story about Los Angeles).
    if (m.featureHead && g.kind(e) > Gazetteer.ADM1 && pop < 100_000 && ctx.admin1Weight(e) == 0) return false;
    // Even a large town lends its name to a bay or a river only at home: "Islington Bay" in a story about Auckland is
    // no part of London. Once the article has a focus, a feature named after a town abroad is a namesake.
    if (m.featureHead && g.kind(e) > Gazetteer.ADM1 && ctx.focusCountry >= 0 && ctx.countryWeight(e) == 0) return false;
    boolean focus = ctx.focusCountry >= 0 && g.countryIndex(e) == ctx.focusCountry || ctx.admin1Weight(e) > 0;
    if (!m.isFuzzy()) {
      if (g.kind(e) <= Gazetteer.ADM1 || nk == Gazetteer.ALIAS || nk == Gazetteer.ABBREV || nk == Gazetteer.DEMONYM) {
        return true;
      }
      // Arabic script has no capitals, and GeoNames' Arabic alternate names of foreign towns meet common words.
      if (m.arabic && nk == Gazetteer.ALT) return pop >= 100_000 || focus && pop >= 20_000;
      // A capital at a sentence start proves nothing: a village named like a common word needs support.
      if (m.weakCapital && pop < 10_000 && !focus) return false;
      // A village abroad named bare in a story that is clearly about another country is a namesake the gazetteer
      // lacks ("Piccadilly" in a London story is no hamlet in Western Australia); "X, Country" is the qualifier's.
      if (smallTownAbroad(e, ctx)) return false;
      // Alternate names of small places are mostly historic or variant spellings that collide with words.
      if (nk == Gazetteer.ALT) return pop >= 20_000 || focus && pop >= 5_000;
      return true;
    }
    // Fuzzy: only in the country or province the article is about, except exact-ish country names.
    if (g.kind(e) <= Gazetteer.COUNTRY) return nk != Gazetteer.ALT;
    if (!focus) return false;
    if (nk == Gazetteer.ALIAS || nk == Gazetteer.LANG || g.kind(e) == Gazetteer.ADM1) return true;
    return pop >= (nk == Gazetteer.NAME ? 5_000 : 20_000);
  }

  /** How far from a second-order area's reference point its towns may lie (counties and provinces are small). */
  static final double ADM2_RADIUS_KM = 100;

  /**
   * Towns under this population are small: named bare, they are meant only near the article's places. 10,000 rather
   * than 5,000 drops more persons' names that are hamlets abroad without losing a place on the dev gold sets; 20,000
   * starts to lose real towns abroad.
   */
  static final int VILLAGE = 10_000;

  /**
   * A village in a country the article never anchors, while the article has a clear focus (two full anchors): the
   * focus is known in round 2 only, so in round 1 this is always false.
   */
  boolean smallTownAbroad(int e, ArticleContext ctx) {
    return unplacedVillage(e, ctx) && ctx.focusCountry >= 0 && ctx.countryWeight[ctx.focusCountry] >= 2;
  }

  /** A town under {@link #VILLAGE} people in a country nothing in the article has placed yet. */
  boolean unplacedVillage(int e, ArticleContext ctx) {
    return g.kind(e) > Gazetteer.ADM1 && g.population(e) < VILLAGE && ctx.countryWeight(e) == 0;
  }

  /** The country of the town or area a list neighbour of {@code m} resolved to ("Migori" in "Suba, Migori"), or -1. */
  int listNeighbourCountry(PlaceMatch m, ArticleContext ctx) {
    int c = neighbourCountry(m.listPrev, ctx);
    return c >= 0 ? c : neighbourCountry(m.listNext, ctx);
  }

  private int neighbourCountry(int nb, ArticleContext ctx) {
    if (nb < 0) return -1;
    PlaceMatch o = ctx.matches.get(nb);
    Decision d = ctx.decided.get(o.key);
    // A listed country says nothing of its neighbours' countries ("Kenya and Fiji").
    if (d != null) return d.entry() < 0 || g.kind(d.entry()) <= Gazetteer.COUNTRY ? -1 : g.countryIndex(d.entry());
    // Not resolved yet (it comes later in round 2): a neighbour whose readings all lie in one country is there.
    if (o.isFuzzy() || o.method.equals(PlaceMatch.DEMONYM)) return -1;
    int c = -1;
    for (int e : o.candidates) {
      if (g.kind(e) <= Gazetteer.COUNTRY || c >= 0 && g.countryIndex(e) != c) return -1;
      c = g.countryIndex(e);
    }
    return c;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The passes

  /**
   * Abbreviations are written in capitals or with a period ("ACT", "N.Y.", "Sask."): a word in lower case that
   * matches only an abbreviation is the ordinary word ("Consumer Act", "Wa").
   */
  final class AbbreviationCasePass implements Pass {
    public String name() {
      return "abbreviation-case";
    }

    public String description() {
      return "a lower-case word that matches only an abbreviation is no place";
    }

    public Decision decide(PlaceMatch m, ArticleContext ctx) {
      if (!m.method.equals(PlaceMatch.EXACT)) return null;
      for (byte k : m.kinds) if (k != Gazetteer.ABBREV && k != Gazetteer.ABBREV_DOTTED) return null;
      String s = m.surface;
      boolean lower = false;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '.') return null;
        lower |= Character.isLowerCase(c);
      }
      return lower ? new Decision(-1, 0, name()) : null;
    }
  }

  /** Demonyms ("Iraqi", "irakienne") stand for their country. */
  final class DemonymPass implements Pass {
    public String name() {
      return "demonym";
    }

    public String description() {
      return "an adjective or inhabitant noun resolves to its country";
    }

    public Decision decide(PlaceMatch m, ArticleContext ctx) {
      if (!m.method.equals(PlaceMatch.DEMONYM)) return null;
      // "American" is also the demonym of American Samoa and the Mariana Islands: the largest country wins.
      int best = m.candidates[0];
      for (int e : m.candidates) if (size(e) > size(best)) best = e;
      return new Decision(best, 0.9, name());
    }
  }

  /** The largest exact first-order division among the candidates, or -1 when none or two of like size. */
  int dominantAdmin1(PlaceMatch m, int country) {
    return dominantAdmin1(m, country, true);
  }

  /** As {@link #dominantAdmin1(PlaceMatch, int)}, by a main name only ("Columbia" is no District of Columbia). */
  int dominantAdmin1(PlaceMatch m, int country, boolean alternates) {
    int best = -1;
    for (int i = 0; i < m.candidates.length; i++) {
      int e = m.candidates[i];
      if (g.kind(e) == Gazetteer.ADM1 && (country < 0 || g.countryIndex(e) == country)
          && (alternates || m.kinds[i] != Gazetteer.ALT) && (best < 0 || size(e) > size(best))) {
        best = e;
      }
    }
    if (best < 0) return -1;
    for (int i = 0; i < m.candidates.length; i++) {
      int e = m.candidates[i];
      if (e != best && g.kind(e) == Gazetteer.ADM1 && (country < 0 || g.countryIndex(e) == country)
          && (alternates || m.kinds[i] != Gazetteer.ALT) && size(e) * 3 > size(best)) {
        return -1;
      }
    }
    return best;
  }

  /** Whether a town or site candidate of {@code m} lies in the admin1 area of entry {@code area}. */
  boolean hasTownIn(PlaceMatch m, int area) {
    int a = g.admin1Index(area);
    for (int e : m.candidates) if (g.kind(e) > Gazetteer.ADM1 && a >= 0 && g.admin1Index(e) == a) return true;
    return false;
  }

  /** How {@code m} names candidate {@code e} (main name, alternate name, alias ...). */
  byte nameKind(PlaceMatch m, int e) {
    for (int i = 0; i < m.candidates.length; i++) if (m.candidates[i] == e) return m.kinds[i];
    return Gazetteer.NAME;
  }

  boolean hasKind(PlaceMatch m, byte kind) {
    for (int e : m.candidates) if (g.kind(e) == kind) return true;
    return false;
  }

  /** "Washington state", "the state of Victoria", "Nyanza Province": the division, not the city of that name. */
  final class AdminCuePass implements Pass {
    public String name() {
      return "admin-cue";
    }

    public String description() {
      return "an administrative head noun (state, province) next to the name picks the division";
    }

    public Decision decide(PlaceMatch m, ArticleContext ctx) {
      if (!m.adminCue || m.isFuzzy() || m.method.equals(PlaceMatch.DEMONYM)) return null;
      int best = dominantAdmin1(m, -1);
      return best < 0 ? null : new Decision(best, 0.9, name());
    }
  }

  /**
   * In a coordination of names, a name that is a first-order division in the country of a neighbouring division is
   * that division: "Colorado, Georgia, Idaho" lists states, and so does "Oklahoma, Pennsylvania and California"
   * (no town Oklahoma in Pennsylvania). A neighbour that may be a country proves nothing ("Georgia and Armenia"),
   * nor does a neighbour in the same country as a country candidate of the name ("Mexico and Jalisco").
   */
  final class ListPass implements Pass {
    public String name() {
      return "list";
    }

    public String description() {
      return "a division listed next to divisions of the same country";
    }

    public Decision decide(PlaceMatch m, ArticleContext ctx) {
      if (m.isFuzzy() || m.method.equals(PlaceMatch.DEMONYM) || m.listPrev < 0 && m.listNext < 0) return null;
      if (!hasKind(m, Gazetteer.ADM1)) return null;
      for (int nb : new int[] {m.listPrev, m.listNext}) {
        if (nb < 0) continue;
        PlaceMatch o = ctx.matches.get(nb);
        if (o.isFuzzy() || o.method.equals(PlaceMatch.DEMONYM) || hasKind(o, Gazetteer.COUNTRY)) continue;
        for (int i = 0; i < o.candidates.length; i++) {
          int oc = o.candidates[i];
          if (g.kind(oc) != Gazetteer.ADM1 || o.kinds[i] == Gazetteer.ALT) continue;
          int c = g.countryIndex(oc);
          boolean countryNamesake = false;
          for (int e : m.candidates) countryNamesake |= g.kind(e) == Gazetteer.COUNTRY && g.countryIndex(e) == c;
          if (countryNamesake) continue;
          // "Columbia, Missouri", "Washington, D.C.": a town in the next name's area is the qualifier pattern,
          // unless the names run on as a list ("Washington, Pennsylvania and California").
          if (nb == m.qualifier && hasTownIn(m, oc) && m.listPrev < 0 && o.listNext < 0) continue;
          int best = dominantAdmin1(m, c, false);
          if (best >= 0 && g.admin1Index(best) != g.admin1Index(oc)) return new Decision(best, 0.85, name());
        }
      }
      return null;
    }
  }

  /**
   * The qualifier of "Atlanta, Georgia" is the division that holds the qualified town, even when a country shares
   * its name; "Tbilisi, Georgia" stays the country, which holds Tbilisi.
   */
  final class QualifiedAreaPass implements Pass {
    public String name() {
      return "qualified-area";
    }

    public String description() {
      return "the qualifier of \"Town, Area\" is the area that holds the town";
    }

    public Decision decide(PlaceMatch m, ArticleContext ctx) {
      if (m.qualifies < 0 || m.isFuzzy() || m.method.equals(PlaceMatch.DEMONYM)) return null;
      PlaceMatch x = ctx.matches.get(m.qualifies);
      int best = -1;
      for (int e : m.candidates) {
        byte k = g.kind(e);
        if (k != Gazetteer.COUNTRY && k != Gazetteer.ADM1) continue;
        boolean holds = false;
        for (int xc : x.candidates) {
          if (g.kind(xc) <= Gazetteer.COUNTRY) continue;
          holds |= k == Gazetteer.COUNTRY ? g.countryIndex(xc) == g.countryIndex(e)
              : g.admin1Index(e) >= 0 && g.admin1Index(xc) == g.admin1Index(e);
        }
        if (!holds) continue;
        if (k == Gazetteer.COUNTRY) return null; // the country holds the town: the large-area pass names it
        if (best < 0 || size(e) > size(best)) best = e;
      }
      return best < 0 ? null : new Decision(best, 0.9, name());
    }
  }

  /** A continent, world region or country named exactly wins over towns of the same name ("Jordan", "Georgia"). */
  final class LargeAreaPass implements Pass {
    public String name() {
      return "large-area";
    }

    public String description() {
      return "exact name of a continent, region or country";
    }

    public Decision decide(PlaceMatch m, ArticleContext ctx) {
      int best = -1;
      for (int i = 0; i < m.candidates.length; i++) {
        int e = m.candidates[i];
        if (g.kind(e) > Gazetteer.COUNTRY || m.kinds[i] == Gazetteer.ALT && m.isFuzzy()) continue;
        if (best < 0 || g.kind(e) < g.kind(best) || g.kind(e) == g.kind(best) && size(e) > size(best)) best = e;
      }
      if (best < 0) return null;
      // "Georgia" is a country and a US state: in a story that has already placed itself in two other states of
      // that other country, and nowhere in the namesake country, the name is the state (Niger State in a Nigerian
      // story, Luxembourg province in a Belgian one).
      if (g.kind(best) == Gazetteer.COUNTRY && !m.isFuzzy() && ctx.countryWeight(best) == 0) {
        for (int i = 0; i < m.candidates.length; i++) {
          int e = m.candidates[i];
          if (g.kind(e) != Gazetteer.ADM1 || m.kinds[i] == Gazetteer.ALT || g.countryIndex(e) == g.countryIndex(best)) {
            continue;
          }
          if (ctx.anchoredAreasIn(g.countryIndex(e), g.admin1Index(e)) >= 2) return new Decision(e, 0.8, name());
        }
      }
      return new Decision(best, m.isFuzzy() ? 0.75 : 0.95, name());
    }
  }

  /** One plausible candidate only. */
  final class UniquePass implements Pass {
    public String name() {
      return "unique";
    }

    public String description() {
      return "the name has one candidate";
    }

    public Decision decide(PlaceMatch m, ArticleContext ctx) {
      if (m.candidates.length != 1) return null;
      if (!plausible(m, 0, ctx)) return null;
      // A village nothing in the article has placed yet waits for round 2, where the article's focus can tell a
      // namesake abroad (see smallTownAbroad).
      int e = m.candidates[0];
      if (m.kinds[0] != Gazetteer.ALIAS && unplacedVillage(e, ctx)) return null;
      return new Decision(m.candidates[0], m.isFuzzy() ? 0.7 : 0.9, name());
    }
  }

  /**
   * All readings lie in one admin1 area ("Cairns" the city and "Cairns" the region around it): the place is known
   * whatever the article says, so it anchors round 1 and helps the names before it in the text.
   */
  final class SameAreaPass implements Pass {
    public String name() {
      return "same-area";
    }

    public String description() {
      return "every reading lies in one admin1 area: the largest";
    }

    public Decision decide(PlaceMatch m, ArticleContext ctx) {
      if (m.isFuzzy() || m.method.equals(PlaceMatch.DEMONYM) || m.candidates.length < 2) return null;
      int best = -1;
      for (int i = 0; i < m.candidates.length; i++) {
        int e = m.candidates[i];
        if (g.kind(e) <= Gazetteer.COUNTRY || g.admin1Index(e) < 0 || !plausible(m, i, ctx)) return null;
        if (best >= 0 && g.admin1Index(e) != g.admin1Index(best)) return null;
        if (best < 0 || size(m, e) > size(m, best)) best = e;
      }
      // As for a unique name: a village nothing has placed yet waits for the article's focus.
      if (unplacedVillage(best, ctx)) return null;
      return new Decision(best, 0.85, name());
    }
  }

  /** "X, Country" / "X, State" / "X (Province)": the candidate inside the qualifier. */
  final class QualifierPass implements Pass {
    public String name() {
      return "qualifier";
    }

    public String description() {
      return "explicit \"X, Country\" or \"X (Province)\" pattern";
    }

    public Decision decide(PlaceMatch m, ArticleContext ctx) {
      if (m.qualifier < 0) return null;
      PlaceMatch q = ctx.matches.get(m.qualifier);
      int best = -1;
      for (int i = 0; i < m.candidates.length; i++) {
        int e = m.candidates[i];
        if (g.kind(e) <= Gazetteer.COUNTRY) continue;
        for (int qc : q.candidates) {
          boolean inside = g.kind(qc) == Gazetteer.COUNTRY && g.countryIndex(qc) == g.countryIndex(e)
              || g.kind(qc) == Gazetteer.ADM1 && g.admin1Index(qc) >= 0 && g.admin1Index(qc) == g.admin1Index(e);
          if (inside && (best < 0 || size(m, e) > size(m, best))) best = e;
        }
      }
      if (best >= 0) return new Decision(best, 0.9, name());
      // "Santa Maria, Davao del Sur", "Weybridge, Surrey": a second-order qualifier (province, county, departement)
      // holds the towns of its admin1 area that lie near it; tried only when no country or admin1 reading holds one,
      // and not inside a list ("Hollywood, Los Angeles, San Fernando Valley" only separates).
      for (int i = 0; i < m.candidates.length && m.listPrev < 0; i++) {
        int e = m.candidates[i];
        if (g.kind(e) <= Gazetteer.ADM1 || g.admin1Index(e) < 0) continue;
        for (int qc : q.candidates) {
          if (g.kind(qc) == Gazetteer.ADM2 && g.admin1Index(qc) == g.admin1Index(e) && g.km(e, qc) < ADM2_RADIUS_KM
              && (best < 0 || size(m, e) > size(m, best))) {
            best = e;
          }
        }
      }
      if (best >= 0) return new Decision(best, 0.85, name());
      // "Stroud, Ontario" with no Stroud in Ontario: a place the gazetteer lacks, inside the qualifier's area; the
      // area says where it is better than a namesake abroad. Not inside a longer list ("Berlin, Bavaria and
      // Saxony"), where the comma only separates; a trailing country is fine ("Stroud, Ontario, Canada").
      if (m.isFuzzy() || q.isFuzzy() || hasKind(m, Gazetteer.COUNTRY) || hasKind(m, Gazetteer.ADM1) || m.listPrev >= 0) {
        return null;
      }
      int area = dominantAdmin1(q, -1);
      if (area < 0) {
        for (int qc : q.candidates) if (g.kind(qc) == Gazetteer.COUNTRY) area = qc;
      }
      if (area < 0) return null;
      if (q.listNext >= 0) {
        boolean country = false;
        for (int c : ctx.matches.get(q.listNext).candidates) {
          country |= g.kind(c) == Gazetteer.COUNTRY && g.countryIndex(c) == g.countryIndex(area) && g.kind(area) != Gazetteer.COUNTRY;
        }
        if (!country) return null;
      }
      return new Decision(area, 0.4, name());
    }
  }

  /**
   * A first-order division named exactly ("New York" is the state, as gazetteer-based annotators read it), unless a
   * national capital or the area's own seat, holding a good share of its people, shares the name.
   */
  final class Admin1Pass implements Pass {
    public String name() {
      return "admin1";
    }

    public String description() {
      return "exact admin1 name, unless a capital or the area's main seat shares it";
    }

    public Decision decide(PlaceMatch m, ArticleContext ctx) {
      if (m.isFuzzy()) return null;
      int best = -1;
      byte bestKind = -1;
      for (int i = 0; i < m.candidates.length; i++) {
        int e = m.candidates[i];
        if (g.kind(e) == Gazetteer.ADM1 && (best < 0 || size(e) > size(best))) {
          best = e;
          bestKind = m.kinds[i];
        }
      }
      if (best < 0) return null;
      // A town of the name in a province the article has already named, while the area lies in a country the article
      // has not touched ("Cajamarca ... Magdalena" in Peru, not Colombia's Magdalena): co-location decides.
      if (ctx.countryWeight(best) == 0) {
        for (int i = 0; i < m.candidates.length; i++) {
          int e = m.candidates[i];
          if (g.kind(e) == Gazetteer.CITY && m.kinds[i] != Gazetteer.ALT && ctx.admin1Weight(e) > 0) return null;
        }
      }
      for (int i = 0; i < m.candidates.length; i++) {
        int e = m.candidates[i];
        if (g.kind(e) != Gazetteer.CITY) continue;
        boolean share = g.population(e) >= 0.15 * g.population(best);
        String fc = g.featureCode(e);
        // A capital shares the name (Cairo, Tokyo); a small capital abroad does not take it (Victoria, Seychelles),
        // nor one that bore it once (Hong Kong, alternately "Victoria").
        if ("PPLC".equals(fc) && (share && m.kinds[i] != Gazetteer.ALT || g.countryIndex(e) == g.countryIndex(best))) {
          return null;
        }
        // The seat of an admin1 area named like it (Deir ez-Zor, Basra) is what news means by the name, when it
        // holds a good share of the area's people; Quebec City in Quebec does not.
        if ("PPLA".equals(fc) && share && g.admin1Index(e) == g.admin1Index(best)) return null;
        // A provincial capital elsewhere bears the name too (Victoria, British Columbia): let the article decide.
        if ("PPLA".equals(fc) && g.population(e) >= 100_000 && m.kinds[i] != Gazetteer.ALT
            && g.admin1Index(e) != g.admin1Index(best)) {
          return null;
        }
        // "Gaza" names Gaza Province only once its "Province" is stripped: a large town bearing the very name wins.
        if (bestKind == Gazetteer.ALT && m.kinds[i] != Gazetteer.ALT && share) return null;
        // A parish smaller than a namesake town elsewhere (Warwick, Bermuda) is not what the name means.
        if (g.admin1Index(e) != g.admin1Index(best) && g.population(e) >= g.population(best) && m.kinds[i] != Gazetteer.ALT) {
          return null;
        }
      }
      // Several admin1 areas share the name (Punjab): leave it to co-location unless one dominates.
      for (int i = 0; i < m.candidates.length; i++) {
        int e = m.candidates[i];
        if (e != best && g.kind(e) == Gazetteer.ADM1 && size(e) * 3 > size(best)) return null;
      }
      return new Decision(best, 0.85, name());
    }
  }

  /**
   * A national capital a thousand times the size of the co-located namesake is what the name means, unless the
   * article names the namesake's province and not the capital's country (Kingston, Queensland, in a story on
   * Brisbane); when it names both, the capital wins (Cairo, Illinois, in a story that names Illinois and Egypt).
   * Once the article names the capital's own country, a capital {@link #NAMED_CAPITAL_RATIO} times the size of a
   * namesake elsewhere is enough: a Kentucky family "in France" witnessed an attack in Paris, not in Paris,
   * Kentucky; an outbreak listed under Chile is counted in Santiago de Chile, not in a Brazilian Santiago.
   */
  boolean capitalOutweighs(PlaceMatch m, int biggest, int best, ArticleContext ctx) {
    if (biggest == best || !"PPLC".equals(g.featureCode(biggest))) return false;
    double ratio = size(m, biggest) / size(m, best);
    if (ctx.countryWeight(biggest) > 0 && g.countryIndex(biggest) != g.countryIndex(best)
        && ratio > NAMED_CAPITAL_RATIO) {
      return true;
    }
    return ratio > 1000 && (ctx.admin1Weight(best) == 0 || ctx.countryWeight(biggest) > 0);
  }

  /**
   * How much larger (population times feature weight) than a namesake elsewhere a capital must be to win once its
   * country is named: as much as a world city must outweigh a co-located town that shares only the country.
   */
  static final double NAMED_CAPITAL_RATIO = 20;

  /** Candidates in the same admin1 area or country as the article's anchors, weighted by size. */
  final class ColocationPass implements Pass {
    public String name() {
      return "colocation";
    }

    public String description() {
      return "candidate in the admin1 area or country of other places in the article";
    }

    public Decision decide(PlaceMatch m, ArticleContext ctx) {
      int best = -1;
      double bestScore = 0;
      int biggest = -1;
      for (int i = 0; i < m.candidates.length; i++) {
        int e = m.candidates[i];
        if (!plausible(m, i, ctx)) continue;
        if (biggest < 0 || size(m, e) > size(m, biggest)) biggest = e;
        double cw = ctx.countryWeight(e), aw = ctx.admin1Weight(e);
        if (cw == 0 && aw == 0) continue;
        double score = Math.log10(size(m, e) + 10) + 1.5 * Math.log1p(cw) + 1.5 * Math.log1p(aw);
        if (score > bestScore) {
          bestScore = score;
          best = e;
        }
      }
      if (best < 0) return null;
      // "Pittsburgh" is also an alternate spelling of Pittsburg, California: in a story about California, the
      // co-located variant does not beat a much larger place of that very name in the same country.
      if (nameKind(m, best) == Gazetteer.ALT) {
        for (int i = 0; i < m.candidates.length; i++) {
          int e = m.candidates[i];
          if (m.kinds[i] != Gazetteer.ALT && g.kind(e) > Gazetteer.ADM1 && g.countryIndex(e) == g.countryIndex(best)
              && size(m, e) > 10 * size(m, best) && plausible(m, i, ctx)) {
            best = e;
          }
        }
      }
      // A world city elsewhere beats a hamlet in the focus country ("Paris" in an article about Texas stays Paris,
      // unless Texas is named): require the co-located one to be within 3 orders of magnitude.
      // A world city beats a small namesake that shares only the country with the article ("Paris" in a story
      // about Americans in France), and a capital a tiny one even in its state (Cairo, Illinois needs the
      // qualifier pattern).
      if (biggest != best && size(m, biggest) > 20 * size(m, best) && ctx.admin1Weight(best) == 0) return null;
      if (capitalOutweighs(m, biggest, best, ctx)) return null;
      return new Decision(best, 0.8, name());
    }
  }

  /** Candidates in the article's most-mentioned country. */
  final class FocusCountryPass implements Pass {
    public String name() {
      return "focus-country";
    }

    public String description() {
      return "candidate in the article's main country";
    }

    public Decision decide(PlaceMatch m, ArticleContext ctx) {
      if (ctx.focusCountry < 0) return null;
      int best = -1, biggest = -1;
      for (int i = 0; i < m.candidates.length; i++) {
        int e = m.candidates[i];
        if (!plausible(m, i, ctx)) continue;
        if (biggest < 0 || size(m, e) > size(m, biggest)) biggest = e;
        if (g.countryIndex(e) == ctx.focusCountry && (best < 0 || size(m, e) > size(m, best))) best = e;
      }
      if (best < 0) return null;
      // The focus country does not pull a name to a hamlet when a much larger namesake lies in another country the
      // article names ("Bagdad" in a French story on Iraq that mostly talks about Washington is Baghdad, not
      // Bagdad, Florida), nor away from a world capital.
      if (capitalOutweighs(m, biggest, best, ctx)) return null;
      if (biggest != best && ctx.admin1Weight(best) == 0 && ctx.countryWeight(biggest) > 0 && size(m, biggest) > 10 * size(m, best)) {
        return null;
      }
      return new Decision(best, 0.7, name());
    }
  }

  /** The most populous candidate, weighted by feature class (capital, admin seat, suburb). */
  final class PopulationPass implements Pass {
    public String name() {
      return "population";
    }

    public String description() {
      return "largest population, weighted by feature class";
    }

    public Decision decide(PlaceMatch m, ArticleContext ctx) {
      int best = -1;
      double total = 0;
      for (int i = 0; i < m.candidates.length; i++) {
        int e = m.candidates[i];
        if (!plausible(m, i, ctx)) continue;
        total += size(m, e);
        if (best < 0 || size(m, e) > size(m, best)) best = e;
      }
      if (best < 0) return new Decision(-1, 0, name()); // no plausible candidate: not a place
      // Towns listed together lie in one country ("Suba, Migori, Homa Bay" in Kenya): a name whose only readings lie
      // in countries the article never anchors, listed next to a town of another country, is a place the gazetteer
      // lacks, not a capital across the world that bears the name as a variant spelling.
      int lc = listNeighbourCountry(m, ctx);
      // A city of its own name and of 100,000 people stays ("London and Munich").
      boolean notable = nameKind(m, best) != Gazetteer.ALT && g.population(best) >= 100_000;
      if (lc >= 0 && !notable && g.kind(best) > Gazetteer.ADM1 && g.countryIndex(best) != lc
          && ctx.countryWeight(best) == 0) {
        return new Decision(-1, 0, name());
      }
      double share = size(m, best) / total;
      return new Decision(best, (m.isFuzzy() ? 0.4 : 0.5) + 0.4 * share, name());
    }
  }
}
