package org.newsatlas.extract.place;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.newsatlas.extract.Mention;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Scores the place extractor on a geoparsing gold corpus in the XML format of Gritta et al.'s release (TR-News:
 * {@code <toponym>} with {@code <gaztag>}; GeoVirus: {@code <location>}). Recognition: a predicted span overlapping a
 * gold toponym of the same article, each matched once; because some gold offsets are shifted (GeoVirus by one char,
 * TR-News by up to ten), a prediction with the gold phrase within ten chars also matches. Resolution: matched gold
 * toponyms with coordinates, resolved within 161 km (100 miles), and the median error.
 */
public final class GeoparsingEval {
  private GeoparsingEval() {}

  /** Allowed shift of gold offsets when the phrase itself is found. */
  private static final int SHIFT = 10;
  public static final double KM_THRESHOLD = 161;

  /** A gold toponym. */
  public record Gold(String phrase, int start, int end, Double lat, Double lon) {}

  /** The measured figures, plus the errors for inspection. */
  public record Result(String corpus, int articles, int gold, int predicted, int matched, int withCoords,
      int within161, double medianKm, int pointCoords, int pointWithin161, List<String> falsePositives,
      List<String> falseNegatives, List<String> resolutionErrors, Map<String, Integer> methods) {
    public double precision() {
      return predicted == 0 ? 0 : (double) matched / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) matched / gold;
    }

    public double f1() {
      double p = precision(), r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double accuracy161() {
      return withCoords == 0 ? 0 : (double) within161 / withCoords;
    }

    public String report() {
      return String.format(Locale.ROOT,
          "%s: %d articles, %d gold toponyms, %d predicted%n  recognition P %.3f R %.3f F1 %.3f%n"
              + "  resolution  %d/%d within 161 km = %.3f, median error %.1f km%n"
              + "  resolution of towns and sites only (areas' reference points vary between gazetteers): %d/%d = %.3f%n"
              + "  methods %s%n",
          corpus, articles, gold, predicted, precision(), recall(), f1(), within161, withCoords, accuracy161(), medianKm,
          pointWithin161, pointCoords, pointCoords == 0 ? 0 : (double) pointWithin161 / pointCoords, methods);
    }
  }

  /** Evaluates and returns the printed report. */
  public static String evaluate(Path goldXml, PlaceExtractor ex) throws IOException {
    return evaluateResult(goldXml, ex).report();
  }

  public static Result evaluateResult(Path goldXml, PlaceExtractor ex) throws IOException {
    List<GoldArticle> articles = read(goldXml);
    return score(corpusName(goldXml), articles, extract(articles, ex));
  }

  /**
   * The result with every place mention, then with the mentions found as demonyms ("Canadian" counted for Canada)
   * set aside: gold sets differ on them (TR-News annotates adjectival demonyms as toponyms, GeoVirus does not) and
   * NER baselines put them outside LOCATION, so recognition is reported both ways. One extraction, two scores.
   */
  public static List<Result> evaluateBothWays(Path goldXml, PlaceExtractor ex) throws IOException {
    List<GoldArticle> articles = read(goldXml);
    List<List<Mention>> all = extract(articles, ex);
    List<List<Mention>> toponyms = new ArrayList<>();
    for (List<Mention> pred : all) toponyms.add(pred.stream().filter(m -> !m.method().startsWith("demonym/")).toList());
    String name = corpusName(goldXml);
    return List.of(score(name, articles, all), score(name, articles, toponyms));
  }

  private static List<List<Mention>> extract(List<GoldArticle> articles, PlaceExtractor ex) {
    List<List<Mention>> out = new ArrayList<>(articles.size());
    for (GoldArticle article : articles) out.add(ex.extract(article.text(), "en"));
    return out;
  }

  private static String corpusName(Path goldXml) {
    return goldXml.getFileName().toString().replaceFirst("\\.xml$", "");
  }

