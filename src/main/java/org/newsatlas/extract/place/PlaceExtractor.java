package org.newsatlas.extract.place;

import java.util.ArrayList;
import java.util.List;
import org.newsatlas.extract.Mention;
import org.newsatlas.extract.text.SentenceSplitter;

/**
 * Finds and resolves the places of one article: tokenise and fold, recognise names against the gazetteer, gate them,
 * resolve each to a gazetteer entry. Holds reused buffers, so it is not thread-safe: create one per thread (one per
 * executor partition); the {@link Gazetteer} it reads is shared.
 */
public final class PlaceExtractor {
  private final Gazetteer g;
  private final TextTokens tokens;
  private final PlaceRecognizer recognizer;
  private final PlaceResolver resolver;
  private final SentenceSplitter sentences = new SentenceSplitter();
  private final List<PlaceMatch> matches = new ArrayList<>();

  public PlaceExtractor(Gazetteer g, String confDir) {
    this.g = g;
    NameNormalizer norm = NameNormalizer.load(confDir);
    if (!norm.rulesDigest.equals(g.rulesDigest)) {
      throw new IllegalStateException("the gazetteer was built with other name normalisation rules than those of "
          + (confDir == null ? "the bundled conf" : confDir) + "/places/: rebuild it (newsatlas gazetteer build)");
    }
    this.tokens = new TextTokens(norm);
    this.recognizer = new PlaceRecognizer(g, norm, PlaceLexicon.load(confDir));
    this.resolver = new PlaceResolver(g);
  }

  /** Place mentions of {@code text} in text order; {@code lang} is "fr", "en", "ar" or null (unknown). */
  public List<Mention> extract(String text, String lang) {
    return extract(text, lang, null);
  }

  /**
   * As {@link #extract(String, String)}; {@code split} holds the sentences of {@code text} when the caller has split
   * it already (null: split here when needed).
   */
  public List<Mention> extract(String text, String lang, SentenceSplitter split) {
    List<Mention> out = new ArrayList<>();
    if (text == null || text.isEmpty()) return out;
    tokens.tokenize(text, true);
    matches.clear();
    recognizer.recognize(text, tokens, lang, matches);
    if (matches.isEmpty()) return out;
    PlaceResolver.Decision[] ds = resolver.resolve(matches);
    SentenceSplitter sentences = split;
    if (sentences == null) {
      sentences = this.sentences;
      sentences.split(text);
    }
    for (int i = 0; i < matches.size(); i++) {
      PlaceResolver.Decision d = ds[i];
      if (d == null) continue;
      PlaceMatch m = matches.get(i);
      int e = d.entry();
      out.add(new Mention(sentences.sentenceOf(m.start), m.start, m.end, m.surface, Mention.PLACE, g.id(e), g.name(e),
          g.countryCode(e), g.admin1Name(e), g.lat(e), g.lon(e), g.featureCode(e), d.confidence(),
          m.method + "/" + d.pass()));
    }
    return out;
  }

  /** The matches of the last {@link #extract} call before resolution (diagnostics). */
  public List<PlaceMatch> lastMatches() {
    return List.copyOf(matches);
  }

  /** How often each resolution pass decided, over this extractor's life. */
  public java.util.Map<String, Long> passCounts() {
    return resolver.passCounts();
  }

  public Gazetteer gazetteer() {
    return g;
  }
}
