package org.newsatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputSpecTest {
  @Test
  void bundledProfilesLoadAndOverridesWin() {
    InputSpec fakes = InputSpec.fromProfile(null, "fakes", Map.of("input.default.lang", "ar"));
    assertEquals(InputFormat.CSV, fakes.format());
    assertEquals("ar", fakes.get("default.lang"));
    assertEquals("article_content", fakes.mapping(InputFormat.CSV).sources("text").get(0));
    for (String p : new String[] {"auto", "newsplease", "camille", "text", "warc", "sample"}) {
      InputSpec.fromProfile(null, p, Map.of());
    }
  }

  @Test
  void userProfileInConfDirWins(@TempDir Path conf) throws IOException {
    Files.createDirectories(conf.resolve("inputs"));
    Files.writeString(conf.resolve("inputs/mine.properties"), "format=csv\ncsv.delimiter=;\n");
    InputSpec s = InputSpec.fromProfile(conf.toString(), "mine", Map.of());
    assertEquals(';', s.delimiter());
  }

  @Test
  void badValuesSayWhatToDo() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> InputSpec.fromProfile(null, "nosuch", Map.of()));
    assertTrue(e.getMessage().contains("conf/inputs/nosuch.properties"));
    assertThrows(IllegalArgumentException.class, () -> InputSpec.of(Map.of("format", "xml")));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> InputSpec.of(Map.of("mapping", "body=text")))
        .getMessage().contains("unknown field 'body'"));
    assertThrows(IllegalArgumentException.class, () -> InputSpec.of(Map.of("file.pattern", "(unclosed")));
    assertThrows(IllegalArgumentException.class, () -> InputSpec.of(Map.of("max.record.bytes", "lots")));
    assertThrows(IllegalArgumentException.class, () -> InputSpec.of(Map.of("date.order", "YMD")));
  }

  @Test
  void formatDetectionByNameThenMagic() throws IOException {
    assertEquals(InputFormat.JSONL, detect("a.jsonl.gz", ""));
    assertEquals(InputFormat.JSONL, detect("dir/a.json", ""));
    assertEquals(InputFormat.CSV, detect("a.CSV", ""));
    assertEquals(InputFormat.TEXT, detect("a.txt.bz2", ""));
    assertEquals(InputFormat.WARC, detect("CC-NEWS-2021.warc.gz", ""));
    assertEquals(InputFormat.WARC, detect("part-0001", "WARC/1.0\r\n"));
    assertEquals(InputFormat.JSONL, detect("part-0002", "\uFEFF  {\"a\":1}"));
    assertNull(detect("part-0003", "hello"));
    CollectingSink s = Fixtures.ingest(InputSpec.of(Map.of()), "part-0003", Fixtures.utf8("hello"), false);
    assertEquals(Map.of(Rejection.UNSUPPORTED_FORMAT, 1), s.reasons());
  }

  @Test
  void specTravelsToExecutors() throws Exception {
    InputSpec spec = InputSpec.fromProfile(null, "camille", Map.of("input.default.lang", "fr"));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(spec);
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      InputSpec back = (InputSpec) in.readObject();
      assertEquals(spec.asMap(), back.asMap());
      assertEquals(spec.fileNamePattern().pattern(), back.fileNamePattern().pattern());
    }
  }

  private static InputFormat detect(String name, String content) throws IOException {
    return InputFormat.detect(name, new BufferedInputStream(new ByteArrayInputStream(Fixtures.utf8(content))));
  }
}
