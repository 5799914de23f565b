package org.newsatlas.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Composes synthetic article number {@code i} of an archive, deterministically from (seed, i), so that files can be
 * written in parallel and any article regenerated (a syndicated copy regenerates its original). An article takes
 * the title and lead of one real article of its outlet's language, then fills up to a log-normal length (median
 * {@value #MEDIAN_CHARS} characters, like web news) with chunks of other real articles of that language, with
 * numbers perturbed; two articles built on the same lead therefore share only their lead and are not near-duplicates.
 * A share of articles are syndicated copies of an earlier one at another outlet (half verbatim, half with a credit
 * line and the last chunk dropped), and a share are re-crawls of an earlier record (same URL: exact duplicates).
 */
public final class ArticleComposer {
  /** One generated record. */
  public record Article(long index, String url, SyntheticOutlets.Outlet outlet, String title, String text,
      Instant published, Instant downloaded, String kind) {}

  static final int MEDIAN_CHARS = 2600;
  private static final double SIGMA = 0.6;
  private static final int MIN_CHARS = 300, MAX_CHARS = 15000;
  /** How far back a copy's original lies (in article numbers): copies follow their original closely in a crawl. */
  private static final int COPY_WINDOW = 5000;

  private final Map<String, List<SourceDoc>> docs;
  private final SyntheticOutlets outlets;
  private final long seed;
  private final LocalDate firstDay;
  private final int days;
  private final double syndicated;
  private final double recrawled;

  public ArticleComposer(Map<String, List<SourceDoc>> docs, SyntheticOutlets outlets, long seed, LocalDate firstDay,
      int days, double syndicated, double recrawled) {
    this.docs = docs;
    this.outlets = outlets;
    this.seed = seed;
    this.firstDay = firstDay;
    this.days = days;
    this.syndicated = syndicated;
    this.recrawled = recrawled;
  }

  public Article article(long i) {
    SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
    double u = rnd.nextDouble();
    if (i > 0 && u < recrawled) {
      Article orig = article(i - 1 - rnd.nextInt((int) Math.min(i, COPY_WINDOW)));
      return new Article(i, orig.url(), orig.outlet(), orig.title(), orig.text(), orig.published(),
          orig.downloaded().plusSeconds(3600 + rnd.nextInt(86400)), "recrawl");
    }
    if (i > 0 && u < recrawled + syndicated) {
      Article orig = article(i - 1 - rnd.nextInt((int) Math.min(i, COPY_WINDOW)));
      SyntheticOutlets.Outlet o = outlets.pickOther(rnd, orig.outlet());
      String text = orig.text();
      String kind = "syndicated-verbatim";
      if (rnd.nextBoolean()) {
        int cut = text.lastIndexOf('\n');
        text = (cut > text.length() / 2 ? text.substring(0, cut) : text) + "\n(" + o.name() + credit(o.lang()) + ")";
        kind = "syndicated-edited";
      }
      Instant published = orig.published().plusSeconds(600 + rnd.nextInt(6 * 3600));
      return new Article(i, url(o, published, orig.title(), i), o, orig.title(), text, published,
          published.plusSeconds(1800 + rnd.nextInt(3 * 86400)), kind);
    }
    SyntheticOutlets.Outlet o = outlets.pick(rnd);
    List<SourceDoc> pool = docs.get(o.lang());
    if (pool == null || pool.isEmpty()) pool = docs.values().iterator().next();
    SourceDoc lead = pool.get(rnd.nextInt(pool.size()));
    int target = (int) Math.max(MIN_CHARS, Math.min(MAX_CHARS, MEDIAN_CHARS * Math.exp(SIGMA * rnd.nextGaussian())));
    StringBuilder text = new StringBuilder(target + 1000);
    // The lead: the source's opening chunks up to about a third of the length (at least one chunk).
    for (String c : lead.chunks()) {
      if (text.length() > 0 && text.length() + c.length() > target / 3) break;
      appendChunk(text, c, rnd);
    }
    while (text.length() < target) {
      SourceDoc other = pool.get(rnd.nextInt(pool.size()));
      List<String> cs = other.chunks();
      int from = rnd.nextInt(cs.size());
      for (int k = from; k < cs.size() && k < from + 3 && text.length() < target; k++) appendChunk(text, cs.get(k), rnd);
    }
    String title = lead.title() != null && !lead.title().isBlank() ? lead.title() : firstWords(lead.chunks().get(0), 9);
    Instant published = firstDay.atStartOfDay(ZoneOffset.UTC).toInstant()
        .plusSeconds((long) (rnd.nextDouble() * days * 86400L));
    return new Article(i, url(o, published, title, i), o, title, text.toString(), published,
        published.plusSeconds(600 + rnd.nextInt(2 * 86400)), "original");
  }

  private static String credit(String lang) {
    return switch (lang) {
      case "fr" -> " avec agences";
      case "ar" -> " - وكالات";
      default -> " with agencies";
    };
  }

  /** Appends a chunk as a paragraph; in about one chunk of three, one number changes (figures differ between copies). */
  private static void appendChunk(StringBuilder text, String chunk, SplittableRandom rnd) {
    if (text.length() > 0) text.append('\n');
    int at = text.length();
    text.append(chunk);
    if (rnd.nextInt(3) == 0) {
      for (int k = at + rnd.nextInt(Math.max(1, chunk.length())); k < text.length(); k++) {
        char c = text.charAt(k);
        if (c >= '1' && c <= '9') {
          text.setCharAt(k, (char) ('1' + rnd.nextInt(9)));
          break;
        }
      }
    }
  }

  private static String firstWords(String s, int n) {
    String[] w = s.split("\\s+", n + 1);
    return String.join(" ", java.util.Arrays.asList(w).subList(0, Math.min(n, w.length)));
  }

  static String url(SyntheticOutlets.Outlet o, Instant published, String title, long i) {
    LocalDate d = published.atZone(ZoneOffset.UTC).toLocalDate();
    return String.format(Locale.ROOT, "https://www.%s/%04d/%02d/%02d/%s-%d", o.domain(), d.getYear(),
        d.getMonthValue(), d.getDayOfMonth(), slug(title), i);
  }

  /** ASCII slug of the title (Arabic titles give an empty slug: the number keeps the URL unique). */
  static String slug(String title) {
    StringBuilder b = new StringBuilder();
    String n = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD);
    for (int k = 0; k < n.length() && b.length() < 60; k++) {
      char c = Character.toLowerCase(n.charAt(k));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) b.append(c);
      else if (b.length() > 0 && b.charAt(b.length() - 1) != '-' && (c == ' ' || c == '-')) b.append('-');
    }
    return b.length() == 0 ? "article" : b.toString();
  }
}
