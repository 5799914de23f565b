package org.newsatlas.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsatlas.extract.lexicon.TsvLexicon;

/** The ordered rules of {@code conf/events/rules.tsv} that turn a trigger's target into a subtype. */
final class EventRules {
  static final String FILE = "events/rules.tsv";
  static final String NONE = "NONE";

  /** all-of and none-of masks, each split into anywhere / before the trigger / after it. */
  record Rule(long all, long allBefore, long allAfter, long allNext, long none, long noneBefore, long noneAfter,
      long noneNext, String output, double factor) {
    boolean holds(long any, long before, long after, long next) {
      return (any & all) == all && (before & allBefore) == allBefore && (after & allAfter) == allAfter
          && (next & allNext) == allNext && (any & none) == 0 && (before & noneBefore) == 0
          && (after & noneAfter) == 0 && (next & noneNext) == 0;
    }
  }

  /** The outcome of a rule: output code (or NONE) and weight factor. */
  record Outcome(String output, double factor) {}

  private final Map<String, List<Rule>> byInput = new HashMap<>();
  /** Classes used with ^: a cue carrying any of them is a target cue. */
  private long targetMask;

  EventRules(String confDir, CueClasses classes, EventTaxonomy taxonomy) {
    for (String[] r : TsvLexicon.rows(confDir, FILE)) {
      if (r.length < 5) throw new IllegalArgumentException("conf/" + FILE + ": 5 columns expected: " + String.join(" ", r));
      long[] all = masks(r[1], classes), none = masks(r[2], classes);
      if (!r[3].equals(NONE) && taxonomy.byCode(r[3]) == null) {
        throw new IllegalArgumentException("conf/" + FILE + ": unknown output code " + r[3]);
      }
      byInput.computeIfAbsent(r[0], k -> new ArrayList<>()).add(new Rule(all[0], all[1], all[2], all[3], none[0],
          none[1], none[2], none[3], r[3], Double.parseDouble(r[4])));
      targetMask |= all[3] | none[3];
    }
  }

  long targetMask() {
    return targetMask;
  }

  /** The first rule for {@code input} that holds, or null. */
  Outcome apply(String input, long any, long before, long after, long next) {
    List<Rule> rules = byInput.get(input);
    if (rules == null) return null;
    for (Rule r : rules) if (r.holds(any, before, after, next)) return new Outcome(r.output, r.factor);
    return null;
  }

  private static long[] masks(String spec, CueClasses classes) {
    long[] m = new long[4];
    if (spec.equals("-") || spec.isEmpty()) return m;
    for (String c : spec.split(",")) {
      c = c.trim();
      if (c.startsWith("<")) m[1] |= classes.mask(c.substring(1));
      else if (c.startsWith(">")) m[2] |= classes.mask(c.substring(1));
      else if (c.startsWith("^")) m[3] |= classes.mask(c.substring(1));
      else m[0] |= classes.mask(c);
    }
    return m;
  }
}
