package org.newsatlas.extract.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * Matches token phrases from lexicons against the tokens of a folded text. A pattern is a space-separated list of
 * folded tokens; a token ending in {@code *} matches any token starting with it ("attack*" matches "attacked"), and
 * {@code ..} skips zero to three tokens ("blew .. up"). Apostrophes and hyphens separate tokens, as in the text.
 * Matching is leftmost-longest: a match that starts inside a longer earlier match is not reported, so
 * "riot police" hides "riot" and "suicide bomber" hides "bomber*". Lookups use the token's chars, no String per token.
 */
public final class PhraseMatcher<V> {
  private static final int MAX_GAP = 3;
  private static final String GAP = "..";

  private record Pattern<V>(String[] tokens, boolean[] prefix, V value) {}

  /** Callback for each match: first and last token index (inclusive) and the pattern's value. */
  public interface Hit<V> {
    void hit(int firstToken, int lastToken, V value);
  }

  private final CharArrayMap<List<Pattern<V>>> exactFirst = new CharArrayMap<>();
  private final PrefixTrie<List<Pattern<V>>> prefixFirst = new PrefixTrie<>();
  private int size;

  /** Adds a pattern (already written in folded form or not: it is folded here). */
  public void add(String pattern, V value) {
    String[] raw = TextFolder.fold(pattern.trim()).split("\\s+");
    List<String> toks = new ArrayList<>();
    List<Boolean> pre = new ArrayList<>();
    for (String r : raw) {
      if (r.equals(GAP)) {
        toks.add(GAP);
        pre.add(false);
        continue;
      }
      boolean p = r.endsWith("*");
      String body = p ? r.substring(0, r.length() - 1) : r;
      String[] parts = body.split("[^\\p{L}\\p{N}]+");
      List<String> kept = new ArrayList<>();
      for (String part : parts) if (!part.isEmpty()) kept.add(part);
      for (int i = 0; i < kept.size(); i++) {
        toks.add(kept.get(i));
        pre.add(p && i == kept.size() - 1);
      }
    }
    if (toks.isEmpty() || toks.get(0).equals(GAP)) throw new IllegalArgumentException("bad pattern: " + pattern);
    boolean[] prefix = new boolean[pre.size()];
    for (int i = 0; i < prefix.length; i++) prefix[i] = pre.get(i);
    Pattern<V> p = new Pattern<>(toks.toArray(new String[0]), prefix, value);
    String first = p.tokens[0];
    List<Pattern<V>> list = prefix[0] ? prefixFirst.get(first) : exactFirst.get(first);
    if (list == null) {
      list = new ArrayList<>();
      if (prefix[0]) prefixFirst.put(first, list);
      else exactFirst.put(first, list);
    }
    list.add(p);
    size++;
  }

  public int size() {
    return size;
  }

  /**
   * Reports leftmost-longest matches among tokens {@code [from, to)}; all patterns of the winning length at a start
   * position are reported (one phrase may carry several values).
   */
  public void match(char[] f, Tokens tok, int from, int to, Hit<V> hit) {
    int t = from;
    List<Pattern<V>> best = new ArrayList<>(2);
    List<List<Pattern<V>>> prefixHits = new ArrayList<>(4);
    while (t < to) {
      best.clear();
      int bestEnd = -1;
      int s = tok.start(t), len = tok.length(t);
      List<Pattern<V>> cands = exactFirst.get(f, s, len);
      if (cands != null) bestEnd = collect(cands, f, tok, t, to, best, bestEnd);
      prefixHits.clear();
      prefixFirst.prefixesOf(f, s, len, prefixHits);
      for (int k = prefixHits.size() - 1; k >= 0; k--) bestEnd = collect(prefixHits.get(k), f, tok, t, to, best, bestEnd);
      if (bestEnd < 0) {
        t++;
        continue;
      }
      for (Pattern<V> p : best) hit.hit(t, bestEnd, p.value);
      t = bestEnd + 1;
    }
  }

  private int collect(List<Pattern<V>> cands, char[] f, Tokens tok, int t, int to, List<Pattern<V>> best, int bestEnd) {
    for (Pattern<V> p : cands) {
      int end = matchFrom(p, 1, f, tok, t + 1, to);
      if (end < 0) continue;
      int last = end - 1;
      if (last > bestEnd) {
        best.clear();
        bestEnd = last;
      }
      if (last == bestEnd) best.add(p);
    }
    return bestEnd;
  }

  // Returns the token index after the match, or -1.
  private int matchFrom(Pattern<V> p, int pi, char[] f, Tokens tok, int t, int to) {
    if (pi == p.tokens.length) return t;
    if (p.tokens[pi] == GAP || p.tokens[pi].equals(GAP)) {
      for (int g = 0; g <= MAX_GAP && t + g <= to; g++) {
        int r = matchFrom(p, pi + 1, f, tok, t + g, to);
        if (r >= 0) return r;
      }
      return -1;
    }
    if (t >= to || !tokenMatches(p.tokens[pi], p.prefix[pi], f, tok, t)) return -1;
    return matchFrom(p, pi + 1, f, tok, t + 1, to);
  }

  private static boolean tokenMatches(String w, boolean prefix, char[] f, Tokens tok, int t) {
    int s = tok.start(t), len = tok.length(t), wl = w.length();
    if (prefix ? len < wl : len != wl) return false;
    for (int i = 0; i < wl; i++) if (f[s + i] != w.charAt(i)) return false;
    return true;
  }
}
