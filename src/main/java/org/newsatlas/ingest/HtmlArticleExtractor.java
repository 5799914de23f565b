package org.newsatlas.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Main text, title, publication date and language of a news web page. Boilerplate (scripts, styles, navigation,
 * header, footer, asides, forms) is removed; the main block is the element that holds the most paragraph text, as in
 * Readability: each paragraph credits its parent fully and its grandparent by half, {@code article}/{@code main}
 * blocks get a bonus, link-heavy blocks a penalty. Paragraph breaks are kept as blank lines; the h1 headline goes to
 * the title, not the text.
 */
public final class HtmlArticleExtractor {
  /** Paragraphs shorter than this are captions, bylines or buttons, not body text. */
  static final int MIN_PARAGRAPH_CHARS = 25;

  private static final String BOILERPLATE =
      "script, style, noscript, nav, header, footer, aside, form, iframe, svg, button, template, "
          + "[role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
  private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre";
  private static final String[] DATE_META = {
      "meta[property=article:published_time]", "meta[itemprop=datePublished]", "meta[name=date]",
      "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=DC.date.issued]",
      "meta[name=dcterms.date]", "meta[property=og:published_time]"};

  private final JsonFactory json = new JsonFactory();

  /** What a page yields; any field may be null. */
  public record Page(String title, String text, String date, String lang) {}

  public Page extract(Document doc) {
    String h1 = textOf(doc.selectFirst("h1"));
    String pageTitle = doc.title();
    // the h1 is the headline when the page title contains it (the title adds " | Site"); else the h1 may be a logo
    String headline = h1 != null && !h1.isBlank() && pageTitle.contains(h1.strip()) ? h1 : null;
    String title = firstNonBlank(meta(doc, "meta[property=og:title]"), headline, pageTitle, h1);
    String date = publicationDate(doc);
    String lang = null;
    Element html = doc.selectFirst("html");
    if (html != null && !html.attr("lang").isBlank()) lang = html.attr("lang").trim();
    doc.select(BOILERPLATE).remove();
    Element root = mainBlock(doc);
    return new Page(title, root == null ? null : blockText(root), date, lang);
  }

  private String publicationDate(Document doc) {
    for (String q : DATE_META) {
      String v = meta(doc, q);
      if (v != null) return v;
    }
    for (Element s : doc.select("script[type=application/ld+json]")) {
      String v = jsonLdDatePublished(s.data());
      if (v != null) return v;
    }
    Element t = doc.selectFirst("[itemprop=datePublished][datetime], time[pubdate][datetime]");
    if (t != null) return t.attr("datetime");
    return null;
  }

  /** The first {@code datePublished} string anywhere in a JSON-LD block (top level, @graph, nested). */
  private String jsonLdDatePublished(String data) {
    try (JsonParser p = json.createParser(data)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME && "datePublished".equals(p.currentName())) {
          if (p.nextToken() == JsonToken.VALUE_STRING) return p.getText();
        }
      }
    } catch (Exception e) {
      // broken JSON-LD is common; the other date sources remain
    }
    return null;
  }

  private static Element mainBlock(Document doc) {
    Map<Element, Double> score = new IdentityHashMap<>();
    for (Element p : doc.select("p, pre, blockquote")) {
      int len = p.text().length();
      if (len < MIN_PARAGRAPH_CHARS) continue;
      Element parent = p.parent();
      if (parent == null) continue;
      score.merge(parent, (double) len, Double::sum);
      Element grand = parent.parent();
      if (grand != null) score.merge(grand, len / 2.0, Double::sum);
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : score.entrySet()) {
      Element el = e.getKey();
      double s = e.getValue();
      String tag = el.normalName();
      if (tag.equals("article") || tag.equals("main") || "articleBody".equals(el.attr("itemprop"))) s *= 1.5;
      s *= 1.0 - linkDensity(el);
      if (s > bestScore) {
        bestScore = s;
        best = el;
      }
    }
    if (best != null) return best;
    return doc.body();
  }

  private static double linkDensity(Element el) {
    int total = el.text().length();
    if (total == 0) return 1.0;
    int links = 0;
    for (Element a : el.select("a")) links += a.text().length();
    return Math.min(1.0, (double) links / total);
  }

  /** Text of the outermost blocks under {@code root}, one paragraph each, separated by a blank line. */
  private static String blockText(Element root) {
    Elements blocks = root.select(BLOCKS);
    StringBuilder sb = new StringBuilder();
    for (Element b : blocks) {
      if (b.normalName().equals("h1")) continue; // the headline is the title, not body text
      if (hasBlockAncestorBelow(b, root)) continue;
      String t = b.text().strip();
      if (t.isEmpty()) continue;
      if (sb.length() > 0) sb.append("\n\n");
      sb.append(t);
    }
    if (sb.length() == 0) return root.text().strip();
    return sb.toString();
  }

  private static boolean hasBlockAncestorBelow(Element e, Element root) {
    for (Element a = e.parent(); a != null && a != root; a = a.parent()) {
      if (a.is(BLOCKS)) return true;
    }
    return false;
  }

  private static String meta(Document doc, String query) {
    Element m = doc.selectFirst(query);
    if (m == null) return null;
    String v = m.hasAttr("content") ? m.attr("content") : m.attr("datetime");
    return v.isBlank() ? null : v.trim();
  }

  private static String textOf(Element e) {
    return e == null ? null : e.text();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) if (v != null && !v.isBlank()) return v.strip();
    return null;
  }

  static String langTag(String raw) {
    if (raw == null || raw.isBlank()) return null;
    String t = raw.trim().toLowerCase(Locale.ROOT);
    int dash = t.indexOf('-');
    if (dash < 0) dash = t.indexOf('_');
    return dash > 0 ? t.substring(0, dash) : t;
  }
}
