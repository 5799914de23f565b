package org.newsatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsatlas.core.Settings;

/** The readers over the real corpora in ../shared (skipped when absent); counts measured and asserted. */
class RealCorporaTest {
  static final Instant NOW = Instant.parse("2026-11-24T00:00:00Z");

  static Path corpora() {
    for (String p : new String[] {"/work/shared/corpora", "../shared/corpora"}) {
      Path c = Paths.get(p);
      if (Files.isDirectory(c)) return c;
    }
    return null;
  }

  static CollectingSink ingest(String profile, Map<String, String> overrides, List<Path> files) throws IOException {
    Settings settings = Settings.load(null, Map.of());
    InputSpec spec = InputSpec.fromProfile(null, profile, overrides);
    CollectingSink sink = new CollectingSink(new ArticleNormalizer(settings, spec), NOW);
    FileIngest ingest = new FileIngest(spec, null);
    for (Path f : files) {
      try (InputStream in = Files.newInputStream(f)) {
        ingest.read(f.toString(), in, sink);
      }
    }
    System.out.printf("%s: %d raw, %d accepted, rejected %s%n", profile, sink.raw.size(), sink.accepted.size(),
        sink.reasons());
    return sink;
  }

  static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
  }

  static Path need(String relative) {
    Path c = corpora();
    assumeTrue(c != null && Files.exists(c.resolve(relative)), "corpus " + relative + " absent");
    return c.resolve(relative);
  }

  @Test
  void fakesCsvAllAccepted() throws IOException {
    Path f = need("fakes-syria/fakes-articles.csv");
    CollectingSink s = ingest("fakes", Map.of(), List.of(f));
    assertEquals(804, s.accepted.size());
    assertEquals(0, s.rejected.size());
    Map<String, Long> byOutlet = s.accepted.stream().collect(Collectors.groupingBy(NormalizedArticle::outlet,
        Collectors.counting()));
    assertEquals(15, byOutlet.size(), byOutlet.toString());
    assertEquals(149L, byOutlet.get("ahram.org.eg"));
    assertEquals(105L, byOutlet.get("almanar.com.lb"));
  }

  @Test
  void camilleAllPagesAcceptedAndReadmeQuarantined() throws IOException {
    Path dir = need("camille-be-fr");
    CollectingSink s = ingest("camille", Map.of(), files(dir));
    assertEquals(1000, s.accepted.size());
    long unmatched = s.rejected.stream().filter(r -> r.reasonCode().equals(Rejection.UNMATCHED_FILE_NAME)).count();
    assertEquals(s.rejected.size(), unmatched, s.reasons().toString());
    assertTrue(s.rejected.stream().anyMatch(r -> r.sourceFile().endsWith("_README.txt")));
    Map<String, Long> byOutlet = s.accepted.stream().collect(Collectors.groupingBy(NormalizedArticle::outlet,
        Collectors.counting()));
    assertEquals(205L, byOutlet.get("le-vingtieme-siecle"), byOutlet.toString());
  }

  @Test
  void seedWithDefaultsAccepted() throws IOException {
    Path dir = need("seed");
    CollectingSink s = ingest("text",
        Map.of("input.default.date", "2021-01-27", "input.default.outlet", "seed"), files(dir));
    assertEquals(1, s.accepted.size());
    assertEquals("fr", s.accepted.get(0).lang());
    assertEquals("2021-W04", s.accepted.get(0).week());
  }

  @Test
  void jsonlCorpora() throws IOException {
    Path gj = need("gilets-jaunes-fr/gilets-jaunes-fr.jsonl.gz");
    CollectingSink g = ingest("newsplease", Map.of(), List.of(gj));
    // 140 records carry date_publish, one of them without text; 247 have no text (the text check comes first)
    assertEquals(139, g.accepted.size());
    assertEquals(Map.of(Rejection.MISSING_DATE, 2442, Rejection.EMPTY_TEXT, 247), g.reasons());
    Path ant = need("ant-arabic/ant-arabic.jsonl.gz");
    CollectingSink a = ingest("newsplease", Map.of(), List.of(ant));
    assertEquals(17796, a.accepted.size());
    assertEquals(Map.of(Rejection.EMPTY_TEXT, 1), a.reasons());
    assertEquals(java.util.Set.of("skynewsarabia.com", "france24.com", "cnn.com", "bbc.co.uk", "alarabiya.net"),
        a.accepted.stream().map(NormalizedArticle::outlet).collect(Collectors.toSet()));
    Path sn = need("saudinewsnet-ar/saudinewsnet-2015-08-09-11.jsonl.gz");
    CollectingSink n = ingest("auto", Map.of(), List.of(sn));
    // 39 records have a maintext of blanks only (2 of them no-break spaces)
    assertEquals(4623, n.accepted.size());
    assertEquals(Map.of(Rejection.EMPTY_TEXT, 39), n.reasons());
    assertTrue(n.accepted.stream().allMatch(x -> "ar".equals(x.lang())));
  }
}
