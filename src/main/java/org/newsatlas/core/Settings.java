package org.newsatlas.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Run configuration: the defaults of {@code conf/newsatlas.properties} (bundled in the jar, so executors have them),
 * then the same file in a user's {@code --conf-dir}, then {@code --set key=value} overrides. Immutable and
 * serialisable, so it travels to executors inside a job's closure.
 */
public final class Settings implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String FILE = "newsatlas.properties";

  private final Map<String, String> values;
  private final String confDir;

  private Settings(Map<String, String> values, String confDir) {
    this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    this.confDir = confDir;
  }

  /** Loads defaults, then {@code confDir/newsatlas.properties} if it exists, then the overrides. */
  public static Settings load(Path confDir, Map<String, String> overrides) {
    Map<String, String> v = new TreeMap<>();
    try (InputStream in = Settings.class.getResourceAsStream("/conf/" + FILE)) {
      if (in != null) putAll(v, in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled conf/" + FILE, e);
    }
    if (confDir != null) {
      Path file = confDir.resolve(FILE);
      if (Files.isRegularFile(file)) {
        try (InputStream in = Files.newInputStream(file)) {
          putAll(v, in);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + file, e);
        }
      }
    }
    if (overrides != null) v.putAll(overrides);
    return new Settings(v, confDir == null ? null : confDir.toAbsolutePath().toString());
  }

  /** The same settings read from another conf folder (an executor's local copy of the shipped one). */
  public Settings withConfDir(String dir) {
    return new Settings(values, dir);
  }

  public static Settings of(Map<String, String> values) {
    return new Settings(values, null);
  }

  private static void putAll(Map<String, String> target, InputStream in) throws IOException {
    Properties p = new Properties();
    try (Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    for (String k : p.stringPropertyNames()) target.put(k, p.getProperty(k).trim());
  }

  public String get(String key, String dflt) {
    String v = values.get(key);
    return v == null || v.isEmpty() ? dflt : v;
  }

  public String get(String key) {
    return values.get(key);
  }

  public int getInt(String key, int dflt) {
    String v = values.get(key);
    if (v == null || v.isBlank()) return dflt;
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("setting " + key + " must be a whole number, not '" + v + "'");
    }
  }

  public double getDouble(String key, double dflt) {
    String v = values.get(key);
    if (v == null || v.isBlank()) return dflt;
    try {
      return Double.parseDouble(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("setting " + key + " must be a number, not '" + v + "'");
    }
  }

  public boolean getBoolean(String key, boolean dflt) {
    String v = values.get(key);
    return v == null || v.isBlank() ? dflt : Boolean.parseBoolean(v.trim());
  }

  /** The user's conf directory, or null when only the bundled defaults apply. */
  public String confDir() {
    return confDir;
  }

  public Map<String, String> asMap() {
    return values;
  }
}
