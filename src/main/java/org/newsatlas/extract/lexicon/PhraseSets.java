package org.newsatlas.extract.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Several phrase lexicons (say triggers, context cues and modality cues) matched in one pass over the tokens of a
 * folded text. A pattern is a space-separated list of folded tokens; a token ending in {@code *} matches any token
 * starting with it ("attack*" matches "attacked"), and {@code ..} skips zero to three tokens ("blew .. up").
 * Apostrophes and hyphens separate tokens, as in the text. Within each lexicon matching is leftmost-longest: a match
 * that starts inside a longer earlier match of the same lexicon is not reported ("riot police" hides "riot").
 *
 * <p>The first tokens of all patterns of all lexicons share one char trie, so each text token costs one walk down
 * the trie (a few bisections) whatever the number of lexicons: no hashing, no String per token.
 */
public final class PhraseSets {
  private static final int MAX_GAP = 3;
  private static final String GAP = "..";

  /** A pattern's tokens, also as char arrays (the matching loop compares chars) and gap flags. */
  private record Pattern(String[] tokens, char[][] chars, boolean[] gap, boolean[] prefix, Object value) {}

  /** Callback for each match: the lexicon, first and last token index (inclusive) and the pattern's value. */
  public interface Hit {
    void hit(int set, int firstToken, int lastToken, Object value);
  }

  // Per trie node: for each lexicon, the patterns whose first token ends exactly here, and those that take it as
  // a prefix.
  private final CharTrie trie = new CharTrie();
  private List<Pattern>[][] exact;
  private List<Pattern>[][] prefix;
  /** Per trie node, whether some pattern's first token ends there (exactly or as a prefix): most tokens pass none. */
  private boolean[] firstTokenEnds = new boolean[64];
  private final int sets;

  @SuppressWarnings("unchecked")
  public PhraseSets(int sets) {
    this.sets = sets;
    exact = new List[64][];
    prefix = new List[64][];
  }

  public int sets() {
    return sets;
  }

  /** Adds a pattern to lexicon {@code set}; the pattern is folded here. */
  public void add(int set, String pattern, Object value) {
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
      List<String> kept = new ArrayList<>();
      for (String part : body.split("[^\\p{L}\\p{N}]+")) if (!part.isEmpty()) kept.add(part);
      for (int i = 0; i < kept.size(); i++) {
        toks.add(kept.get(i));
        pre.add(p && i == kept.size() - 1);
      }
    }
    if (toks.isEmpty() || toks.get(0).equals(GAP)) throw new IllegalArgumentException("bad pattern: " + pattern);
    boolean[] prefixFlags = new boolean[pre.size()];
    for (int i = 0; i < prefixFlags.length; i++) prefixFlags[i] = pre.get(i);
    String[] tokens = toks.toArray(new String[0]);
    char[][] chars = new char[tokens.length][];
    boolean[] gap = new boolean[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      chars[i] = tokens[i].toCharArray();
      gap[i] = tokens[i].equals(GAP);
    }
    Pattern p = new Pattern(tokens, chars, gap, prefixFlags, value);
    String first = p.tokens[0];
    int node = 0;
    for (int i = 0; i < first.length(); i++) node = trie.childOrAdd(node, first.charAt(i));
    if (node >= exact.length) {
      exact = Arrays.copyOf(exact, Math.max(node + 1, exact.length * 2));
      prefix = Arrays.copyOf(prefix, exact.length);
      firstTokenEnds = Arrays.copyOf(firstTokenEnds, exact.length);
    }
    firstTokenEnds[node] = true;
    List<Pattern>[][] table = prefixFlags[0] ? prefix : exact;
    if (table[node] == null) table[node] = newLists();
    if (table[node][set] == null) table[node][set] = new ArrayList<>(2);
    table[node][set].add(p);
  }

  /**
   * Reports the leftmost-longest matches of every lexicon among tokens {@code [from, to)}, in token order. Allocates
   * its scratch arrays: a caller matching sentence after sentence takes a {@link #matcher()} instead.
   */
  public void match(char[] f, Tokens tok, int from, int to, Hit hit) {
    matcher().match(f, tok, from, to, hit);
  }

  /** A matcher with its own scratch arrays, reused from one sentence to the next: one per thread. */
  public Matcher matcher() {
    return new Matcher();
  }

  /** {@link PhraseSets#match} on reused arrays. Not thread-safe. */
  public final class Matcher {
    private final int[] free = new int[sets]; // per lexicon, the first token not inside an earlier match
    private int[] path = new int[32];
    private Pattern[] best = new Pattern[8];

    private Matcher() {}

    /** As {@link PhraseSets#match}. */
    public void match(char[] f, Tokens tok, int from, int to, Hit hit) {
      Arrays.fill(free, from);
      int[] path = this.path;
      Pattern[] best = this.best;
      for (int t = from; t < to; t++) {
        int s = tok.start(t), len = tok.length(t);
        // Walk the trie along the token once; remember the nodes passed.
        int depth = 0, node = 0;
        boolean ends = false;
        while (depth < len) {
          node = trie.child(node, f[s + depth]);
          if (node < 0) break;
          if (depth == path.length) path = this.path = Arrays.copyOf(path, depth * 2);
          path[depth++] = node;
          ends |= firstTokenEnds[node];
        }
        if (!ends) continue;
        boolean whole = depth == len;
        for (int set = 0; set < sets; set++) {
          if (t < free[set]) continue;
          int bestEnd = -1, nBest = 0;
          // Exact first token, then prefixes from the longest down; indexed loops: no iterator per token.
          for (int d = depth; d >= 0; d--) {
            List<Pattern>[] lists = d == depth ? (whole ? exact[path[depth - 1]] : null) : prefix[path[d]];
            if (lists == null || lists[set] == null) continue;
            List<Pattern> l = lists[set];
            for (int i = 0, n = l.size(); i < n; i++) {
              Pattern p = l.get(i);
              int end = matchFrom(p, 1, f, tok, t + 1, to) - 1;
              if (end < 0 || end < bestEnd) continue;
              if (end > bestEnd) {
                bestEnd = end;
                nBest = 0;
              }
              if (nBest == best.length) best = this.best = Arrays.copyOf(best, nBest * 2);
              best[nBest++] = p;
            }
          }
          if (nBest == 0) continue;
          for (int i = 0; i < nBest; i++) hit.hit(set, t, bestEnd, best[i].value);
          free[set] = bestEnd + 1;
        }
      }
    }
  }

  // Returns the token index after the match, or -1.
  private int matchFrom(Pattern p, int pi, char[] f, Tokens tok, int t, int to) {
    if (pi == p.tokens.length) return t;
    if (p.gap[pi]) {
      for (int g = 0; g <= MAX_GAP && t + g <= to; g++) {
        int r = matchFrom(p, pi + 1, f, tok, t + g, to);
        if (r >= 0) return r;
      }
      return -1;
    }
    if (t >= to || !tokenMatches(p.chars[pi], p.prefix[pi], f, tok, t)) return -1;
    return matchFrom(p, pi + 1, f, tok, t + 1, to);
  }

  private static boolean tokenMatches(char[] w, boolean prefix, char[] f, Tokens tok, int t) {
    int s = tok.start(t), len = tok.length(t), wl = w.length;
    if (prefix ? len < wl : len != wl) return false;
    for (int i = 0; i < wl; i++) if (f[s + i] != w[i]) return false;
    return true;
  }

  @SuppressWarnings("unchecked")
  private List<Pattern>[] newLists() {
    return new List[sets];
  }
}
