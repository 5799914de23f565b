package org.newsatlas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A run stopped by SIGTERM, as a scheduler's timeout stops it: it says so in one line and exits with 143, instead of
 * printing the errors of Spark's tasks failing under a context stopped by the shutdown hook.
 */
class StoppedRunIT {
  static final Path PROJECT = StandaloneClusterIT.PROJECT;
  static final Path SAMPLE = StandaloneClusterIT.SAMPLE;

  @Test
  void sigtermDuringAStageStopsTheRunWithOneLineAndExitCode143() throws Exception {
    Path out = Files.createTempDirectory("newsatlas-stopped");
    ProcessBuilder pb = new ProcessBuilder(List.of(PROJECT.resolve("scripts/newsatlas").toString(), "run",
        "--profile", "sample", "--input", SAMPLE.resolve("jsonl").toString(), "--out", out.toString(),
        "--set", StandaloneClusterIT.GAZETTEER))
        .directory(PROJECT.toFile()).redirectErrorStream(true);
    pb.environment().put("NEWSATLAS_CDS", "0"); // the JVM in the launcher's place, as a scheduler would signal it
    Process p = pb.start();
    StringBuilder log = new StringBuilder();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      boolean signalled = false;
      for (String line; (line = r.readLine()) != null; ) {
        log.append(line).append('\n');
        if (!signalled && line.startsWith("[newsatlas] extract")) { // Spark jobs are running
          p.toHandle().destroy(); // SIGTERM, leaving the output stream open (Process.destroy closes it)
          signalled = true;
        }
      }
      assertTrue(signalled, "the run never reached the extract stage:\n" + log);
    }
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "still running after SIGTERM:\n" + log);
    assertEquals(143, p.exitValue(), log.toString());
    assertTrue(log.toString().contains("[newsatlas] stopping: the JVM was asked to exit (SIGTERM or Ctrl-C) while `run`"),
        log.toString());
    // Not asserted: the stage's own "stopped in" line, which the main thread prints only if it gets there before
    // the JVM halts at the end of the shutdown hooks.
    for (String noise : List.of("Exception", "ERROR", "failed")) {
      assertFalse(log.toString().contains(noise), "'" + noise + "' in the output of a stopped run:\n" + log);
    }
  }
}
