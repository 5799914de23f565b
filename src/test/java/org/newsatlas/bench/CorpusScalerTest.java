package org.newsatlas.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsatlas.ingest.FileIngest;
import org.newsatlas.ingest.InputSpec;
import org.newsatlas.ingest.RawArticle;
import org.newsatlas.ingest.RecordSink;
import org.newsatlas.ingest.Rejection;

/** The synthetic archive from the project's sample corpus: readable by the product's readers, complete, deterministic. */
class CorpusScalerTest {
  private static Map<String, String> options(String format) {
    Map<String, String> o = new LinkedHashMap<>();
    o.put("format", format);
    o.put("per-file", "500");
    o.put("seed", "7");
    o.put("outlets", "60");
    o.put("mix", "en=0.5,fr=0.5");
    o.put("start", "2021-01-04");
    o.put("weeks", "10");
    o.put("syndicated", "0.05");
    o.put("recrawled", "0.01");
    o.put("corpora", "/nonexistent-corpora");
    o.put("sample", "src/test/resources/sample-corpus");
    o.put("threads", "2");
    return o;
  }

  private static List<RawArticle> read(Path dir, String profile) throws Exception {
    List<RawArticle> out = new ArrayList<>();
    List<Rejection> bad = new ArrayList<>();
    FileIngest reader = new FileIngest(InputSpec.fromProfile(null, profile, Map.of()), null);
    try (var files = Files.list(dir)) {
      for (Path f : files.filter(p -> !p.getFileName().toString().startsWith("_")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(f)) {
          reader.read(f.toString(), in, new RecordSink() {
            @Override
            public void accept(RawArticle a) {
              out.add(a);
            }

            @Override
            public void reject(Rejection r) {
              bad.add(r);
            }
          });
        }
      }
    }
    assertEquals(List.of(), bad, "every generated record is readable");
    return out;
  }

  @Test
  void jsonLinesArchiveIsCompleteAndDeterministic(@TempDir Path tmp) throws Exception {
    CorpusScaler.generate(2000, tmp.resolve("a"), options("jsonl"));
    CorpusScaler.generate(2000, tmp.resolve("b"), options("jsonl"));
    try (var files = Files.list(tmp.resolve("a"))) {
      assertEquals(5, files.count(), "4 files of 500 and the manifest");
    }
    for (int f = 0; f < 4; f++) {
      String name = String.format("part-%05d.jsonl.gz", f);
      assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(name)), Files.readAllBytes(tmp.resolve("b").resolve(name)),
          "same options, same bytes: " + name);
    }
    List<RawArticle> articles = read(tmp.resolve("a"), "newsplease");
    assertEquals(2000, articles.size());
    Properties m = new Properties();
    try (InputStream in = Files.newInputStream(tmp.resolve("a/_CORPUS.properties"))) {
      m.load(in);
    }
    long recrawl = Long.parseLong(m.getProperty("count.recrawl"));
    Set<String> urls = new HashSet<>();
    Set<String> outlets = new HashSet<>();
    for (RawArticle a : articles) {
      urls.add(a.url());
      outlets.add(a.outletRaw());
      assertTrue(a.lang().equals("en") || a.lang().equals("fr"), a.lang());
      assertTrue(a.text().length() >= 200, "articles have body text");
    }
    assertEquals(2000 - recrawl, urls.size(), "only re-crawls repeat a URL");
    assertTrue(outlets.size() > 30, "many outlets: " + outlets.size());
    long copies = Long.parseLong(m.getProperty("count.syndicated-verbatim")) + Long.parseLong(m.getProperty("count.syndicated-edited"));
    assertTrue(copies > 50 && copies < 160, "about 5% syndicated copies: " + copies);
  }

  @Test
  void warcArchiveReadsBackAsArticles(@TempDir Path tmp) throws Exception {
    CorpusScaler.generate(120, tmp, options("warc"));
    List<RawArticle> articles = read(tmp, "warc");
    assertEquals(120, articles.size());
    for (RawArticle a : articles) {
      assertTrue(a.title() != null && !a.title().isBlank());
      assertTrue(a.publishedRaw() != null, "the date comes from article:published_time");
      assertTrue(!a.text().contains("All rights reserved"), "the footer is boilerplate, not text");
    }
  }
}
