package org.newsatlas.extract.place;

/**
 * A recognised place name before resolution: its span in the original text, the gazetteer key it matched and the
 * candidate entries. Mutable only while the recogniser and resolver fill it; the resolver's passes read it and
 * return decisions instead of editing shared lists.
 */
public final class PlaceMatch {
  /** How the name was recognised. */
  public static final String EXACT = "exact", FUZZY = "fuzzy", DEMONYM = "demonym", ABBREV = "abbrev";

  public final int tokStart, tokEnd, start, end;
  public final String surface;
  /** Folded key that matched; equal keys in one article are resolved once (one sense per discourse). */
  public final String key;
  public final String method;
  public final int[] candidates;
  public final byte[] kinds;
  /** Index in the article's match list of the match right after ", " or " (" when this one is followed so. */
  int qualifier = -1;
  /** Index of the match this one qualifies ("Georgia" in "Atlanta, Georgia"), or -1. */
  int qualifies = -1;
  /**
   * Indexes of the neighbours in a coordination ("Utah, Virginia and Washington": a comma, "and" or "or" between
   * the two names and nothing else), or -1.
   */
  int listPrev = -1, listNext = -1;
  /** An administrative head noun names the kind of place: "Washington state", "the province of Nyanza". */
  boolean adminCue;
  /**
   * A physical-feature head noun follows ("Baltic Sea", "Fraser Valley"): the whole is a natural feature, so a
   * small town of the name is not meant unless the article is about its province (the resolver decides).
   */
  boolean featureHead;
  /** One word (articles aside) at a sentence start, where its capital proves nothing. */
  boolean weakCapital;
  /** Written in Arabic script: no capitals to gate on, and Arabic alternate names of foreign towns are noisy. */
  boolean arabic;
  /** An ordinary word or a person's name with no evidence of its own: kept only if the article backs it. */
  boolean needsEvidence;

  PlaceMatch(int tokStart, int tokEnd, int start, int end, String surface, String key, String method, int[] candidates,
      byte[] kinds) {
    this.tokStart = tokStart;
    this.tokEnd = tokEnd;
    this.start = start;
    this.end = end;
    this.surface = surface;
    this.key = key;
    this.method = method;
    this.candidates = candidates;
    this.kinds = kinds;
  }

  public boolean isFuzzy() {
    return method.equals(FUZZY);
  }

  @Override
  public String toString() {
    return surface + "[" + start + "," + end + ")/" + method + "/" + candidates.length;
  }
}
