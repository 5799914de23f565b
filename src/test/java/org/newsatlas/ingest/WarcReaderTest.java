package org.newsatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsatlas.ingest.Fixtures.*;
import static org.newsatlas.ingest.WarcFixtures.*;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WarcReaderTest {
  static final InputSpec AUTO = InputSpec.fromProfile(null, "auto", Map.of());
  static final String P1 = "A car bomb exploded near a market in eastern Baghdad on Thursday, killing four people.";
  static final String P2 = "No group has claimed the attack, which police blamed on remnants of ISIS.";

  static byte[] goodFile() {
    String url = "https://www.example-news.com/world/baghdad-bomb?utm_source=rss#top";
    return concat(
        warcinfo(),
        request(url, "2021-01-07T10:00:00Z"),
        response(url, "2021-01-07T10:00:01Z", 200, "text/html; charset=utf-8",
            page("Car bomb in Baghdad", "2021-01-07T08:30:00+03:00", "en-GB", P1, P2)),
        response("https://www.example-news.com/old", "2021-01-07T10:00:02Z", 301, "text/html", "<p>moved</p>"),
        response("https://www.example-news.com/logo.png", "2021-01-07T10:00:03Z", 200, "image/png", "PNGDATA"),
        response("https://fr.example.org/mossoul", "2021-01-07T10:00:04Z", 200, "text/html",
            "<html lang=fr><body><div><p>Des frappes aériennes ont visé des positions de Daech près de Mossoul"
                + " mercredi, selon la coalition.</p></div></body></html>"));
  }

  @Test
  void responsesBecomeArticlesOrNotAnArticle() {
    for (byte[] file : new byte[][] {goodFile(), gzip(goodFile())}) {
      CollectingSink s = ingest(AUTO, "crawl.warc.gz", file, true);
      assertEquals(2, s.accepted.size(), s.reasons().toString());
      assertEquals(Map.of(Rejection.NOT_AN_ARTICLE, 2), s.reasons());
      NormalizedArticle a = s.accepted.get(0);
      assertEquals("https://www.example-news.com/world/baghdad-bomb", a.url());
      assertEquals("example-news.com", a.outlet());
      assertEquals("Car bomb in Baghdad", a.title());
      assertEquals("2021-01-07T05:30:00Z", a.publishedAt().toString());
      assertEquals("en", a.lang());
      assertEquals(P1 + "\n\n" + P2, a.text());
      assertFalse(a.text().contains("script"));
      NormalizedArticle b = s.accepted.get(1);
      assertEquals("fr", b.lang());
      assertEquals("example.org", b.outlet());
      assertEquals("2021-01-07T10:00:04Z", b.publishedAt().toString()); // no meta date: WARC-Date
      assertEquals("https://www.example-news.com/old", s.rejected.get(0).raw());
      assertTrue(s.rejected.get(1).message().contains("image/png"));
    }
  }

  @Test
  void jsonLdDateIsUsed() {
    String html = "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
        + "\"@graph\":[{\"@type\":\"NewsArticle\",\"headline\":\"h\",\"datePublished\":\"2020-12-31T23:30:00Z\"}]}"
        + "</script></head><body><article><p>" + P1 + "</p></article></body></html>";
    byte[] file = response("http://a.example.com/x", "2021-02-01T00:00:00Z", 200, "text/html", html);
    CollectingSink s = ingest(AUTO, "x.warc", file, true);
    assertEquals("2020-12-31T23:30:00Z", s.accepted.get(0).publishedAt().toString());
    assertEquals("2020-W53", s.accepted.get(0).week());
  }

  @Test
  void aWrongLengthCostsOneRecordAndReadingGoesOn() {
    byte[] first = response("https://a.example.com/1", "2021-01-07T10:00:00Z", 200, "text/html",
        page("One", null, "en", P1));
    byte[] block = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>" + P2 + "</p>").getBytes();
    byte[] third = response("https://a.example.com/3", "2021-01-07T10:00:02Z", 200, "text/html",
        page("Three", null, "en", P1 + " Three."));
    byte[] fourth = response("https://a.example.com/4", "2021-01-07T10:00:03Z", 200, "text/html",
        page("Four", null, "en", P2 + " Four."));
    // declared 20 bytes too short: the rest of its block is skipped up to record 3
    byte[] shortLength = record("response", "https://a.example.com/2", "2021-01-07T10:00:01Z",
        "application/http; msgtype=response", block, block.length - 20);
    CollectingSink s = ingest(AUTO, "short.warc", concat(first, shortLength, third, fourth), true);
    assertEquals(3, s.accepted.size(), s.reasons().toString());
    assertEquals(Map.of(Rejection.MALFORMED_WARC, 1), s.reasons());
    assertEquals("https://a.example.com/2", s.rejected.get(0).raw());
    assertEquals("offset " + first.length, s.rejected.get(0).locator());
    // declared 40 bytes too long: record 3's start is found inside the over-long block
    byte[] longLength = record("response", "https://a.example.com/2", "2021-01-07T10:00:01Z",
        "application/http; msgtype=response", block, block.length + 40);
    CollectingSink t = ingest(AUTO, "long.warc.gz", gzip(concat(first, longLength, third, fourth)), true);
    assertEquals(3, t.accepted.size(), t.reasons().toString());
    assertEquals(Map.of(Rejection.MALFORMED_WARC, 1), t.reasons());
    // declared longer than the file: one rejection at the end
    byte[] tooLong = record("response", "https://a.example.com/2", "2021-01-07T10:00:01Z",
        "application/http; msgtype=response", block, block.length + 5000);
    CollectingSink u = ingest(AUTO, "end.warc", concat(first, tooLong), true);
    assertEquals(1, u.accepted.size());
    assertEquals(Map.of(Rejection.MALFORMED_WARC, 1), u.reasons());
    // junk between records, and a header without Content-Length
    byte[] junk = utf8("this is not a WARC record\r\nnor this\r\n");
    byte[] noLength = utf8("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.example.com/x\r\n\r\n"
        + "<p>body</p>\r\n\r\n");
    CollectingSink v = ingest(AUTO, "junk.warc", concat(first, junk, third, noLength, fourth), true);
    assertEquals(3, v.accepted.size(), v.reasons().toString());
    assertEquals(Map.of(Rejection.MALFORMED_WARC, 2), v.reasons());
  }

  @Test
  void oversizedRecordIsSkipped() {
    InputSpec small = InputSpec.of(Map.of("format", "warc", "max.record.bytes", "4096"));
    byte[] first = response("https://a.example.com/1", "2021-01-07T10:00:00Z", 200, "text/html",
        page("One", null, "en", P1));
    byte[] big = response("https://a.example.com/big", "2021-01-07T10:00:01Z", 200, "text/html",
        page("Big", null, "en", "x".repeat(10_000)));
    CollectingSink s = ingest(small, "big.warc", concat(big, first), true);
    assertEquals(1, s.accepted.size());
    assertEquals(Map.of(Rejection.RECORD_TOO_LARGE, 1), s.reasons());
    assertEquals("https://a.example.com/big", s.rejected.get(0).raw());
  }

  @Test
  void truncatedWarcGzKeepsTheRecordsBefore() {
    StringBuilder big = new StringBuilder();
    java.util.Random r = new java.util.Random(3);
    for (int i = 0; i < 20000; i++) big.append((char) ('a' + r.nextInt(26)));
    byte[] one = gzip(response("https://a.example.com/1", "2021-01-07T10:00:00Z", 200, "text/html",
        page("One", null, "en", P1)));
    byte[] two = gzip(response("https://a.example.com/2", "2021-01-07T10:00:01Z", 200, "text/html",
        page("Two", null, "en", P2, big.toString())));
    byte[] cut = java.util.Arrays.copyOf(concat(one, two), one.length + two.length / 2);
    CollectingSink s = ingest(AUTO, "cut.warc.gz", cut, true);
    assertEquals(1, s.accepted.size());
    assertEquals(Map.of(Rejection.TRUNCATED_COMPRESSED, 1), s.reasons());
  }
}
