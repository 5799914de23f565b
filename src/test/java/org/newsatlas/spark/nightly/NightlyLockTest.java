package org.newsatlas.spark.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsatlas.cli.Main;
import org.newsatlas.spark.SampleCorpus;

/** One nightly run per output root: a second is refused naming the holder; a dead run's lock is taken over. */
class NightlyLockTest {
  @TempDir Path tmp;

  private static final Configuration CONF = new Configuration();
  private static final Duration TEN_MIN = Duration.ofMinutes(10);

  private OutputLock acquire(String runId, Duration staleAfter) {
    return OutputLock.acquire(tmp.toString(), runId, CONF, staleAfter);
  }

  private void writeLock(OutputLock.Holder h) throws Exception {
    Files.writeString(tmp.resolve(OutputLock.FILE), h.text());
  }

  @Test
  void aSecondRunIsRefusedNamingTheHolderAndHowToRecover() {
    try (OutputLock a = acquire("run-a", TEN_MIN)) {
      OutputLock.HeldException e = assertThrows(OutputLock.HeldException.class, () -> acquire("run-b", TEN_MIN));
      assertTrue(e.getMessage().contains("run-a"), e.getMessage());
      assertTrue(e.getMessage().contains(tmp.resolve(OutputLock.FILE).toString()), e.getMessage());
      assertTrue(e.getMessage().contains("delete"), e.getMessage());
      assertTrue(e.getMessage().contains("10 min"), e.getMessage());
      a.verify(); // still a's
    }
    assertFalse(Files.exists(tmp.resolve(OutputLock.FILE)), "released lock left behind");
    try (OutputLock b = acquire("run-b", TEN_MIN)) {
      assertNull(b.tookOver());
      b.verify();
    }
  }

  @Test
  void aKilledRunsLockOnThisHostIsTakenOverAtOnce() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    writeLock(new OutputLock.Holder("run-killed", OutputLock.localHost(), p.pid(), 0, Instant.now()));
    try (OutputLock b = acquire("run-b", TEN_MIN)) {
      assertNotNull(b.tookOver());
      assertTrue(b.tookOver().contains("run-killed") && b.tookOver().contains("gone"), b.tookOver());
      b.verify();
    }
  }

  @Test
  void anotherHostsLockIsTakenOverOnlyWhenItsHeartbeatIsOld() throws Exception {
    writeLock(new OutputLock.Holder("run-far", "some-other-host", 1, 0, Instant.now()));
    assertThrows(OutputLock.HeldException.class, () -> acquire("run-b", TEN_MIN));
    Files.setLastModifiedTime(tmp.resolve(OutputLock.FILE), FileTime.from(Instant.now().minus(Duration.ofMinutes(11))));
    try (OutputLock b = acquire("run-b", TEN_MIN)) {
      assertTrue(b.tookOver().contains("run-far") && b.tookOver().contains("no heartbeat"), b.tookOver());
    }
  }

  @Test
  void theHeartbeatKeepsALiveRunsLockFresh() throws Exception {
    // Same host and a live process (this JVM): only the age rule could free it, and the heartbeat keeps it young.
    Duration short_ = Duration.ofMillis(1500);
    try (OutputLock a = acquire("run-a", short_)) {
      Thread.sleep(2500);
      assertThrows(OutputLock.HeldException.class, () -> acquire("run-b", short_));
      a.verify();
    }
  }

  @Test
  void aRunThatLostItsLockDoesNotCommitNorDeleteTheNewHoldersLock() throws Exception {
    OutputLock a = acquire("run-a", TEN_MIN);
    Files.delete(tmp.resolve(OutputLock.FILE)); // as if taken over while run-a stalled
    try (OutputLock b = acquire("run-b", TEN_MIN)) {
      IllegalStateException e = assertThrows(IllegalStateException.class, a::verify);
      assertTrue(e.getMessage().contains("run-b"), e.getMessage());
      a.close();
      assertTrue(Files.exists(tmp.resolve(OutputLock.FILE)), "run-a deleted run-b's lock");
      b.verify();
    }
  }

  @Test
  void ofManyRunsStartingTogetherExactlyOneGetsTheLock() throws Exception {
    int n = 8;
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<OutputLock>> tries = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = "run-" + i;
      tries.add(pool.submit(() -> {
        go.await();
        try {
          return acquire(id, TEN_MIN);
        } catch (OutputLock.HeldException e) {
          return null;
        }
      }));
    }
    go.countDown();
    List<OutputLock> got = new ArrayList<>();
    for (Future<OutputLock> f : tries) if (f.get() != null) got.add(f.get());
    pool.shutdown();
    assertEquals(1, got.size());
    got.get(0).verify();
    got.get(0).close();
  }

  @Test
  void theCommandRefusesWithExitCode75AndWritesNothing() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(SampleCorpus.GAZETTEER), "gazetteer absent: run scripts/fetch-geonames.sh and gazetteer build");
    try (OutputLock a = acquire("run-a", TEN_MIN)) {
      PrintStream old = System.err;
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code;
      try {
        code = Main.execute("nightly", "--profile", "sample", "--input", SampleCorpus.ROOT.resolve("jsonl").toString(),
            "--out", tmp.toString(), "--set", "places.gazetteer=" + SampleCorpus.GAZETTEER, "--master", "local[1]");
      } finally {
        System.setErr(old);
      }
      String msg = err.toString(StandardCharsets.UTF_8);
      assertEquals(Main.LOCKED, code, msg);
      assertTrue(msg.contains("another nightly run holds") && msg.contains("run-a"), msg);
      assertFalse(Files.exists(tmp.resolve("runs")), "a refused run wrote to runs");
      a.verify();
    }
  }
}
