package org.newsatlas.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsatlas.ingest.FileIngest;
import org.newsatlas.ingest.InputSpec;
import org.newsatlas.ingest.RawArticle;
import org.newsatlas.ingest.RecordSink;
import org.newsatlas.ingest.Rejection;

/**
 * Loads the real texts a synthetic archive is made of, grouped by language. With the shared corpora: FA-KES and
 * Reuters-21578 (en), gilets-jaunes and CAMille (fr), ANT and SaudiNewsNet (ar), read through the project's own
 * readers (Reuters' SGML, which the product does not read, by a small parser here). Without them: the project's
 * sample corpus, a few dozen articles, enough to exercise the harness but not to make a realistic archive.
 */
public final class SourceTexts {
  private SourceTexts() {}

  /** Chunks are cut at sentence ends near this many characters, so that leads and fillers mix at sentence level. */
  static final int CHUNK_CHARS = 700;
  static final int MIN_TEXT_CHARS = 200;

  /** Texts per language (en, fr, ar), from {@code corporaDir} when it holds the corpora, else from the sample corpus. */
  public static Map<String, List<SourceDoc>> load(Path corporaDir, Path sampleCorpus) throws IOException {
    Map<String, List<SourceDoc>> byLang = new TreeMap<>();
    if (corporaDir != null && Files.isDirectory(corporaDir.resolve("reuters21578"))) {
      readProfile(corporaDir.resolve("fakes-syria/fakes-articles.csv"), "fakes", "en", "fakes", byLang);
      readReuters(corporaDir.resolve("reuters21578"), byLang);
      readProfile(corporaDir.resolve("gilets-jaunes-fr/gilets-jaunes-fr.jsonl.gz"), "newsplease", "fr", "gilets-jaunes", byLang);
      Path camille = findDir(corporaDir, "camille-be-fr");
      if (camille != null) {
        try (Stream<Path> files = Files.walk(camille)) {
          for (Path f : (Iterable<Path>) files.filter(p -> p.getFileName().toString().startsWith("KB_")).sorted()::iterator) {
            readProfile(f, "camille", "fr", "camille", byLang);
          }
        }
      }
      readProfile(corporaDir.resolve("ant-arabic/ant-arabic.jsonl.gz"), "newsplease", "ar", "ant", byLang);
      readProfile(corporaDir.resolve("saudinewsnet-ar/saudinewsnet-2015-08-09-11.jsonl.gz"), "newsplease", "ar",
          "saudinewsnet", byLang);
    } else {
      if (sampleCorpus == null || !Files.isDirectory(sampleCorpus)) {
        throw new IllegalArgumentException("neither the shared corpora (" + corporaDir + ") nor the sample corpus ("
            + sampleCorpus + ") is there: pass --corpora DIR or --sample DIR.");
      }
      for (String sub : new String[] {"jsonl", "csv", "text"}) {
        Path d = sampleCorpus.resolve(sub);
        if (!Files.isDirectory(d)) continue;
        try (Stream<Path> files = Files.list(d)) {
          for (Path f : (Iterable<Path>) files.sorted()::iterator) readProfile(f, "sample", null, "sample", byLang);
        }
      }
    }
    return byLang;
  }

  private static Path findDir(Path root, String name) {
    Path d = root.resolve(name);
    return Files.isDirectory(d) ? d : null;
  }

  /**
   * Reads one file through the product's readers (profile {@code profile}), before validation: undated records (most
   * of gilets-jaunes) are text all the same. Records the reader rejects are skipped.
   */
  static void readProfile(Path file, String profile, String lang, String origin, Map<String, List<SourceDoc>> out)
      throws IOException {
    if (!Files.isRegularFile(file)) {
      System.err.println("[make-corpus] skipped (absent): " + file);
      return;
    }
    FileIngest reader = new FileIngest(InputSpec.fromProfile(null, profile, Map.of()), null);
    try (java.io.InputStream in = Files.newInputStream(file)) {
      reader.read(file.toString(), in, new RecordSink() {
        @Override
        public void accept(RawArticle a) {
          add(out, lang != null ? lang : a.lang(), a.title(), a.text(), origin);
        }

        @Override
        public void reject(Rejection r) {}
      });
    }
  }

