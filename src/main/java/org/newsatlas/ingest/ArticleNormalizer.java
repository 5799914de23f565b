package org.newsatlas.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsatlas.core.Hashing;
import org.newsatlas.core.IsoWeek;
import org.newsatlas.core.Settings;

/**
 * Turns a {@link RawArticle} into an accepted {@link NormalizedArticle} or a {@link Rejection}. Checks in this order,
 * the first failure deciding the reason: text (EMPTY_TEXT, BINARY_CONTENT), date (MISSING_DATE, UNPARSEABLE_DATE,
 * FUTURE_DATE), outlet (MISSING_OUTLET). A record without date or outlet takes the input profile's
 * {@code default.date} / {@code default.outlet}. Created once per partition; not thread-safe.
 */
public final class ArticleNormalizer {
  /** Hex characters of article ids and content hashes. */
  public static final int ID_HEX = 16;
  public static final int CONTENT_HASH_HEX = 32;

  private final InputSpec spec;
  private final DateParser dates;
  private final OutletNormalizer outlets;
  private final UrlCanonicalizer urls;
  private final LanguageGuesser languages;
  private final Duration futureTolerance;
  private final double maxBinaryShare;
  private final ContentHasher contentHasher = new ContentHasher();

  /** What became of one record: exactly one of the two fields is set. */
  public record Result(NormalizedArticle article, Rejection rejection) {
    public boolean accepted() {
      return article != null;
    }
  }

  public ArticleNormalizer(Settings settings, InputSpec spec) {
    String confDir = settings.confDir();
    this.spec = spec;
    Map<String, Integer> months = new HashMap<>();
    ConfFiles.tsv(confDir, "ingest/month-names.tsv").forEach((name, num) -> {
      try {
        months.put(OutletNormalizer.fold(name), Integer.parseInt(num));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("conf/ingest/month-names.tsv: '" + num + "' is not a month number");
      }
    });
    ZoneId zone;
    try {
      zone = ZoneId.of(spec.dateZone());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("input " + spec.name() + ": unknown date.zone '" + spec.dateZone() + "'");
    }
    this.dates = new DateParser(spec.datePatterns(), spec.monthFirst(), zone, months);
    Map<String, String> aliases = new HashMap<>();
    ConfFiles.tsv(confDir, "outlets/aliases.tsv").forEach((alias, key) -> aliases.put(OutletNormalizer.fold(alias), key));
    this.outlets = new OutletNormalizer(aliases, new HashSet<>(ConfFiles.lines(confDir, "outlets/public-suffixes.txt")));
    this.urls = new UrlCanonicalizer(ConfFiles.lines(confDir, "ingest/tracking-params.txt"));
    Map<String, List<String>> stop = new LinkedHashMap<>();
    for (String lang : settings.get("ingest.lang.guess", "en,fr").split(",")) {
      String l = lang.strip();
      if (!l.isEmpty()) stop.put(l, ConfFiles.lines(confDir, "ingest/stopwords-" + l + ".txt"));
    }
    this.languages = new LanguageGuesser(stop);
    this.futureTolerance = Duration.ofHours(settings.getInt("ingest.future.tolerance.hours", 24));
    this.maxBinaryShare = settings.getDouble("ingest.binary.max.share", 0.10);
  }

  public Result normalize(RawArticle a, Instant now) {
    try {
      return check(a, now);
    } catch (RuntimeException e) { // a bug on one odd record must not stop the run
      return reject(a, Rejection.INTERNAL_ERROR, "normalisation failed: " + e);
    }
  }

