package org.newsatlas.spark;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;

/**
 * Finds a file given to {@code spark-submit --files} by its bare name, as a scheduler passes it ({@code --job
 * nightly.properties --set places.gazetteer=gazetteer.bin} with both under {@code --files}). In cluster deploy mode
 * YARN puts such files in the driver's working directory, where the bare name resolves as it is; in client mode they
 * go to the executors only, and the driver must read them where the submitter had them: the entries of
 * {@code spark.files} (standalone, Kubernetes) or {@code spark.yarn.dist.files} (YARN), which spark-submit hands to
 * the driver as system properties.
 */
public final class SubmittedFiles {
  private SubmittedFiles() {}

  /**
   * {@code path} itself when it exists, has a scheme ({@code hdfs://...}) or a folder in it; else the local file of
   * that name listed in {@code --files}, when there is one; else {@code path} unchanged (the caller reports it).
   */
  public static String resolve(String path) {
    if (path == null || path.contains("://") || path.contains("/") || Files.exists(Path.of(path))) return path;
    for (String key : new String[] {"spark.files", "spark.yarn.dist.files"}) {
      for (Path local : localFiles(System.getProperty(key, ""))) {
        if (local.getFileName() != null && local.getFileName().toString().equals(path) && Files.isRegularFile(local)) {
          return local.toString();
        }
      }
    }
    return path;
  }

  /**
   * True when the local file {@code path} is one of a context's {@code spark.files}, which it shipped to its executors
   * when it started: adding it again only draws Spark's warning that it "has been added already".
   */
  public static boolean shipped(SparkConf conf, String path) {
    if (path.contains("://")) return false;
    Path wanted = Path.of(path).toAbsolutePath().normalize();
    for (Path local : localFiles(conf.get("spark.files", ""))) {
      if (local.toAbsolutePath().normalize().equals(wanted)) return true;
    }
    return false;
  }

  /** The local files of a comma-separated list of paths and URIs (as spark-submit writes --files); others left out. */
  private static List<Path> localFiles(String list) {
    List<Path> out = new ArrayList<>();
    for (String entry : list.split(",")) {
      Path local = localPath(entry.trim());
      if (local != null) out.add(local);
    }
    return out;
  }

  private static Path localPath(String entry) {
    if (entry.isEmpty()) return null;
    try {
      URI uri = URI.create(entry.replace(" ", "%20"));
      if (uri.getScheme() == null) return Path.of(entry);
      return "file".equals(uri.getScheme()) ? Path.of(uri) : null;
    } catch (IllegalArgumentException e) {
      return Path.of(entry);
    }
  }
}
