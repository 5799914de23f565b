package org.newsatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsatlas.core.Settings;

/** The numbers of src/test/resources/sample-corpus/README.md, file by file (the Spark tests assert the same). */
class SampleCorpusTest {
  static final Path ROOT = Paths.get("src/test/resources/sample-corpus");

  /** file → expected accepted count and rejection reasons (the README's table). */
  static final Map<String, Object[]> EXPECTED = new LinkedHashMap<>();

  static {
    e("jsonl/tigris-times.jsonl", 8);
    e("jsonl/courrier-levant.jsonl.gz", 8);
    e("csv/gulf-monitor.csv", 6);
    e("text/echo-mesopotamie.example_2020-12-21_bagdad-roquettes.txt", 1);
    e("text/echo-mesopotamie.example_2020-12-31_kirkouk-couvre-feu.txt", 1);
    e("text/echo-mesopotamie.example_2021-01-08_deir-ez-zor-attaque.txt", 1);
    e("text/echo-mesopotamie.example_2021-01-15_bassora-manifestants.txt", 1);
    e("text/echo-mesopotamie.example_2021-01-22_riyad-drones.txt", 1);
    e("warc/sample.warc.gz", 4, Rejection.NOT_AN_ARTICLE, Rejection.NOT_AN_ARTICLE);
    e("bad/malformed-json.jsonl", 0, Rejection.MALFORMED_JSON);
    e("bad/invalid-utf8.jsonl", 0, Rejection.INVALID_ENCODING);
    e("bad/latin1.jsonl", 0, Rejection.INVALID_ENCODING);
    e("bad/empty-text.jsonl", 0, Rejection.EMPTY_TEXT);
    e("bad/missing-date.jsonl", 0, Rejection.MISSING_DATE);
    e("bad/unparseable-date.jsonl", 0, Rejection.UNPARSEABLE_DATE);
    e("bad/future-date.jsonl", 0, Rejection.FUTURE_DATE);
    e("bad/missing-outlet.jsonl", 0, Rejection.MISSING_OUTLET);
    e("bad/binary-junk.jsonl", 0, Rejection.BINARY_CONTENT);
    e("bad/deep-nesting.jsonl", 0, Rejection.MALFORMED_JSON);
    e("bad/truncated.jsonl.gz", 2, Rejection.TRUNCATED_COMPRESSED);
    e("bad/concatenated.jsonl.gz", 2);
    e("bad/ragged.csv", 1, Rejection.MALFORMED_CSV, Rejection.MALFORMED_CSV);
    e("bad/bad-length.warc.gz", 1, Rejection.MALFORMED_WARC);
    e("bad/html-scripts.warc", 1);
    e("bad/notes.txt", 0, Rejection.UNMATCHED_FILE_NAME);
    e("bad/duplicate-url.jsonl", 1);
    e("bad/syndicated-copy.jsonl", 1);
  }

  private static void e(String file, int accepted, String... reasons) {
    EXPECTED.put(file, new Object[] {accepted, List.of(reasons)});
  }

  @Test
  void everyFileGivesTheDocumentedCounts() throws IOException {
    Set<String> onDisk;
    try (Stream<Path> s = Files.walk(ROOT)) {
      onDisk = s.filter(Files::isRegularFile).map(p -> ROOT.relativize(p).toString().replace('\\', '/'))
          .filter(n -> !n.equals("README.md")).collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(new TreeSet<>(EXPECTED.keySet()), onDisk, "every sample file is listed, and only those");

    InputSpec spec = InputSpec.fromProfile(null, "sample", Map.of());
    ArticleNormalizer normalizer = new ArticleNormalizer(Settings.load(null, Map.of()), spec);
    FileIngest ingest = new FileIngest(spec, null);
    Instant now = Instant.parse("2026-11-24T00:00:00Z");
    int accepted = 0;
    int quarantined = 0;
    Map<String, NormalizedArticle> byId = new TreeMap<>();
    int exactDuplicates = 0;
    Set<String> hashes = new HashSet<>();
    int sameText = 0;
    Set<String> outlets = new TreeSet<>();
    Set<String> weeks = new TreeSet<>();
    Map<String, Integer> langs = new TreeMap<>();
    for (Map.Entry<String, Object[]> ex : EXPECTED.entrySet()) {
      CollectingSink sink = new CollectingSink(normalizer, now);
      try (InputStream in = Files.newInputStream(ROOT.resolve(ex.getKey()))) {
        ingest.read(ex.getKey(), in, sink);
      }
      assertEquals(ex.getValue()[0], sink.accepted.size(), ex.getKey() + " accepted; rejected " + sink.reasons());
      assertEquals(ex.getValue()[1], sink.rejected.stream().map(Rejection::reasonCode).collect(Collectors.toList()),
          ex.getKey() + " rejections");
      accepted += sink.accepted.size();
      quarantined += sink.rejected.size();
      for (NormalizedArticle a : sink.accepted) {
        if (byId.putIfAbsent(a.articleId(), a) != null) exactDuplicates++;
        else if (!hashes.add(a.contentHash())) sameText++;
        outlets.add(a.outlet());
        weeks.add(a.week());
        langs.merge(a.lang(), 1, Integer::sum);
      }
    }
    assertEquals(40, accepted);
    assertEquals(17, quarantined);
    assertEquals(1, exactDuplicates);
    assertEquals(1, sameText);
    assertEquals(Set.of("courrier-levant.example", "desert-wire.example", "echo-mesopotamie.example",
        "gulf-monitor.example", "tigris-times.example"), outlets);
    assertEquals(Set.of("2020-W52", "2020-W53", "2021-W01", "2021-W02", "2021-W03"), weeks);
    assertEquals(Map.of("en", 23, "fr", 17), langs);
  }

  @Test
  void pagesLoseTheirBoilerplate() throws IOException {
    InputSpec spec = InputSpec.fromProfile(null, "sample", Map.of());
    CollectingSink sink = new CollectingSink(new ArticleNormalizer(Settings.load(null, Map.of()), spec),
        Instant.parse("2026-11-24T00:00:00Z"));
    try (InputStream in = Files.newInputStream(ROOT.resolve("bad/html-scripts.warc"))) {
      new FileIngest(spec, null).read("bad/html-scripts.warc", in, sink);
    }
    NormalizedArticle a = sink.accepted.get(0);
    String text = a.text();
    assertEquals("Rocket attack on Ain al-Asad base", a.title());
    assertTrue(text.startsWith("Several rockets struck"), text);
    assertFalse(text.contains("dataLayer") || text.contains("newsletter") || text.contains("All rights"), text);
    assertNotEquals(-1, text.indexOf("\n\nThe base hosts"));
  }
}
