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
    this.early = List.of(new DemonymPass(), new LargeAreaPass(), new UniquePass(), new QualifierPass(), new Admin1Pass());
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
      out[i] = d;
      if (d != null) ctx.anchor(d.entry(), anchorWeight(m, d.entry()));
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
      out[i] = d;
      if (d != null) ctx.anchor(d.entry(), 0.5);
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
        return d.entry() < 0 ? null : d;
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
      case "PPLX", "PPLL", "PPLF", "PPLQ", "PPLW", "PPLH", "PPLR", "PPLS" -> 0.3;
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
   * Fuzzy candidates are plausible only when notable or in the article's main country: a transliteration-tolerant
   * key meets many unrelated names, and alternate names (ALT) are the noisiest of them.
   */
  boolean plausible(PlaceMatch m, int i, ArticleContext ctx) {
    int e = m.candidates[i];
    byte nk = m.kinds[i];
    int pop = g.population(e);
    boolean focus = ctx.focusCountry >= 0 && g.countryIndex(e) == ctx.focusCountry || ctx.admin1Weight(e) > 0;
    if (!m.isFuzzy()) {
      if (g.kind(e) <= Gazetteer.ADM1 || nk == Gazetteer.ALIAS || nk == Gazetteer.ABBREV || nk == Gazetteer.DEMONYM) {
        return true;
      }
      // Arabic script has no capitals, and GeoNames' Arabic alternate names of foreign towns meet common words.
      if (m.arabic && nk == Gazetteer.ALT) return pop >= 100_000 || focus && pop >= 20_000;
      // A capital at a sentence start proves nothing: a village named like a common word needs support.
      if (m.weakCapital && pop < 10_000 && !focus) return false;
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

  // ---------------------------------------------------------------------------------------------------------------
  // The passes

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
      return new Decision(m.candidates[0], m.isFuzzy() ? 0.7 : 0.9, name());
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
          if (inside && (best < 0 || size(e) > size(best))) best = e;
        }
      }
      return best < 0 ? null : new Decision(best, 0.9, name());
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
      int bigCity = -1;
      for (int i = 0; i < m.candidates.length; i++) {
        int e = m.candidates[i];
        if (g.kind(e) == Gazetteer.ADM1) {
          if (best < 0 || size(e) > size(best)) best = e;
        } else if (g.kind(e) == Gazetteer.CITY && "PPLC".equals(g.featureCode(e))) {
          bigCity = e;
        }
      }
      // The seat of an admin1 area named like it (Deir ez-Zor, Basra) is what news means by the name, when it
      // holds a good share of the area's people; Quebec City in Quebec does not.
      for (int e : m.candidates) {
        if (g.kind(e) == Gazetteer.CITY && "PPLA".equals(g.featureCode(e)) && best >= 0
            && g.admin1Index(e) == g.admin1Index(best) && g.population(e) >= 0.15 * g.population(best)) {
          bigCity = e;
        }
      }
      if (best < 0 || bigCity >= 0) return null;
      // Several admin1 areas share the name (Punjab): leave it to co-location unless one dominates.
      for (int i = 0; i < m.candidates.length; i++) {
        int e = m.candidates[i];
        if (e != best && g.kind(e) == Gazetteer.ADM1 && size(e) * 3 > size(best)) return null;
      }
      return new Decision(best, 0.85, name());
    }
  }

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
        if (biggest < 0 || size(e) > size(biggest)) biggest = e;
        double cw = ctx.countryWeight(e), aw = ctx.admin1Weight(e);
        if (cw == 0 && aw == 0) continue;
        double score = Math.log10(size(e) + 10) + 1.5 * Math.log1p(cw) + 1.5 * Math.log1p(aw);
        if (score > bestScore) {
          bestScore = score;
          best = e;
        }
      }
      if (best < 0) return null;
      // A world city elsewhere beats a hamlet in the focus country ("Paris" in an article about Texas stays Paris,
      // unless Texas is named): require the co-located one to be within 3 orders of magnitude.
      // A world city beats a small namesake that shares only the country with the article ("Paris" in a story
      // about Americans in France), and a capital a tiny one even in its state (Cairo, Illinois needs the
      // qualifier pattern).
      if (biggest != best && size(biggest) > 20 * size(best) && ctx.admin1Weight(best) == 0) return null;
      if (biggest != best && size(biggest) > 1000 * size(best) && "PPLC".equals(g.featureCode(biggest))) return null;
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
        if (biggest < 0 || size(e) > size(biggest)) biggest = e;
        if (g.countryIndex(e) == ctx.focusCountry && (best < 0 || size(e) > size(best))) best = e;
      }
      if (best < 0) return null;
      // The focus country does not pull a name to a hamlet when a much larger namesake lies in another country the
      // article names ("Bagdad" in a French story on Iraq that mostly talks about Washington is Baghdad, not
      // Bagdad, Florida), nor away from a world capital.
      if (biggest != best && ctx.admin1Weight(best) == 0) {
        if (ctx.countryWeight(biggest) > 0 && size(biggest) > 10 * size(best)) return null;
        if (size(biggest) > 1000 * size(best) && "PPLC".equals(g.featureCode(biggest))) return null;
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
        total += size(e);
        if (best < 0 || size(e) > size(best)) best = e;
      }
      if (best < 0) return new Decision(-1, 0, name()); // no plausible candidate: not a place
      double share = size(best) / total;
      return new Decision(best, (m.isFuzzy() ? 0.4 : 0.5) + 0.4 * share, name());
    }
  }
}
