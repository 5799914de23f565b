package org.newsatlas.extract.event;

import java.util.LinkedHashMap;
import java.util.Map;

/** Names of context cue classes mapped to bits of a long, in order of first appearance (at most 64). */
final class CueClasses {
  private final Map<String, Integer> bits = new LinkedHashMap<>();

  int bit(String name) {
    Integer b = bits.get(name);
    if (b == null) {
      if (bits.size() == 64) throw new IllegalArgumentException("more than 64 event cue classes");
      bits.put(name, b = bits.size());
    }
    return b;
  }

  long mask(String name) {
    return 1L << bit(name);
  }
}
