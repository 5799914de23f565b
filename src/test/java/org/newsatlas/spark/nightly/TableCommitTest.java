package org.newsatlas.spark.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commit protocol: a crash between any two steps ends, after recovery, in the old state or the new one. */
class TableCommitTest {
  @TempDir Path tmp;

  private static final class Crash extends RuntimeException {
    Crash(String step) {
      super("simulated crash at " + step);
    }
  }

  /** Live state: old partitions A and B of t, whole table u; the run replaces A, deletes B, adds C, replaces u. */
  private TableCommit prepare(Path root, String runId) throws IOException {
    write(root.resolve("t/week=A/part-0.parquet"), "old A");
    write(root.resolve("t/week=B/part-0.parquet"), "old B");
    write(root.resolve("t/_SUCCESS"), "");
    write(root.resolve("u/part-0.parquet"), "old u");
    TableCommit c = new TableCommit(root.toString(), runId, new Configuration());
    write(Path.of(c.stagedTable("t")).resolve("week=A/part-0.parquet"), "new A");
    write(Path.of(c.stagedTable("t")).resolve("week=C/part-0.parquet"), "new C");
    write(Path.of(c.stagedTable("u")).resolve("part-0.parquet"), "new u");
    return c;
  }

  private static List<TableCommit.Action> actions(TableCommit c) {
    return List.of(new TableCommit.Action("t", "week=A", c.isStaged("t", "week=A")),
        new TableCommit.Action("t", "week=B", c.isStaged("t", "week=B")),
        new TableCommit.Action("t", "week=C", c.isStaged("t", "week=C")),
        new TableCommit.Action("u", "", true));
  }

  private static final Map<String, String> OLD = Map.of("t/week=A/part-0.parquet", "old A",
      "t/week=B/part-0.parquet", "old B", "u/part-0.parquet", "old u");
  private static final Map<String, String> NEW = Map.of("t/week=A/part-0.parquet", "new A",
      "t/week=C/part-0.parquet", "new C", "u/part-0.parquet", "new u");

  @Test
  void commitWithoutCrashGivesTheNewStateAndCleansUp() throws IOException {
    Path root = tmp.resolve("out");
    TableCommit c = prepare(root, "r1");
    c.writeManifest(actions(c));
    c.apply();
    assertEquals(NEW, dataFiles(root));
    assertTrue(Files.exists(root.resolve("t/_SUCCESS")));
    assertFalse(Files.exists(root.resolve("_staging/r1")));
  }

  @Test
  void crashBetweenAnyTwoStepsRecoversToOldOrNewState() throws IOException {
    int steps = countSteps();
    assertTrue(steps >= 8, "expected the protocol to report its steps, got " + steps);
    for (int crashAt = 0; crashAt < steps; crashAt++) {
      Path root = tmp.resolve("crash-" + crashAt);
      TableCommit c = prepare(root, "r1");
      int[] n = {0};
      String[] where = {null};
      final int at = crashAt;
      c.withHook(step -> {
        if (n[0]++ == at) {
          where[0] = step;
          throw new Crash(step);
        }
      });
      boolean pastCommitPoint = false;
      try {
        c.writeManifest(actions(c));
        pastCommitPoint = true;
        c.apply();
      } catch (Crash e) {
        pastCommitPoint = pastCommitPoint || "manifest-committed".equals(where[0]);
      }
      // The next run recovers; recovery itself may crash and be retried: it must stay idempotent.
      try {
        TableCommit.recover(root.toString(), new Configuration(), step -> {
          if (step.startsWith("moved-in")) throw new Crash("recovery " + step);
        });
      } catch (Crash e) {
        // crashed again during recovery
      }
      List<TableCommit.Recovered> rec = TableCommit.recover(root.toString(), new Configuration(), step -> {});
      assertTrue(rec.size() <= 1);
      assertEquals(pastCommitPoint ? NEW : OLD, dataFiles(root), "crash at step " + crashAt + " (" + where[0] + ")");
      assertFalse(Files.exists(root.resolve("_staging/r1")), "staging left after recovery, crash at " + where[0]);
    }
  }

  @Test
  void stagingWithoutManifestIsRolledBack() throws IOException {
    Path root = tmp.resolve("rollback");
    prepare(root, "r2");
    List<TableCommit.Recovered> rec = TableCommit.recover(root.toString(), new Configuration(), step -> {});
    assertEquals(List.of(new TableCommit.Recovered("r2", false)), rec);
    assertEquals(OLD, dataFiles(root));
  }

  /**
   * The staging is the only evidence that an interrupted run was rolled forward: it stays until the caller has
   * recorded the outcome, so that a recovery killed while recording is told the same outcome next time.
   */
  @Test
  void theOutcomeIsReportedBeforeTheStagingGoes() throws IOException {
    Path root = tmp.resolve("settled");
    TableCommit c = prepare(root, "r3");
    c.writeManifest(actions(c));
    try {
      TableCommit.recover(root.toString(), new Configuration(), step -> {}, r -> {
        throw new Crash("recording " + r);
      });
    } catch (Crash e) {
      // killed while recording the outcome
    }
    assertEquals(NEW, dataFiles(root));
    assertTrue(Files.exists(root.resolve("_staging/r3")), "staging deleted before its outcome was recorded");
    List<TableCommit.Recovered> seen = new java.util.ArrayList<>();
    TableCommit.recover(root.toString(), new Configuration(), step -> {}, seen::add);
    assertEquals(List.of(new TableCommit.Recovered("r3", true)), seen);
    assertEquals(NEW, dataFiles(root));
    assertFalse(Files.exists(root.resolve("_staging/r3")));
  }

  private int countSteps() throws IOException {
    Path root = tmp.resolve("count");
    TableCommit c = prepare(root, "r0");
    int[] n = {0};
    c.withHook(step -> n[0]++);
    c.writeManifest(actions(c));
    c.apply();
    return n[0];
  }

  /** Data files under the root, outside the staging, with their content (what a reader of the tables sees). */
  private static Map<String, String> dataFiles(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        String rel = root.relativize(p).toString();
        if (Files.isRegularFile(p) && rel.endsWith(".parquet") && !rel.startsWith("_staging")) {
          out.put(rel, Files.readString(p));
        }
      }
    }
    return out;
  }

  private static void write(Path p, String content) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }
}
