package org.newsatlas.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The JVM options Spark needs on Java 17 are written twice: in {@code scripts/lib/jvm-flags.sh} (the launcher, the
 * bench and the cluster script) and in the pom's {@code spark.java17.opens} (surefire and failsafe need a Maven
 * property). A flag added to one only would fail where the other is used, on a cluster or in the tests: keep them
 * equal. This JVM was started by surefire with the pom's list, so its own arguments are that list.
 */
class Java17OpensTest {

  @Test
  void launcherScriptsAndPomPassTheSameJava17Options() throws IOException, InterruptedException {
    TreeSet<String> pom = new TreeSet<>();
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("--add-opens") || a.startsWith("--add-exports") || a.equals("-XX:+IgnoreUnrecognizedVMOptions")
          || a.startsWith("-Djdk.reflect.")) {
        pom.add(a);
      }
    }
    assertTrue(pom.size() > 5, "surefire did not pass the pom's spark.java17.opens to this JVM: " + pom);

    var script = SampleCorpus.PROJECT.resolve("scripts/lib/jvm-flags.sh");
    assertTrue(Files.isRegularFile(script), script + " is missing");
    Process p = new ProcessBuilder("bash", "-c", ". \"$1\" && printf '%s' \"$JAVA17_OPENS\"", "bash", script.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), "sourcing " + script + " failed");
    TreeSet<String> scripts = new TreeSet<>(Arrays.asList(out.trim().split("\\s+")));

    assertEquals(pom, scripts, "pom.xml's spark.java17.opens and JAVA17_OPENS in scripts/lib/jvm-flags.sh differ");
  }
}
