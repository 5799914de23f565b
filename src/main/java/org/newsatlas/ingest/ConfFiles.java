package org.newsatlas.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsatlas.core.Resources;

/**
 * Reads the ingest's data files from {@code conf/}: word lists (one entry a line) and two-column TSV tables. Lines
 * starting with {@code #} are comments; blank lines are ignored. A missing file stops the job with its name.
 */
final class ConfFiles {
  private ConfFiles() {}

  static List<String> lines(String confDir, String relative) {
    List<String> out = new ArrayList<>();
    try (InputStream in = Resources.open(confDir, relative);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) continue;
        out.add(t);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read conf/" + relative + ": " + e.getMessage(), e);
    }
    return out;
  }

  /** First column → second column of a tab-separated file; rows without a tab are an error with the line shown. */
  static Map<String, String> tsv(String confDir, String relative) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : lines(confDir, relative)) {
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        throw new IllegalArgumentException("conf/" + relative + ": line '" + line + "' needs two tab-separated columns");
      }
      out.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
    }
    return out;
  }
}