  private static Result score(String name, List<GoldArticle> articles, List<List<Mention>> predictions) {
    int gold = 0, predicted = 0, matched = 0, withCoords = 0, within = 0, points = 0, pointsWithin = 0;
    List<Double> errors = new ArrayList<>();
    List<String> fps = new ArrayList<>(), fns = new ArrayList<>(), res = new ArrayList<>();
    Map<String, Integer> methods = new TreeMap<>();
    for (int a = 0; a < articles.size(); a++) {
      String text = articles.get(a).text();
      List<Gold> golds = articles.get(a).toponyms();
      List<Mention> pred = predictions.get(a);
      gold += golds.size();
      predicted += pred.size();
      boolean[] used = new boolean[pred.size()];
      for (Gold gt : golds) {
        int best = -1, bestOverlap = 0;
        for (int p = 0; p < pred.size(); p++) {
          if (used[p]) continue;
          Mention m = pred.get(p);
          int ov = Math.min(m.endChar(), gt.end()) - Math.max(m.startChar(), gt.start());
          if (ov > bestOverlap) {
            bestOverlap = ov;
            best = p;
          }
        }
        if (best < 0) {
          for (int p = 0; p < pred.size(); p++) {
            Mention m = pred.get(p);
            if (!used[p] && Math.abs(m.startChar() - gt.start()) <= SHIFT && m.surface().equalsIgnoreCase(gt.phrase())) {
              best = p;
              break;
            }
          }
        }
        if (best < 0) {
          fns.add(gt.phrase() + "  | " + context(text, gt.start(), gt.end()));
          continue;
        }
        used[best] = true;
        matched++;
        Mention m = pred.get(best);
        methods.merge(m.method(), 1, Integer::sum);
        if (gt.lat() != null && m.lat() != null) {
          withCoords++;
          double km = Gazetteer.haversineKm(gt.lat(), gt.lon(), m.lat(), m.lon());
          errors.add(km);
          boolean area = isArea(m.featureCode());
          if (!area) points++;
          if (km <= KM_THRESHOLD) {
            within++;
            if (!area) pointsWithin++;
          }
          else {
            res.add(String.format(Locale.ROOT, "%s -> %s (%s, %s) %s %.0f km  | %s", gt.phrase(), m.name(),
                m.countryCode(), m.featureCode(), m.method(), km, context(text, m.startChar(), m.endChar())));
          }
        }
      }
      for (int p = 0; p < pred.size(); p++) {
        if (used[p]) continue;
        Mention m = pred.get(p);
        fps.add(m.surface() + " -> " + m.name() + " (" + m.countryCode() + ", " + m.featureCode() + ") " + m.method()
            + "  | " + context(text, m.startChar(), m.endChar()));
      }
    }
    double[] e = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double median = e.length == 0 ? Double.NaN : e.length % 2 == 1 ? e[e.length / 2] : (e[e.length / 2 - 1] + e[e.length / 2]) / 2;
    return new Result(name, articles.size(), gold, predicted, matched, withCoords, within, median, points,
        pointsWithin, fps, fns, res, methods);
  }

  /** An article of a gold file: its text and gold toponyms in order of position. */
  public record GoldArticle(String text, List<Gold> toponyms) {}

  /**
   * The articles of a gold file in Gritta et al.'s XML format (TR-News {@code <toponym>}, GeoVirus {@code <location>});
   * articles without text are left out. Shared with the CoreNLP baseline's scorer.
   */
  public static List<GoldArticle> read(Path goldXml) throws IOException {
    Document doc;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      doc = f.newDocumentBuilder().parse(goldXml.toFile());
    } catch (Exception e) {
      throw new IOException("cannot parse gold file " + goldXml + ": " + e.getMessage(), e);
    }
    List<GoldArticle> out = new ArrayList<>();
    NodeList articles = doc.getElementsByTagName("article");
    for (int a = 0; a < articles.getLength(); a++) {
      Element art = (Element) articles.item(a);
      String text = childText(art, "text");
      if (text != null) out.add(new GoldArticle(text, readGold(art)));
    }
    return out;
  }

  /** Continents, regions, seas, countries and first-order divisions: their point is a convention of each gazetteer. */
  private static boolean isArea(String fcode) {
    return fcode != null && (fcode.startsWith("PCL") || fcode.equals("CONT") || fcode.equals("RGN")
        || fcode.equals("SEA") || fcode.equals("OCN") || fcode.equals("ADM1") || fcode.equals("TERR"));
  }

  private static List<Gold> readGold(Element art) {
    List<Gold> out = new ArrayList<>();
    for (String tag : new String[] {"toponym", "location"}) {
      NodeList ts = art.getElementsByTagName(tag);
      for (int i = 0; i < ts.getLength(); i++) {
        Element t = (Element) ts.item(i);
        String phrase = childText(t, "phrase");
        if (phrase == null) phrase = childText(t, "name");
        String s = childText(t, "start"), en = childText(t, "end");
        if (s == null || en == null) continue;
        Double lat = parse(deepText(t, "lat")), lon = parse(deepText(t, "lon"));
        out.add(new Gold(phrase == null ? "" : phrase.strip(), Integer.parseInt(s.strip()), Integer.parseInt(en.strip()), lat, lon));
      }
    }
    out.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return out;
  }

  private static String childText(Element e, String tag) {
    for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && c.getTagName().equals(tag)) return c.getTextContent();
    }
    return null;
  }

  private static String deepText(Element e, String tag) {
    NodeList l = e.getElementsByTagName(tag);
    return l.getLength() == 0 ? null : l.item(0).getTextContent();
  }

  private static Double parse(String s) {
    if (s == null || s.isBlank()) return null;
    try {
      return Double.parseDouble(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String context(String text, int s, int e) {
    int a = Math.max(0, s - 40), b = Math.min(text.length(), e + 40);
    if (s < 0 || e > text.length() || s > e) return "";
    return (text.substring(a, s) + "[" + text.substring(s, e) + "]" + text.substring(e, b)).replace('\n', ' ');
  }


}
