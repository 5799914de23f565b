package org.newsatlas.spark;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The jar a cluster's executors need when newsatlas runs its driver itself ({@code scripts/newsatlas run --master
 * spark://...}) instead of under spark-submit, which ships the application jar on its own. Without it the first task
 * fails with an obscure ClassCastException ("cannot assign instance of java.lang.invoke.SerializedLambda"): the
 * executors cannot load the job's classes. The cluster jar (the application and its libraries, Spark left out) is
 * built next to the embedded one ({@code target/newsatlas-cluster.jar} beside {@code target/newsatlas.jar}).
 */
public final class ApplicationJar {
  private ApplicationJar() {}

  static final String CLUSTER_JAR = "newsatlas-cluster.jar";

  /** The cluster jar beside the jar this class was loaded from; a clear error when there is none. */
  public static String forExecutors(String master) {
    return forExecutors(master, codeSource());
  }

  /** The same for the application loaded from {@code here} (a jar, or a classes folder in development). */
  static String forExecutors(String master, Path here) {
    Path jar = here == null || here.getParent() == null ? null : here.getParent().resolve(CLUSTER_JAR);
    if (jar == null || !Files.isRegularFile(jar)) {
      throw new IllegalArgumentException("running on " + master + " needs the application jar on the executors, and "
          + "there is no " + CLUSTER_JAR + (here == null ? "" : " beside " + here) + ": build it with `mvn -DskipTests "
          + "package`, use spark-submit (see the README, \"Running on a cluster\"), or give --conf spark.jars=<jar>.");
    }
    return jar.toUri().toString();
  }

  private static Path codeSource() {
    try {
      var source = ApplicationJar.class.getProtectionDomain().getCodeSource();
      return source == null ? null : Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
      return null;
    }
  }
}
