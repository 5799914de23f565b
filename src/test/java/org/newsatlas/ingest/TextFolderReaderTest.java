package org.newsatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsatlas.ingest.Fixtures.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsatlas.core.Settings;

class TextFolderReaderTest {
  static final String FR = "L'armée irakienne a annoncé mardi l'arrestation de trois suspects à Kirkouk. "
      + "Selon le ministère, les hommes préparaient une attaque contre un poste de police.";

  @Test
  void camilleStyleNamesGiveOutletAndDateAndOtherNamesAreQuarantined(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("KB_JB729_1921-07-07_01-00002.txt"), FR);
    Files.writeString(dir.resolve("KB_JB555A_1915-03-01_01-00001.txt"), FR);
    Files.writeString(dir.resolve("_README.txt"), "Ce dossier contient des pages.");
    Files.write(dir.resolve("KB_JB838_1930-01-02_01-00003.txt"), new byte[] {'a', 0, 0, 0, 'b'});
    Files.write(dir.resolve("KB_JB838_1930-01-03_01-00003.txt"), "Caf\u00e9".getBytes("ISO-8859-1"));
    Files.writeString(dir.resolve("KB_JB838_1930-01-04_01-00003.txt"), "  \n\n ");
    CollectingSink s = ingestDir(InputSpec.fromProfile(null, "camille", Map.of()), dir);
    assertEquals(2, s.accepted.size());
    assertEquals(Map.of(Rejection.UNMATCHED_FILE_NAME, 1, Rejection.BINARY_CONTENT, 1, Rejection.INVALID_ENCODING, 1,
        Rejection.EMPTY_TEXT, 1), s.reasons());
    NormalizedArticle a = s.accepted.stream().filter(x -> x.sourceFile().contains("JB729")).findFirst().orElseThrow();
    assertEquals("le-vingtieme-siecle", a.outlet());
    assertEquals("1921-07-07T00:00:00Z", a.publishedAt().toString());
    assertEquals("fr", a.lang());
    NormalizedArticle b = s.accepted.stream().filter(x -> x.sourceFile().contains("JB555A")).findFirst().orElseThrow();
    assertEquals("l-independance-belge-edite-en-angleterre", b.outlet());
  }

  @Test
  void sidecarAndFirstLineTitle(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("story.txt"), "Protest in Basra\n\nHundreds of people marched in Basra on Friday"
        + " to protest against power cuts, witnesses said.");
    Files.writeString(dir.resolve("story.meta.json"),
        "{\"url\":\"https://m.example.iq/p/1\",\"date_publish\":\"2021-01-08 14:00:00\",\"language\":\"en\"}");
    Files.writeString(dir.resolve("orphan.txt"), "No date and no outlet for this one, which the army denied.");
    CollectingSink s = ingestDir(InputSpec.fromProfile(null, "text", Map.of("title.first.line", "true")), dir);
    assertEquals(1, s.accepted.size());
    assertEquals(Map.of(Rejection.MISSING_DATE, 1), s.reasons());
    NormalizedArticle a = s.accepted.get(0);
    assertEquals("Protest in Basra", a.title());
    assertEquals("example.iq", a.outlet());
    assertEquals("2021-01-08T14:00:00Z", a.publishedAt().toString());
    assertEquals(true, a.text().startsWith("Hundreds"));
  }

  @Test
  void sidecarFoundThroughAnUnencodedFileUri(@TempDir Path tmp) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("a folder é"));
    Files.writeString(dir.resolve("x.txt"), FR);
    Files.writeString(dir.resolve("x.meta.json"), "{\"date\":\"2021-01-05\",\"outlet\":\"lemonde.fr\"}");
    InputSpec spec = InputSpec.fromProfile(null, "text", Map.of());
    CollectingSink s = new CollectingSink(new ArticleNormalizer(Settings.load(null, Map.of()), spec),
        RealCorporaTest.NOW);
    try (InputStream in = Files.newInputStream(dir.resolve("x.txt"))) {
      new FileIngest(spec, null).read("file:" + dir.resolve("x.txt"), in, s); // as Hadoop prints a local path
    }
    assertEquals(1, s.accepted.size(), s.reasons().toString());
    assertEquals("lemonde.fr", s.accepted.get(0).outlet());
  }

  @Test
  void defaultsFromTheCommandLineCoverASingleBareFile(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("000_abc.txt"), FR);
    CollectingSink s = ingestDir(InputSpec.fromProfile(null, "text",
        Map.of("input.default.date", "2021-01-27", "input.default.outlet", "Le Monde")), dir);
    assertEquals(1, s.accepted.size());
    assertEquals("lemonde.fr", s.accepted.get(0).outlet());
    assertEquals("2021-W04", s.accepted.get(0).week());
  }

  static CollectingSink ingestDir(InputSpec spec, Path dir) throws IOException {
    CollectingSink sink = new CollectingSink(new ArticleNormalizer(Settings.load(null, Map.of()), spec),
        RealCorporaTest.NOW);
    FileIngest ingest = new FileIngest(spec, null);
    for (Path f : RealCorporaTest.files(dir)) {
      try (InputStream in = Files.newInputStream(f)) {
        ingest.read(f.toString(), in, sink);
      }
    }
    return sink;
  }
}
