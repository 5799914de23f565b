package org.newsatlas.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.newsatlas.core.Resources;

/** Reads the project's TSV resources: '#' starts a comment line, blank lines are skipped, fields are tab-separated. */
public final class TsvLexicon {
  private TsvLexicon() {}

  /** The rows of {@code conf/<relative>}, each split on tabs (trailing empty fields kept). */
  public static List<String[]> rows(String confDir, String relative) {
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Resources.open(confDir, relative), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t", -1);
        for (int i = 0; i < f.length; i++) f[i] = f[i].trim();
        out.add(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read conf/" + relative + ": " + e.getMessage(), e);
    }
    return out;
  }

  /** Field {@code i} or {@code ""} when the row is shorter. */
  public static String field(String[] row, int i) {
    return i < row.length ? row[i] : "";
  }
}
