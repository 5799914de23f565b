package org.newsatlas.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar a driver started without spark-submit ships to a cluster's executors. */
class ApplicationJarTest {
  @TempDir Path dir;

  @Test
  void theClusterJarBesideTheRunningJarIsShipped() throws Exception {
    Path running = Files.writeString(dir.resolve("newsatlas.jar"), "");
    Path cluster = Files.writeString(dir.resolve(ApplicationJar.CLUSTER_JAR), "");
    assertEquals(cluster.toUri().toString(), ApplicationJar.forExecutors("spark://h:7077", running));
  }

  @Test
  void withoutOneTheRunStopsWithWhatToDo() throws Exception {
    Path running = Files.writeString(dir.resolve("newsatlas.jar"), "");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ApplicationJar.forExecutors("spark://h:7077", running));
    assertTrue(e.getMessage().contains("spark://h:7077") && e.getMessage().contains("spark-submit")
        && e.getMessage().contains("mvn -DskipTests package"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ApplicationJar.forExecutors("yarn", null));
  }
}
