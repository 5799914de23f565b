package org.newsatlas.spark;

import java.nio.file.Path;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkFiles;

/**
 * Ships the user's {@code --conf-dir} to every executor with the job ({@code addFile}, recursive), so that a run on a
 * cluster uses the same lexicons as the driver, not silently the copies bundled in the jar.
 */
public final class ConfShipping {
  private ConfShipping() {}

  /** Ships {@code confDir} (a driver-local folder) and returns the name executors resolve; null when none. */
  public static String ship(SparkContext sc, String confDir) {
    if (confDir == null) return null;
    Path p = Path.of(confDir).toAbsolutePath().normalize();
    String name = p.getFileName().toString();
    boolean shipped = scala.collection.JavaConverters.seqAsJavaList(sc.listFiles()).stream()
        .anyMatch(f -> f.endsWith("/" + name) || f.endsWith("/" + name + "/"));
    if (!shipped) sc.addFile(p.toUri().toString(), true);
    return name;
  }

  /** On an executor: the local copy of a shipped conf folder, or null. */
  public static String local(String shippedName) {
    return shippedName == null ? null : SparkFiles.get(shippedName);
  }
}
