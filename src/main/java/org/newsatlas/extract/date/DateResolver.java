package org.newsatlas.extract.date;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.newsatlas.extract.lexicon.CharArrayMap;
import org.newsatlas.extract.lexicon.TextFolder;
import org.newsatlas.extract.lexicon.Tokens;
import org.newsatlas.extract.lexicon.TsvLexicon;

/**
 * Finds French and English date expressions ("le 26 janvier", "Jan. 26, 2021", "mardi dernier", "last Tuesday",
 * "hier", "this week", "26/01/2021", "2021-01-26") and resolves them against the publication date. A day and month
 * without a year is the most recent such date on or before publication, unless a future marker says otherwise.
 * Lexicons are in {@code conf/dates/}. Thread-safe: state is per call.
 */
public final class DateResolver {
  private static final int PAST = 1, FUTURE = 2, MONTH_IN = 3;

  private final CharArrayMap<int[]> months = new CharArrayMap<>(); // {month, englishOnly}
  private final CharArrayMap<int[]> weekdays = new CharArrayMap<>(); // {isoDay, englishOnly}
  private final CharArrayMap<List<Relative>> relatives = new CharArrayMap<>(); // keyed by first token
  private final CharArrayMap<int[]> modifiers = new CharArrayMap<>(); // {kind, before?1:0}

  private record Relative(String[] tokens, String unit, int offset) {}

  /** Every lexicon role of one word, so that a token costs one lookup. */
  private static final class Word {
    int[] month, weekday, modifier;
    List<Relative> relatives;
  }

  private final CharArrayMap<Word> words = new CharArrayMap<>();

  private Word word(String key) {
    Word w = words.get(key);
    if (w == null) words.put(key, w = new Word());
    return w;
  }

  public DateResolver(String confDir) {
    for (String[] r : TsvLexicon.rows(confDir, "dates/months.tsv")) {
      months.put(TextFolder.fold(r[0]), new int[] {Integer.parseInt(r[1]), "en".equals(TsvLexicon.field(r, 2)) ? 1 : 0});
    }
    for (String[] r : TsvLexicon.rows(confDir, "dates/weekdays.tsv")) {
      weekdays.put(TextFolder.fold(r[0]), new int[] {Integer.parseInt(r[1]), "en".equals(TsvLexicon.field(r, 2)) ? 1 : 0});
    }
    for (String[] r : TsvLexicon.rows(confDir, "dates/relative.tsv")) {
      String[] toks = TextFolder.fold(r[0]).split("[^\\p{L}\\p{N}]+");
      List<Relative> list = relatives.get(toks[0]);
      if (list == null) relatives.put(toks[0], list = new ArrayList<>());
      list.add(new Relative(toks, r[1], Integer.parseInt(r[2])));
      list.sort((a, b) -> b.tokens.length - a.tokens.length);
    }
    for (String[] r : TsvLexicon.rows(confDir, "dates/modifiers.tsv")) {
      int kind = switch (r[1]) {
        case "PAST" -> PAST;
        case "FUTURE" -> FUTURE;
        case "MONTH_IN" -> MONTH_IN;
        default -> throw new IllegalArgumentException("conf/dates/modifiers.tsv: unknown kind " + r[1]);
      };
      modifiers.put(TextFolder.fold(r[0]), new int[] {kind, "BEFORE".equals(r[2]) ? 1 : 0});
    }
    for (String[] r : TsvLexicon.rows(confDir, "dates/months.tsv")) word(TextFolder.fold(r[0])).month = months.get(TextFolder.fold(r[0]));
    for (String[] r : TsvLexicon.rows(confDir, "dates/weekdays.tsv")) word(TextFolder.fold(r[0])).weekday = weekdays.get(TextFolder.fold(r[0]));
    for (String[] r : TsvLexicon.rows(confDir, "dates/modifiers.tsv")) word(TextFolder.fold(r[0])).modifier = modifiers.get(TextFolder.fold(r[0]));
    for (String[] r : TsvLexicon.rows(confDir, "dates/relative.tsv")) {
      String first = TextFolder.fold(r[0]).split("[^\\p{L}\\p{N}]+")[0];
      word(first).relatives = relatives.get(first);
    }
  }