  private Result check(RawArticle a, Instant now) {
    String text = stripBlank(a.text());
    if (text.isEmpty()) return reject(a, Rejection.EMPTY_TEXT, "the article has no text");
    if (controlShare(text) > maxBinaryShare) {
      return reject(a, Rejection.BINARY_CONTENT, "more than " + (int) (maxBinaryShare * 100)
          + "% of the text is control characters: binary data, not an article");
    }
    String dateRaw = blankToNull(a.publishedRaw());
    if (dateRaw == null) dateRaw = spec.get("default.date");
    if (dateRaw == null) return reject(a, Rejection.MISSING_DATE, "no publication date (set default.date in the"
        + " input profile or --set input.default.date=YYYY-MM-DD if the whole input shares one)");
    Instant published = dates.parse(dateRaw);
    if (published == null) return reject(a, Rejection.UNPARSEABLE_DATE, "cannot read the date '"
        + Rejection.truncate(dateRaw) + "' (add its pattern as date.pattern in the input profile)");
    if (published.isAfter(now.plus(futureTolerance))) {
      // The run's clock stays out of the message, so that re-running on the same input gives the same row.
      return reject(a, Rejection.FUTURE_DATE, "date " + published + " is more than " + futureTolerance.toHours()
          + " h after the time of the run");
    }
    String outletRaw = blankToNull(a.outletRaw());
    if (outletRaw == null) outletRaw = spec.get("default.outlet");
    String outlet = outlets.normalize(outletRaw, a.url());
    if (outlet == null) return reject(a, Rejection.MISSING_OUTLET, "no outlet: neither an outlet field nor a URL"
        + " (set default.outlet in the input profile if the whole input is one outlet)");
    String url = urls.canonical(a.url());
    String title = blankToNull(a.title());
    if (title != null) title = title.strip();
    String lang = langOf(a.lang(), text);
    LocalDate day = published.atZone(ZoneOffset.UTC).toLocalDate();
    String id = url != null
        ? Hashing.sha256Hex(ID_HEX, UrlCanonicalizer.withoutScheme(url))
        : Hashing.sha256Hex(ID_HEX, outlet, title, published.toString(), text);
    NormalizedArticle n = new NormalizedArticle(id, outlet, url, title, published, lang, text, IsoWeek.label(day),
        IsoWeek.start(day), a.sourceFile(), a.locator(), contentHasher.hash(text, CONTENT_HASH_HEX));
    return new Result(n, null);
  }

  private String langOf(String recordLang, String text) {
    String l = HtmlArticleExtractor.langTag(recordLang);
    if (l == null) l = HtmlArticleExtractor.langTag(spec.get("default.lang"));
    if (l != null && l.length() >= 2 && l.length() <= 3 && l.chars().allMatch(Character::isLetter)) return l;
    return languages.guess(text);
  }

  /**
   * The text without leading and trailing blanks, counting as blank what {@link String#strip} misses: no-break
   * spaces (U+00A0, U+2007, U+202F) and zero-width characters (U+200B..U+200D, U+2060, BOM U+FEFF).
   */
  static String stripBlank(String s) {
    if (s == null) return "";
    int start = 0;
    int end = s.length();
    while (start < end && isBlank(s.charAt(start))) start++;
    while (end > start && isBlank(s.charAt(end - 1))) end--;
    return s.substring(start, end);
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || (c >= '\u200B' && c <= '\u200D')
        || c == '\u2060' || c == '\uFEFF';
  }

  /** Hash of the text lower-cased with every whitespace run made one space: copies that differ in layout match. */
  public static String contentHash(String text) {
    return new ContentHasher().hash(text, CONTENT_HASH_HEX);
  }

  private static double controlShare(String text) {
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f || c == '\uFFFD'
          || (c >= 0x80 && c < 0xA0)) control++;
    }
    return (double) control / text.length();
  }

  private static Result reject(RawArticle a, String code, String message) {
    StringBuilder raw = new StringBuilder();
    appendField(raw, "url", a.url());
    appendField(raw, "title", a.title());
    appendField(raw, "date", a.publishedRaw());
    appendField(raw, "outlet", a.outletRaw());
    appendField(raw, "lang", a.lang());
    appendField(raw, "text", a.text());
    long bytes = a.text() == null ? 0 : a.text().getBytes(StandardCharsets.UTF_8).length;
    return new Result(null, new Rejection(a.sourceFile(), a.locator(), code, message,
        Rejection.truncate(raw.toString()), bytes));
  }

  private static void appendField(StringBuilder sb, String name, String value) {
    if (value == null) return;
    if (sb.length() > 0) sb.append('\n');
    sb.append(name).append(": ").append(value.length() > Rejection.MAX_RAW_CHARS
        ? value.substring(0, Rejection.MAX_RAW_CHARS) : value);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
