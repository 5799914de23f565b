package org.newsatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsatlas.core.Settings;

class ArticleNormalizerTest {
  static final Instant NOW = Instant.parse("2021-03-01T12:00:00Z");
  static final String EN = "The Pentagon said on Tuesday that a drone strike near Erbil had targeted a weapons depot.";
  static final String FR = "Le Pentagone a indiqué mardi qu'une frappe de drone près d'Erbil avait visé un dépôt d'armes.";

  static ArticleNormalizer normalizer(Map<String, String> spec) {
    return new ArticleNormalizer(Settings.load(null, Map.of()), InputSpec.of(spec));
  }

  static final ArticleNormalizer N = normalizer(Map.of());

  static ArticleNormalizer.Result norm(String url, String text, String date, String outlet) {
    return N.normalize(new RawArticle("f.jsonl", "line 1", url, " A title ", text, date, outlet, null), NOW);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2021-01-26T10:15:00Z|2021-01-26T10:15:00Z",
      "2021-01-26T10:15:00+01:00|2021-01-26T09:15:00Z",
      "2021-01-26T10:15:00.123+0100|2021-01-26T09:15:00.123Z",
      "2021-01-26T10:15|2021-01-26T10:15:00Z",
      "2021-01-26 10:15:00|2021-01-26T10:15:00Z",
      "2021-01-26|2021-01-26T00:00:00Z",
      "Tue, 26 Jan 2021 10:15:00 GMT|2021-01-26T10:15:00Z",
      "Tue, 26 Jan 2021 10:15:00 +0300|2021-01-26T07:15:00Z",
      "26/01/2021|2021-01-26T00:00:00Z",
      "04/01/2021|2021-01-04T00:00:00Z",
      "1/26/2021|2021-01-26T00:00:00Z",
      "26.01.2021 10h15|2021-01-26T10:15:00Z",
      "26 janvier 2021|2021-01-26T00:00:00Z",
      "mardi 26 janvier 2021 à 10h15|2021-01-26T10:15:00Z",
      "1er février 2021|2021-02-01T00:00:00Z",
      "26 Janv. 2021|2021-01-26T00:00:00Z",
      "15 août 2020|2020-08-15T00:00:00Z",
      "January 26, 2021|2021-01-26T00:00:00Z",
      "Tuesday, January 26, 2021|2021-01-26T00:00:00Z",
      "Jan 26 2021 10:15|2021-01-26T10:15:00Z",
      "26 Jan 2021|2021-01-26T00:00:00Z",
      "1611656100|2021-01-26T10:15:00Z",
  })
  void datesInManyFormats(String raw, String expected) {
    ArticleNormalizer.Result r = norm("https://a.example.com/1", EN, raw, null);
    assertTrue(r.accepted(), () -> raw + " → " + r.rejection());
    assertEquals(expected, r.article().publishedAt().toString());
  }

  @Test
  void profileDatePatternAndOrder() {
    ArticleNormalizer us = normalizer(Map.of("date.order", "MDY"));
    RawArticle a = new RawArticle("f", "row 1", null, null, EN, "04/01/2021", "x.com", null);
    assertEquals("2021-04-01T00:00:00Z", us.normalize(a, Instant.parse("2021-06-01T00:00:00Z")).article().publishedAt().toString());
    ArticleNormalizer pattern = normalizer(Map.of("date.pattern", "yyyyMMdd|dd MMM yyyy", "date.zone",
        "Asia/Baghdad"));
    RawArticle b = new RawArticle("f", "row 1", null, null, EN, "20210126", "x.com", null);
    assertEquals("2021-01-25T21:00:00Z", pattern.normalize(b, NOW).article().publishedAt().toString());
    ArticleNormalizer reuters = normalizer(Map.of("date.pattern", "d-MMM-yyyy HH:mm:ss.SS"));
    RawArticle c = new RawArticle("f", "row 1", null, null, EN, " 26-FEB-1987 15:01:01.79", "x.com", null);
    assertEquals("1987-02-26T15:01:01.790Z", reuters.normalize(c, NOW).article().publishedAt().toString());
  }

  @Test
  void rejectionsInOrderOfChecks() {
    assertEquals(Rejection.EMPTY_TEXT, norm(null, " \n\t ", null, null).rejection().reasonCode());
    assertEquals(Rejection.EMPTY_TEXT, norm("https://x.com/a", null, "2021-01-01", "x.com").rejection().reasonCode());
    String junk = "ab\u0001\u0002\u0003\u0004\u0005cd\u0006\u0007\u0008\u000e";
    assertEquals(Rejection.BINARY_CONTENT, norm(null, junk, "2021-01-01", "x.com").rejection().reasonCode());
    assertEquals(Rejection.MISSING_DATE, norm(null, EN, "  ", "x.com").rejection().reasonCode());
    Rejection u = norm(null, EN, "the day after tomorrow", "x.com").rejection();
    assertEquals(Rejection.UNPARSEABLE_DATE, u.reasonCode());
    assertTrue(u.raw().contains("date: the day after tomorrow"));
    assertEquals(Rejection.UNPARSEABLE_DATE, norm(null, EN, "2021-02-30", "x.com").rejection().reasonCode());
    assertEquals(Rejection.UNPARSEABLE_DATE, norm(null, EN, "0021-01-01", "x.com").rejection().reasonCode());
    assertEquals(Rejection.FUTURE_DATE, norm(null, EN, "2021-03-03", "x.com").rejection().reasonCode());
    assertTrue(norm(null, EN, "2021-03-02T11:00:00Z", "x.com").accepted()); // within one day of now
    assertEquals(Rejection.MISSING_OUTLET, norm(null, EN, "2021-01-01", null).rejection().reasonCode());
    assertEquals(Rejection.MISSING_OUTLET, norm("not a url", EN, "2021-01-01", " ").rejection().reasonCode());
  }

  /**
   * A rejection is a function of the record alone, not of when the run happens: a nightly run and a full rebuild
   * read the same file at different times and must write the same quarantine row (the run's clock in the
   * FUTURE_DATE message once made them differ).
   */
  @Test
  void rejectionDoesNotDependOnTheRunsClock() {
    RawArticle a = new RawArticle("f.jsonl", "line 1", null, "t", EN, "2099-06-01 09:00:00", "x.com", null);
    Rejection early = N.normalize(a, NOW).rejection();
    Rejection late = N.normalize(a, NOW.plusSeconds(86_400 * 400L + 17)).rejection();
    assertEquals(Rejection.FUTURE_DATE, early.reasonCode());
    assertEquals(early, late);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "https://www.reuters.com/world/x|NULL|reuters.com",
      "https://m.bbc.co.uk/news/1|NULL|bbc.co.uk",
      "https://amp.theguardian.com/a|NULL|theguardian.com",
      "http://arabic.cnn.com/middle-east|CNN|cnn.com",
      "https://www.spa.gov.sa/123|NULL|spa.gov.sa",
      "https://english.ahram.org.eg/News/1.aspx|NULL|ahram.org.eg",
      "NULL|Reuters|reuters.com",
      "NULL|sana|sana.sy",
      "NULL|  AGENCE France-Presse |afp.com",
      "NULL|manar|almanar.com.lb",
      "NULL|www.Lemonde.fr|lemonde.fr",
      "NULL|https://www.aljazeera.com/news|aljazeera.com",
      "NULL|Journal de Québec|journaldequebec.com",
      "NULL|Le Vingtième Siècle|le-vingtieme-siecle",
      "https://news.example.com/a|Some Outlet|example.com",
      "NULL|Some Outlet|some-outlet",
  })
  void outlets(String url, String outlet, String expected) {
    ArticleNormalizer.Result r = norm(url, EN, "2021-01-01", outlet);
    assertEquals(expected, r.article().outlet());
  }

  @Test
  void canonicalUrlAndStableIds() {
    NormalizedArticle a = norm("HTTPS://WWW.Example.com:443/news/story/?utm_source=x&id=7&fbclid=abc#comments", EN,
        "2021-01-01", null).article();
    assertEquals("https://www.example.com/news/story?id=7", a.url());
    NormalizedArticle b = norm("http://www.example.com/news/story?id=7", EN, "2021-01-02", null).article();
    assertEquals(a.articleId(), b.articleId()); // http/https and tracking variants are one article
    assertEquals(16, a.articleId().length());
    NormalizedArticle c = norm("https://www.example.com/news/other", EN, "2021-01-01", null).article();
    assertNotEquals(a.articleId(), c.articleId());
    assertEquals(a.contentHash(), c.contentHash()); // same text elsewhere: a syndicated copy
    NormalizedArticle noUrl1 = norm(null, EN, "2021-01-01", "x.com").article();
    NormalizedArticle noUrl2 = norm(null, EN, "2021-01-01", "x.com").article();
    assertNull(noUrl1.url());
    assertEquals(noUrl1.articleId(), noUrl2.articleId());
    assertNotEquals(noUrl1.articleId(), norm(null, EN + " More.", "2021-01-01", "x.com").article().articleId());
    assertEquals(ArticleNormalizer.contentHash("A  b\n\nC"), ArticleNormalizer.contentHash(" a b c "));
    assertEquals("A title", a.title());
  }

  @Test
  void weeksAcrossTheYearBoundary() {
    NormalizedArticle a = norm(null, EN, "2021-01-01T09:00:00Z", "x.com").article();
    assertEquals("2020-W53", a.week());
    assertEquals("2020-12-28", a.weekStart().toString());
    NormalizedArticle b = norm(null, EN, "2021-01-04T00:30:00+01:00", "x.com").article(); // 2021-01-03 in UTC
    assertEquals("2020-W53", b.week());
  }

  @Test
  void languageFromRecordElseGuessed() {
    RawArticle tagged = new RawArticle("f", "l", null, null, FR, "2021-01-01", "x.com", "fr-FR");
    assertEquals("fr", N.normalize(tagged, NOW).article().lang());
    assertEquals("fr", norm(null, FR, "2021-01-01", "x.com").article().lang());
    assertEquals("en", norm(null, EN, "2021-01-01", "x.com").article().lang());
    assertEquals("ar", norm(null, "قال مسؤولون إن غارة جوية استهدفت مستودعا للأسلحة قرب أربيل يوم الثلاثاء.",
        "2021-01-01", "x.com").article().lang());
    assertEquals(LanguageGuesser.OTHER, norm(null, "Kirkuk 2021 !!", "2021-01-01", "x.com").article().lang());
  }
}