  /** Date expressions of {@code text} in order, resolved against {@code published}. */
  public List<DateMention> resolve(String text, String lang, LocalDate published) {
    char[] f = new char[text.length()];
    TextFolder.fold(text, f);
    Tokens tok = new Tokens(text.length() / 5 + 16);
    tok.tokenize(f, f.length);
    return resolve(text, f, tok, lang, published);
  }

  /** Same, on a folded copy and its tokens that the caller already has. */
  public List<DateMention> resolve(String text, char[] f, Tokens tok, String lang, LocalDate published) {
    List<DateMention> out = new ArrayList<>();
    if (published == null) return out;
    int nt = tok.count();
    for (int t = 0; t < nt; ) {
      int used = match(text, f, tok, t, published, out);
      t += Math.max(used, 1);
    }
    return out;
  }

  // Tries every pattern at token t; returns the number of tokens consumed (0 when nothing matched).
  private int match(String text, char[] f, Tokens tok, int t, LocalDate pub, List<DateMention> out) {
    int nt = tok.count();
    int s = tok.start(t), len = tok.length(t);
    if (isDigit(f[s])) {
      int digits = digitRun(f, s, tok.end(t));
      // ISO 2021-01-26
      if (digits == 4 && len == 4 && t + 2 < nt && sep(f, tok, t, '-') && sep(f, tok, t + 1, '-')
          && allDigits(f, tok, t + 1) && allDigits(f, tok, t + 2)) {
        LocalDate d = date(num(f, tok, t), num(f, tok, t + 1), num(f, tok, t + 2));
        if (d != null) return add(out, s, tok.end(t + 2), d, DateMention.DAY, 3);
      }
      // 26/01/2021, 26.01.2021
      if (digits <= 2 && len == digits && t + 2 < nt && (sep(f, tok, t, '/') && sep(f, tok, t + 1, '/')
          || sep(f, tok, t, '.') && sep(f, tok, t + 1, '.')) && allDigits(f, tok, t + 1) && allDigits(f, tok, t + 2)
          && tok.length(t + 1) <= 2 && (tok.length(t + 2) == 4 || tok.length(t + 2) == 2)) {
        int a = num(f, tok, t), b = num(f, tok, t + 1), y = num(f, tok, t + 2);
        if (y < 100) y += 2000;
        LocalDate d = b > 12 ? date(y, a, b) : date(y, b, a);
        if (d != null) return add(out, s, tok.end(t + 2), d, DateMention.DAY, 3);
      }
      // 26 janvier [2021], 1er février, 26th of January
      if (digits <= 2 && isOrdinalSuffix(f, s + digits, tok.end(t))) {
        int day = parse(f, s, s + digits);
        int mt = t + 1;
        if (mt < nt && eq(f, tok, mt, "of")) mt++;
        int[] month = mt < nt && close(f, tok, mt - 1, mt) && (mt == t + 1 || close(f, tok, t, t + 1))
            ? monthAt(text, f, tok, mt) : null;
        if (month != null) {
          int end = tok.end(mt), used = mt - t + 1;
          int year = -1;
          if (mt + 1 < nt && close(f, tok, mt, mt + 1) && isYear(f, tok, mt + 1)) {
            year = num(f, tok, mt + 1);
            end = tok.end(mt + 1);
            used++;
          }
          boolean fut = future(f, tok, t, year > 0 ? mt + 1 : mt);
          int after = (year > 0 ? mt + 1 : mt) + 1;
          if (after < nt && (modifier(f, tok, after, FUTURE, false) || modifier(f, tok, after, PAST, false))) {
            end = tok.end(after);
            used++;
          }
          LocalDate d = dayMonth(day, month[0], year, pub, fut);
          if (d != null) return add(out, s, end, d, DateMention.DAY, used);
        }
      }
      return 0;
    }
    Word w = words.get(f, s, len);
    if (w == null) return 0;
    int[] month = w.month == null ? null : monthAt(text, f, tok, t);
    if (month != null) {
      // January 26[th][, 2021]
      if (t + 1 < nt && close(f, tok, t, t + 1) && digitRun(f, tok.start(t + 1), tok.end(t + 1)) <= 2
          && digitRun(f, tok.start(t + 1), tok.end(t + 1)) > 0
          && isOrdinalSuffix(f, tok.start(t + 1) + digitRun(f, tok.start(t + 1), tok.end(t + 1)), tok.end(t + 1))) {
        int day = parse(f, tok.start(t + 1), tok.start(t + 1) + digitRun(f, tok.start(t + 1), tok.end(t + 1)));
        int end = tok.end(t + 1), used = 2, year = -1;
        if (t + 2 < nt && close(f, tok, t + 1, t + 2) && isYear(f, tok, t + 2)) {
          year = num(f, tok, t + 2);
          end = tok.end(t + 2);
          used = 3;
        }
        LocalDate d = dayMonth(day, month[0], year, pub, future(f, tok, t, t + 1));
        if (d != null) return add(out, s, end, d, DateMention.DAY, used);
      }
      // janvier 2021, January 2021
      if (t + 1 < nt && close(f, tok, t, t + 1) && isYear(f, tok, t + 1)) {
        LocalDate d = date(num(f, tok, t + 1), month[0], 1);
        if (d != null) return add(out, s, tok.end(t + 1), d, DateMention.MONTH, 2);
      }
      // en janvier, in January: the most recent such month
      if (t > 0 && modifier(f, tok, t - 1, MONTH_IN, true)) {
        LocalDate d = LocalDate.of(pub.getYear(), month[0], 1);
        if (d.isAfter(pub)) d = d.minusYears(1);
        return add(out, tok.start(t - 1), tok.end(t), d, DateMention.MONTH, 1);
      }
      return 0;
    }
    int[] wd = w.weekday;
    if (wd != null && (wd[1] == 0 || Character.isUpperCase(text.charAt(s))) && (len > 3 || Character.isUpperCase(text.charAt(s)))) {
      boolean past = t + 1 < nt && modifier(f, tok, t + 1, PAST, false) || t > 0 && modifier(f, tok, t - 1, PAST, true);
      boolean fut = t + 1 < nt && modifier(f, tok, t + 1, FUTURE, false) || t > 0 && modifier(f, tok, t - 1, FUTURE, true);
      DayOfWeek dow = DayOfWeek.of(wd[0]);
      LocalDate d;
      if (fut) d = pub.with(TemporalAdjusters.next(dow));
      else if (past) d = pub.with(TemporalAdjusters.previous(dow));
      else d = pub.with(TemporalAdjusters.previousOrSame(dow));
      int start = s, end = tok.end(t);
      if (t + 1 < nt && (modifier(f, tok, t + 1, PAST, false) || modifier(f, tok, t + 1, FUTURE, false))) end = tok.end(t + 1);
      if (t > 0 && (modifier(f, tok, t - 1, PAST, true) || modifier(f, tok, t - 1, FUTURE, true))) start = tok.start(t - 1);
      return add(out, start, end, d, DateMention.DAY, end == tok.end(t) ? 1 : 2);
    }
    List<Relative> rel = w.relatives;
    if (rel != null) {
      for (Relative r : rel) {
        if (t + r.tokens.length > nt) continue;
        boolean ok = true;
        for (int k = 1; k < r.tokens.length && ok; k++) ok = eq(f, tok, t + k, r.tokens[k]) && adjacent(f, tok, t + k - 1, t + k);
        if (!ok) continue;
        int end = tok.end(t + r.tokens.length - 1);
        return switch (r.unit) {
          case "DAY" -> add(out, s, end, pub.plusDays(r.offset), DateMention.DAY, r.tokens.length);
          case "WEEK" -> add(out, s, end, pub.plusWeeks(r.offset).with(DayOfWeek.MONDAY), DateMention.WEEK, r.tokens.length);
          default -> add(out, s, end, pub.plusMonths(r.offset).withDayOfMonth(1), DateMention.MONTH, r.tokens.length);
        };
      }
    }
    return 0;
  }

