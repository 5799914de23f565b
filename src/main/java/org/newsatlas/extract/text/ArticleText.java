package org.newsatlas.extract.text;

import org.newsatlas.extract.lexicon.TextFolder;
import org.newsatlas.extract.lexicon.Tokens;

/**
 * One article's text as the dictionary-based extractors read it, computed once and shared by them instead of each
 * folding, tokenising and splitting the same text again: its sentences, its one-to-one folded copy (offsets are the
 * text's), the same copy with hyphens as spaces (the actor dictionary matches "al Qaida" and "al-Qaida" alike), and
 * the word tokens of the folded copy (hyphens separate tokens in both copies, so the tokens are those of either).
 * The folded arrays are reused from article to article: they may be longer than the text, and only their first
 * {@code text().length()} chars are this article's. Not thread-safe: one per thread, refilled per article.
 */
public final class ArticleText {
  private final SentenceSplitter sentences = new SentenceSplitter();
  private final Tokens tokens = new Tokens(1024);
  private String text;
  private char[] folded = new char[0], spaced = new char[0];

  /** An analysis of {@code text} alone (for callers that run a single extractor). */
  public static ArticleText of(String text) {
    return new ArticleText().set(text);
  }

  /** Replaces the previous article with {@code text} and analyses it. */
  public ArticleText set(String text) {
    this.text = text;
    int n = text.length();
    if (folded.length < n) {
      folded = new char[n + n / 2];
      spaced = new char[folded.length];
    }
    for (int i = 0; i < n; i++) {
      char c = TextFolder.fold(text.charAt(i));
      folded[i] = c;
      spaced[i] = c == '-' ? ' ' : c;
    }
    tokens.tokenize(folded, n);
    sentences.split(text);
    return this;
  }

  public String text() {
    return text;
  }

  public SentenceSplitter sentences() {
    return sentences;
  }

  /** The folded text (lower case, no accents, one char per char of the text) in {@code [0, text().length())}. */
  public char[] folded() {
    return folded;
  }

  /** {@link #folded()} with hyphens as spaces. */
  public char[] foldedHyphensAsSpaces() {
    return spaced;
  }

  public Tokens tokens() {
    return tokens;
  }
}
