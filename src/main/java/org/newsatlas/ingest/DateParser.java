package org.newsatlas.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as archives write them, to an instant. Tried in order: the input profile's own patterns
 * ({@code date.pattern}, Java DateTimeFormatter syntax, case-insensitive, English month names, e.g.
 * {@code M/d/yyyy} for FA-KES, {@code d-MMM-yyyy HH:mm:ss.SS} for Reuters-21578); ISO 8601 with or without
 * zone, with {@code T} or a space ({@code 2021-01-26 10:15:00} as news-please writes it); RFC 1123; numeric
 * {@code 26/01/2021} (day first unless the profile says {@code date.order=MDY}, or unless the first number cannot be
 * a month); month names ({@code 26 janvier 2021}, {@code January 26, 2021}, {@code mardi 26 janv. 2021}; names in
 * {@code conf/ingest/month-names.tsv}); Unix epoch seconds or milliseconds. Times without a zone are in
 * {@code date.zone} (default UTC); a date without time is the start of that day.
 */
public final class DateParser {
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
          + "\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?");
  private static final Pattern NUMERIC = Pattern.compile(
      "(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:[ T,]+(\\d{1,2})[:h](\\d{2})(?::(\\d{2}))?)?");
  private static final String TIME = "(?:,?\\s+(?:à\\s+|at\\s+)?(\\d{1,2})[:h](\\d{2})(?::(\\d{2}))?)?";
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?:\\p{L}+\\.?,?\\s+)?(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(\\p{L}+)\\.?,?\\s+(\\d{4})" + TIME,
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "(?:\\p{L}+\\.?,?\\s+)?(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME,
      Pattern.CASE_INSENSITIVE);
  private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");

  private final List<DateTimeFormatter> patterns;
  private final boolean monthFirst;
  private final ZoneId zone;
  private final Map<String, Integer> months;

  /**
   * @param patterns profile patterns tried first (may be empty)
   * @param monthFirst read ambiguous numeric dates as M/D (US) rather than D/M
   * @param months folded month name or abbreviation → 1..12
   */
  public DateParser(List<String> patterns, boolean monthFirst, ZoneId zone, Map<String, Integer> months) {
    List<DateTimeFormatter> f = new ArrayList<>();
    for (String p : patterns) {
      if (!p.isBlank()) {
        f.add(new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p.trim())
            .toFormatter(Locale.ENGLISH));
      }
    }
    this.patterns = List.copyOf(f);
    this.monthFirst = monthFirst;
    this.zone = zone;
    this.months = Map.copyOf(months);
  }

  /** The instant, or null when the text is not a date this parser knows. */
  public Instant parse(String raw) {
    if (raw == null) return null;
    String s = raw.strip();
    if (s.isEmpty()) return null;
    try {
      Instant i = parseOrThrow(s);
      if (i == null) return null;
      int year = i.atZone(ZoneOffset.UTC).getYear();
      return year < 1000 || year > 9999 ? null : i;
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  private Instant parseOrThrow(String s) {
    for (DateTimeFormatter f : patterns) {
      Instant i = withPattern(f, s);
      if (i != null) return i;
    }
    Matcher m = ISO.matcher(s);
    if (m.matches()) {
      LocalDateTime t = LocalDate.of(num(m, 1), num(m, 2), num(m, 3)).atTime(time(m, 4, 5, 6));
      if (m.group(7) != null) {
        String frac = (m.group(7) + "000000000").substring(0, 9);
        t = t.withNano(Integer.parseInt(frac));
      }
      return atZone(t, m.group(8));
    }
    if (Character.isLetter(s.charAt(0)) && s.length() > 5 && s.charAt(3) == ',') {
      try {
        return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      } catch (DateTimeParseException e) {
        // not RFC 1123; try the named-month forms below
      }
    }
    m = NUMERIC.matcher(s);
    if (m.matches()) {
      int a = num(m, 1);
      int b = num(m, 2);
      boolean mdy = a > 12 ? false : b > 12 || monthFirst;
      LocalDate d = mdy ? LocalDate.of(num(m, 3), a, b) : LocalDate.of(num(m, 3), b, a);
      return d.atTime(time(m, 4, 5, 6)).atZone(zone).toInstant();
    }
    m = DAY_MONTH_YEAR.matcher(s);
    if (m.matches()) {
      Integer month = months.get(OutletNormalizer.fold(m.group(2)));
      if (month != null) {
        return LocalDate.of(num(m, 3), month, num(m, 1)).atTime(time(m, 4, 5, 6)).atZone(zone).toInstant();
      }
    }
    m = MONTH_DAY_YEAR.matcher(s);
    if (m.matches()) {
      Integer month = months.get(OutletNormalizer.fold(m.group(1)));
      if (month != null) {
        return LocalDate.of(num(m, 3), month, num(m, 2)).atTime(time(m, 4, 5, 6)).atZone(zone).toInstant();
      }
    }
    if (EPOCH.matcher(s).matches()) {
      long v = Long.parseLong(s);
      return s.length() == 13 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
    }
    return null;
  }

  private Instant withPattern(DateTimeFormatter f, String s) {
    try {
      TemporalAccessor t = f.parseBest(s, ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from,
          LocalDate::from);
      if (t instanceof ZonedDateTime z) return z.toInstant();
      if (t instanceof OffsetDateTime o) return o.toInstant();
      if (t instanceof LocalDateTime l) return l.atZone(zone).toInstant();
      return ((LocalDate) t).atStartOfDay(zone).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private Instant atZone(LocalDateTime t, String z) {
    if (z == null) return t.atZone(zone).toInstant();
    if (z.equals("Z") || z.equals("UTC") || z.equals("GMT")) return t.toInstant(ZoneOffset.UTC);
    String id = z.length() == 3 ? z + ":00" : z.length() == 5 ? z.substring(0, 3) + ":" + z.substring(3) : z;
    return t.toInstant(ZoneOffset.of(id));
  }

  private static LocalTime time(Matcher m, int h, int min, int sec) {
    if (m.group(h) == null) return LocalTime.MIDNIGHT;
    return LocalTime.of(num(m, h), num(m, min), m.group(sec) == null ? 0 : num(m, sec));
  }

  private static int num(Matcher m, int g) {
    return Integer.parseInt(m.group(g));
  }
}