  private static int add(List<DateMention> out, int s, int e, LocalDate d, String precision, int used) {
    out.add(new DateMention(s, e, d, precision));
    return used;
  }

  // A day and month: the explicit year, else the most recent such date on or before publication (or the next one
  // on or after it when the text marks the future).
  private static LocalDate dayMonth(int day, int month, int year, LocalDate pub, boolean future) {
    if (year > 0) return date(year, month, day);
    LocalDate d = date(pub.getYear(), month, day);
    if (d == null) d = date(pub.getYear() - 1, month, day); // 29 February
    if (d == null) return null;
    if (future) return d.isBefore(pub) ? date(pub.getYear() + 1, month, day) : d;
    return d.isAfter(pub) ? date(pub.getYear() - 1, month, day) : d;
  }

  private boolean future(char[] f, Tokens tok, int first, int last) {
    for (int k = Math.max(0, first - 3); k < first; k++) if (modifier(f, tok, k, FUTURE, true)) return true;
    return last + 1 < tok.count() && modifier(f, tok, last + 1, FUTURE, false);
  }

  private boolean modifier(char[] f, Tokens tok, int t, int kind, boolean before) {
    Word w = words.get(f, tok.start(t), tok.length(t));
    int[] m = w == null ? null : w.modifier;
    return m != null && m[0] == kind && (m[1] == 1) == before;
  }

