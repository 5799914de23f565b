package org.newsatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsatlas.core.Settings;

/**
 * What a file yields must not depend on which other files the same task read before it: incremental runs read only
 * new files, in other groupings than a full rebuild, and both must give the same rows.
 */
class FileOrderIndependenceTest {
  static final Path SAMPLE = Path.of("src/test/resources/sample-corpus");

  @Test
  void eachFileYieldsTheSameRecordsAloneOrAfterOthers() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(SAMPLE)) {
      s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("README.md")).sorted().forEach(files::add);
    }
    InputSpec spec = InputSpec.fromProfile(null, "sample", Map.of());
    Settings settings = Settings.load(null, Map.of());
    Instant now = Instant.parse("2021-03-01T00:00:00Z");
    List<String> alone = new ArrayList<>();
    for (Path f : files) alone.addAll(ingest(new FileIngester(spec, settings, now), List.of(f)));
    List<Path> reversed = new ArrayList<>(files);
    Collections.reverse(reversed);
    List<String> together = ingest(new FileIngester(spec, settings, now), files);
    List<String> backwards = ingest(new FileIngester(spec, settings, now), reversed);
    Collections.sort(alone);
    Collections.sort(together);
    Collections.sort(backwards);
    assertEquals(alone, together);
    assertEquals(alone, backwards);
  }

  private static List<String> ingest(FileIngester ingester, List<Path> files) {
    List<String> out = new ArrayList<>();
    for (Path f : files) {
      String name = "file:" + f.toAbsolutePath();
      ingester.ingest(name, () -> Files.newInputStream(f), new FileIngester.Sink() {
        @Override
        public void accepted(NormalizedArticle a) {
          out.add("A " + a);
        }

        @Override
        public void rejected(Rejection r) {
          out.add("Q " + r);
        }
      });
    }
    return out;
  }
}
