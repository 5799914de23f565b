package org.newsatlas.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkFiles;

/**
 * Ships the user's {@code --conf-dir} to every executor with the job, so that a run on a cluster uses the same
 * lexicons as the driver and not, silently, the copies bundled in the jar. Spark cannot ship a local folder to a
 * cluster, so the folder travels as a zip archive ({@code addArchive}) that each executor unpacks once.
 */
public final class ConfShipping {
  private ConfShipping() {}

  /** Ships {@code confDir} (a driver-local folder) and returns the name executors resolve; null when none. */
  public static String ship(SparkContext sc, String confDir) {
    if (confDir == null) return null;
    Path dir = Path.of(confDir).toAbsolutePath().normalize();
    try {
      Path zip = Files.createTempDirectory("newsatlas-conf").resolve("newsatlas-conf-" + sc.applicationId() + ".zip");
      String name = zip.getFileName().toString();
      boolean shipped = scala.collection.JavaConverters.seqAsJavaList(sc.listArchives()).stream()
          .anyMatch(f -> f.endsWith("/" + name));
      if (!shipped) {
        zipFolder(dir, zip);
        sc.addArchive(zip.toUri().toString());
      }
      return name;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot package --conf-dir " + dir + " for the executors", e);
    }
  }

  /** On an executor: the local, unpacked copy of a shipped conf folder, or null. */
  public static String local(String shippedName) {
    return shippedName == null ? null : SparkFiles.get(shippedName);
  }

  private static void zipFolder(Path dir, Path zip) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
      for (Path f : files) {
        z.putNextEntry(new ZipEntry(dir.relativize(f).toString().replace('\\', '/')));
        Files.copy(f, z);
        z.closeEntry();
      }
    }
  }
}