  private static final Pattern REUTERS = Pattern.compile("<REUTERS[^>]*>(.*?)</REUTERS>", Pattern.DOTALL);
  private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
  private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|lt|gt|amp|quot);");

  /** Reuters-21578 SGML: TITLE and BODY of each document; paragraphs start with an indented line. */
  static void readReuters(Path dir, Map<String, List<SourceDoc>> out) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().matches("reut2-\\d{3}(-full)?\\.sgm")).sorted().toList();
    }
    // reut2-003.sgm is truncated in the source repository; reut2-003-full.sgm replaces it (see SOURCE.txt).
    boolean full = files.stream().anyMatch(p -> p.getFileName().toString().equals("reut2-003-full.sgm"));
    for (Path f : files) {
      if (full && f.getFileName().toString().equals("reut2-003.sgm")) continue;
      String sgm = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
      Matcher doc = REUTERS.matcher(sgm);
      while (doc.find()) {
        Matcher body = BODY.matcher(doc.group(1));
        if (!body.find()) continue;
        Matcher title = TITLE.matcher(doc.group(1));
        String t = title.find() ? unescape(title.group(1)).trim() : null;
        String text = unescape(body.group(1)).replaceAll("\\s*Reuter\\s*$", "").replaceAll("\n {2,}", "\n\n");
        add(out, "en", t == null ? null : titleCase(t), text, "reuters21578");
      }
    }
  }

  private static String unescape(String s) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder b = new StringBuilder(s.length());
    while (m.find()) {
      String e = m.group(1);
      String r = switch (e) {
        case "lt" -> "<";
        case "gt" -> ">";
        case "amp" -> "&";
        case "quot" -> "\"";
        default -> {
          int c = Integer.parseInt(e.substring(1));
          yield c < 32 ? "" : String.valueOf((char) c);
        }
      };
      m.appendReplacement(b, Matcher.quoteReplacement(r));
    }
    m.appendTail(b);
    return b.toString();
  }

  /** Reuters titles are upper case; news titles are not. */
  private static String titleCase(String upper) {
    StringBuilder b = new StringBuilder(upper.length());
    boolean start = true;
    for (char c : upper.toCharArray()) {
      b.append(start ? c : Character.toLowerCase(c));
      start = c == ' ' || c == '-' || c == '/';
    }
    return b.toString();
  }

  static void add(Map<String, List<SourceDoc>> out, String lang, String title, String text, String origin) {
    if (text == null || text.length() < MIN_TEXT_CHARS || lang == null) return;
    List<String> chunks = chunks(text);
    if (chunks.isEmpty()) return;
    out.computeIfAbsent(lang, k -> new ArrayList<>()).add(new SourceDoc(lang, title, List.copyOf(chunks), origin));
  }

  /**
   * Paragraphs (blank-line or line separated; hard-wrapped lines within a paragraph joined), each cut at sentence
   * ends into pieces of about {@link #CHUNK_CHARS} characters.
   */
  static List<String> chunks(String text) {
    List<String> out = new ArrayList<>();
    String[] paras = text.contains("\n\n") ? text.split("\n\\s*\n") : text.split("\n");
    for (String p : paras) {
      String para = p.replaceAll("\\s*\n\\s*", " ").replaceAll("[ \t\u00a0]{2,}", " ").trim();
      if (para.length() < 20) continue;
      int start = 0;
      while (para.length() - start > CHUNK_CHARS * 3 / 2) {
        int cut = sentenceEnd(para, start + CHUNK_CHARS / 2, start + CHUNK_CHARS * 3 / 2);
        if (cut < 0) cut = spaceNear(para, start + CHUNK_CHARS);
        out.add(para.substring(start, cut).trim());
        start = cut;
      }
      String rest = para.substring(start).trim();
      if (!rest.isEmpty()) out.add(rest);
    }
    return out;
  }

  private static int sentenceEnd(String s, int from, int to) {
    for (int i = Math.min(to, s.length() - 2); i >= from; i--) {
      char c = s.charAt(i);
      if ((c == '.' || c == '!' || c == '?' || c == '\u061f') && s.charAt(i + 1) == ' ') return i + 1;
    }
    return -1;
  }

  private static int spaceNear(String s, int at) {
    int i = s.indexOf(' ', Math.min(at, s.length() - 1));
    return i < 0 ? s.length() : i;
  }
}
