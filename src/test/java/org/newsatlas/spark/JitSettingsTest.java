package org.newsatlas.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The launcher's JIT settings name the same methods twice: {@code scripts/lib/jit-directives.json} refuses them to
 * C2, and {@code scripts/lib/jit-commands} lowers their compile thresholds so that C1's plain code replaces its
 * profiling code sooner. A pattern in one file only would leave a method either profiled for a C2 that refuses it,
 * or compiled sooner by C2: keep the two lists equal. Also starts the launcher's JVM flags once, so that a file the
 * JVM cannot parse fails here and not in a user's run.
 */
class JitSettingsTest {
  private static final Path LIB = SampleCorpus.PROJECT.resolve("scripts/lib");

  @Test
  void thresholdScalingCoversExactlyTheMethodsRefusedToC2() throws IOException {
    TreeSet<String> refused = new TreeSet<>();
    String directives = Files.readString(LIB.resolve("jit-directives.json"), StandardCharsets.UTF_8);
    Matcher match = Pattern.compile("match:\\s*\\[([^\\]]*)\\]").matcher(directives);
    assertTrue(match.find(), "no match list in jit-directives.json");
    Matcher quoted = Pattern.compile("\"([^\"]+)\"").matcher(match.group(1));
    while (quoted.find()) refused.add(quoted.group(1));
    assertTrue(directives.contains("Exclude: true") && refused.size() > 3,
        "jit-directives.json refuses no C2: " + refused);

    TreeSet<String> scaled = new TreeSet<>();
    for (String line : Files.readAllLines(LIB.resolve("jit-commands"), StandardCharsets.UTF_8)) {
      String[] f = line.split(",");
      if (f[0].equals("CompileThresholdScaling")) {
        scaled.add(f[1]);
        assertEquals(3, f.length, line);
        assertTrue(Double.parseDouble(f[2]) < 1, "a threshold scaled up, not down: " + line);
      }
    }
    assertEquals(refused, scaled, "jit-directives.json and jit-commands name different methods");
  }

  @Test
  void theJvmAcceptsTheLaunchersJitFlags() throws IOException, InterruptedException {
    Process p = new ProcessBuilder("bash", "-c", ". \"$1\" && exec java $NEWSATLAS_JIT -XX:+DisplayVMOutput -version",
        "bash", LIB.resolve("jvm-flags.sh").toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    // The launcher silences the VM's output (-DisplayVMOutput), a parse error of a compile command with it: the
    // JVM would run on without the line.
    assertTrue(!out.contains("An error occurred") && !out.contains("Unrecognized"), out);
    assertTrue(out.contains("compiler directives added"), "the directives were not read: " + out);
  }
}
