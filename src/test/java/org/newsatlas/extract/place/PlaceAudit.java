package org.newsatlas.extract.place;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsatlas.extract.Mention;

/**
 * Precision audit of the place extractor on real archives: runs it over the samples that
 * scripts/place-audit-sample.py writes (one TSV per corpus) and prints, per corpus, the most frequent
 * (surface → resolved name, country) pairs, for a person to judge. Not a test: a tool, run by hand.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.newsatlas.extract.place.PlaceAudit \
 *   GAZETTEER_BIN CONF_DIR SAMPLE_DIR [TOP]</pre>
 */
public final class PlaceAudit {
  private PlaceAudit() {}

  public static void main(String[] args) throws Exception {
    Gazetteer g = Gazetteer.load(Paths.get(args[0]));
    PlaceExtractor ex = new PlaceExtractor(g, args[1]);
    int top = args.length > 3 ? Integer.parseInt(args[3]) : 50;
    try (var files = Files.list(Paths.get(args[2]))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) audit(ex, f, top);
    }
  }

  private static void audit(PlaceExtractor ex, Path f, int top) throws Exception {
    Map<String, Integer> counts = new HashMap<>();
    int articles = 0, mentions = 0;
    try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        int tab = line.indexOf('\t');
        String lang = line.substring(0, tab);
        String text = unescape(line.substring(tab + 1));
        articles++;
        for (Mention m : ex.extract(text, lang)) {
          mentions++;
          counts.merge(m.surface() + " → " + m.name() + ", " + m.countryCode(), 1, Integer::sum);
        }
      }
    }
    List<Map.Entry<String, Integer>> rows = new ArrayList<>(counts.entrySet());
    rows.sort((a, b) -> b.getValue() - a.getValue() != 0 ? b.getValue() - a.getValue() : a.getKey().compareTo(b.getKey()));
    System.out.printf("== %s: %d articles, %d mentions, %d distinct pairs%n", f.getFileName(), articles, mentions, rows.size());
    for (int i = 0; i < Math.min(top, rows.size()); i++) {
      System.out.printf("%3d %5d  %s%n", i + 1, rows.get(i).getValue(), rows.get(i).getKey());
    }
  }

  private static String unescape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char d = s.charAt(++i);
        b.append(d == 'n' ? '\n' : d == 't' ? '\t' : d);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