  private int[] monthAt(String text, char[] f, Tokens tok, int t) {
    int[] m = months.get(f, tok.start(t), tok.length(t));
    if (m == null) return null;
    if (m[1] == 1 && !Character.isUpperCase(text.charAt(tok.start(t)))) return null;
    return m;
  }

  private static LocalDate date(int y, int m, int d) {
    try {
      return y < 1900 || y > 2100 ? null : LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  // Two tokens belong to one expression when at most three chars of space or punctuation (". ", ", ") separate them.
  private static boolean close(char[] f, Tokens tok, int a, int b) {
    int gap = tok.start(b) - tok.end(a);
    if (gap > 3) return false;
    for (int i = tok.end(a); i < tok.start(b); i++) {
      char c = f[i];
      if (c != ' ' && c != '.' && c != ',' && c != '\n') return false;
    }
    return true;
  }

  // Tokens of one phrase: one space, hyphen or apostrophe between them ("avant-hier", "aujourd'hui").
  private static boolean adjacent(char[] f, Tokens tok, int a, int b) {
    if (tok.start(b) - tok.end(a) != 1) return false;
    char c = f[tok.end(a)];
    return c == ' ' || c == '-' || c == '\'' || c == '\n';
  }

  private static boolean sep(char[] f, Tokens tok, int a, char c) {
    return tok.start(a + 1) - tok.end(a) == 1 && f[tok.end(a)] == c;
  }

  private static boolean isYear(char[] f, Tokens tok, int t) {
    if (tok.length(t) != 4 || !allDigits(f, tok, t)) return false;
    int y = num(f, tok, t);
    return y >= 1900 && y <= 2100;
  }

  private static boolean isOrdinalSuffix(char[] f, int s, int e) {
    int n = e - s;
    if (n == 0) return true;
    if (n == 2) {
      char a = f[s], b = f[s + 1];
      return a == 'e' && b == 'r' || a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h';
    }
    return n == 1 && f[s] == 'e';
  }

  private static boolean eq(char[] f, Tokens tok, int t, String w) {
    int s = tok.start(t);
    if (tok.length(t) != w.length()) return false;
    for (int i = 0; i < w.length(); i++) if (f[s + i] != w.charAt(i)) return false;
    return true;
  }

  private static boolean allDigits(char[] f, Tokens tok, int t) {
    return digitRun(f, tok.start(t), tok.end(t)) == tok.length(t);
  }

  private static int digitRun(char[] f, int s, int e) {
    int i = s;
    while (i < e && isDigit(f[i])) i++;
    return i - s;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int num(char[] f, Tokens tok, int t) {
    return parse(f, tok.start(t), tok.end(t));
  }

  private static int parse(char[] f, int s, int e) {
    int v = 0;
    for (int i = s; i < e && i < s + 9; i++) v = v * 10 + (f[i] - '0');
    return v;
  }
}
