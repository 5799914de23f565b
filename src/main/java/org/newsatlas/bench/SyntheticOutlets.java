package org.newsatlas.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Hundreds of invented outlets, each with one language and a domain of that language's web (.fr, .be, .sa...), and
 * Zipf-distributed volumes: a few large outlets and a long tail, as in any crawl. The domains are made up (word
 * combinations), so no real outlet is misrepresented; real TLDs (not {@code .example}) because outlet keys are
 * registered domains.
 */
public final class SyntheticOutlets {
  /** One outlet. */
  public record Outlet(String domain, String name, String lang) {}

  private static final Map<String, String[][]> WORDS = Map.of(
      "en", new String[][] {
          {"daily", "morning", "evening", "national", "metro", "coastal", "valley", "capital", "union", "global",
              "northern", "southern", "eastern", "western", "harbour", "river", "lakeside", "highland", "county", "frontier"},
          {"herald", "tribune", "post", "times", "observer", "chronicle", "courier", "gazette", "ledger", "monitor",
              "dispatch", "sentinel", "record", "journal", "news", "express", "mirror", "star", "telegraph", "review"},
          {"com", "com", "com", "net", "org", "co.uk", "ie", "ca", "com.au", "co.nz", "co.za", "in"}},
      "fr", new String[][] {
          {"le-journal", "la-voix", "l-echo", "la-depeche", "le-courrier", "le-progres", "la-gazette", "le-reveil",
              "la-tribune", "le-quotidien", "le-messager", "la-republique", "le-phare", "la-nouvelle", "le-veilleur"},
          {"du-nord", "de-l-est", "du-sud", "de-l-ouest", "du-centre", "des-alpes", "du-littoral", "de-la-vallee",
              "du-lac", "des-plaines", "du-fleuve", "des-collines", "du-plateau", "de-la-cote", "du-bocage"},
          {"fr", "fr", "fr", "be", "ch", "ca", "lu", "sn", "ma", "tn", "ci", "com"}},
      "ar", new String[][] {
          {"al-akhbar", "al-watan", "al-yawm", "al-sharq", "al-ghad", "al-hayat", "al-nahar", "al-qabas", "al-bayan",
              "al-rai", "al-masa", "al-fajr", "al-sabah", "al-khaleej", "al-anba", "al-mashriq", "al-wasat", "al-jazira"},
          {"online", "news", "daily", "24", "press", "net", "today", "now", "info", "post"},
          {"com", "com", "net", "com.sa", "ae", "com.eg", "jo", "iq", "com.lb", "ma", "com.kw", "qa"}});

  private final List<Outlet> outlets = new ArrayList<>();
  private final Map<String, List<Outlet>> byLang = new java.util.TreeMap<>();
  private final Map<String, double[]> cumulative = new java.util.TreeMap<>();
  private final List<String> langs;
  private final double[] langCumulative;

  /**
   * @param count outlets in all, split over the languages by their shares
   * @param langShares share of articles per language
   */
  public SyntheticOutlets(int count, Map<String, Double> langShares, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    langs = new ArrayList<>(langShares.keySet());
    double total = langShares.values().stream().mapToDouble(Double::doubleValue).sum();
    langCumulative = new double[langs.size()];
    double acc = 0;
    Set<String> seen = new HashSet<>();
    for (int l = 0; l < langs.size(); l++) {
      String lang = langs.get(l);
      acc += langShares.get(lang) / total;
      langCumulative[l] = acc;
      int n = Math.max(2, (int) Math.round(count * langShares.get(lang) / total));
      String[][] w = WORDS.getOrDefault(lang, WORDS.get("en"));
      List<Outlet> list = new ArrayList<>(n);
      double[] cum = new double[n];
      double s = 0;
      for (int i = 0; i < n; i++) {
        String domain;
        do {
          String a = w[0][rnd.nextInt(w[0].length)], b = w[1][rnd.nextInt(w[1].length)], tld = w[2][rnd.nextInt(w[2].length)];
          domain = a + "-" + b + (seen.size() >= w[0].length * w[1].length / 2 ? "-" + (i + 1) : "") + "." + tld;
        } while (!seen.add(domain));
        Outlet o = new Outlet(domain, displayName(domain), lang);
        list.add(o);
        outlets.add(o);
        s += 1.0 / (i + 1); // Zipf volumes within the language
        cum[i] = s;
      }
      for (int i = 0; i < n; i++) cum[i] /= s;
      byLang.put(lang, list);
      cumulative.put(lang, cum);
    }
    langCumulative[langs.size() - 1] = 1.0;
  }

  private static String displayName(String domain) {
    String base = domain.substring(0, domain.indexOf('.'));
    StringBuilder b = new StringBuilder();
    for (String part : base.split("-")) {
      if (part.isEmpty()) continue;
      if (b.length() > 0) b.append(' ');
      b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return b.toString();
  }

  /** A language drawn by its share, then one of its outlets drawn by volume. */
  public Outlet pick(SplittableRandom rnd) {
    double u = rnd.nextDouble();
    int l = 0;
    while (langCumulative[l] < u) l++;
    return pick(rnd, langs.get(l));
  }

  /** One outlet of a language, drawn by volume. */
  public Outlet pick(SplittableRandom rnd, String lang) {
    double[] cum = cumulative.get(lang);
    double u = rnd.nextDouble();
    int lo = 0, hi = cum.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cum[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return byLang.get(lang).get(lo);
  }

  /** Another outlet of the same language (for syndicated copies), drawn by volume. */
  public Outlet pickOther(SplittableRandom rnd, Outlet not) {
    for (int tries = 0; tries < 50; tries++) {
      Outlet o = pick(rnd, not.lang());
      if (!o.equals(not)) return o;
    }
    return not;
  }

  public List<Outlet> all() {
    return outlets;
  }
}
