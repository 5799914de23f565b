package org.newsatlas.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConcurrentWritesTest extends SparkTestBase {

  @Test
  void countsComeBackInTheGivenOrderWhateverFinishesFirst() {
    Map<String, Callable<Long>> writes = new LinkedHashMap<>();
    writes.put("slow", () -> {
      Thread.sleep(200);
      return 1L;
    });
    writes.put("fast", () -> 2L);
    writes.put("third", () -> 3L);
    Map<String, Long> counts = ConcurrentWrites.run(writes, 2);
    assertEquals(List.of("slow", "fast", "third"), new ArrayList<>(counts.keySet()));
    assertEquals(List.of(1L, 2L, 3L), new ArrayList<>(counts.values()));
  }

  @Test
  void twoWritesAreInFlightAtOnce() {
    // Each write waits for the other to start: one after the other, this would time out.
    CountDownLatch both = new CountDownLatch(2);
    Callable<Long> write = () -> {
      both.countDown();
      return both.await(10, TimeUnit.SECONDS) ? 1L : 0L;
    };
    Map<String, Callable<Long>> writes = new LinkedHashMap<>();
    writes.put("a", write);
    writes.put("b", write);
    assertEquals(Map.of("a", 1L, "b", 1L), ConcurrentWrites.run(writes, 2));
  }

  @Test
  void aFailureIsRethrownAfterTheOtherWritesEnd() {
    IllegalStateException boom = new IllegalStateException("disk full");
    AtomicInteger finished = new AtomicInteger();
    Map<String, Callable<Long>> writes = new LinkedHashMap<>();
    writes.put("bad", () -> {
      throw boom;
    });
    writes.put("good", () -> {
      Thread.sleep(100);
      finished.incrementAndGet();
      return 1L;
    });
    assertSame(boom, assertThrows(IllegalStateException.class, () -> ConcurrentWrites.run(writes, 2)));
    assertEquals(1, finished.get());
  }

  @Test
  void writesRunInTheCallersJobGroup() {
    // The metrics listener and the console attribute jobs to a stage by its job group.
    sc().setJobGroup("aggregate", "newsatlas aggregate", false);
    try {
      Map<String, Callable<Long>> writes = new LinkedHashMap<>();
      for (String t : List.of("a", "b")) {
        writes.put(t, () -> "aggregate".equals(sc().getLocalProperty("spark.jobGroup.id"))
            ? spark().range(10).count() : -1L);
      }
      assertEquals(Map.of("a", 10L, "b", 10L), ConcurrentWrites.run(writes, 2));
    } finally {
      sc().clearJobGroup();
    }
    assertTrue(sc().getLocalProperty("spark.jobGroup.id") == null);
  }
}
