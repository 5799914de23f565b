package org.newsatlas.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsatlas.core.Home;
import org.newsatlas.core.Settings;
import picocli.CommandLine.Option;

/** Options every Spark command takes: where the tables are, which master, which configuration. */
public final class CommonOptions {
  @Option(names = {"-o", "--out"}, paramLabel = "DIR",
      description = "Output root holding one folder per table (local path, hdfs://, s3a://...). Default: ${DEFAULT-VALUE}.",
      defaultValue = "newsatlas-out")
  String out;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (local[*], spark://host:7077, yarn, k8s://...). Default: spark-submit's, else local[*].")
  String master;

  @Option(names = "--conf-dir", paramLabel = "DIR",
      description = "Directory overriding the bundled conf/ (lexicons, aliases, newsatlas.properties). Default: ./conf when present.")
  Path confDir;

  @Option(names = "--set", paramLabel = "KEY=VALUE", mapFallbackValue = "",
      description = "Override one setting of conf/newsatlas.properties for this run (repeatable).")
  Map<String, String> overrides = new LinkedHashMap<>();

  Settings settings() {
    Path dir = confDir;
    if (dir == null && Files.isDirectory(Home.resolve("conf"))) dir = Home.resolve("conf");
    if (confDir != null && !Files.isDirectory(confDir)) {
      throw new UserError("--conf-dir " + confDir + " is not a directory.");
    }
    return Settings.load(dir, overrides);
  }
}
