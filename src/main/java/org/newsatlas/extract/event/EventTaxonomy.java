package org.newsatlas.extract.event;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsatlas.extract.lexicon.TsvLexicon;

/** The event taxonomy of {@code conf/events/taxonomy.tsv}, by label code and by ACLED sub-event type. */
public final class EventTaxonomy {
  public static final String FILE = "events/taxonomy.tsv";
  private final Map<String, Subtype> byCode = new LinkedHashMap<>();
  private final Map<String, Subtype> byName = new LinkedHashMap<>();

  public EventTaxonomy(String confDir) {
    for (String[] r : TsvLexicon.rows(confDir, FILE)) {
      if (r[0].equals("code")) continue;
      Subtype s = new Subtype(r[0], r[1], r[2], emptyToNull(TsvLexicon.field(r, 3)),
          TsvLexicon.field(r, 4).isEmpty() ? null : Integer.valueOf(r[4]),
          TsvLexicon.field(r, 5).isEmpty() ? null : Double.valueOf(r[5]), "yes".equals(TsvLexicon.field(r, 6)));
      byCode.put(s.code(), s);
      byName.put(s.subEventType(), s);
    }
  }

  public Subtype byCode(String code) {
    return byCode.get(code);
  }

  /** By ACLED sub-event type as written in {@code events.event_subtype}. */
  public Subtype bySubEventType(String name) {
    return byName.get(name);
  }

  public Collection<Subtype> all() {
    return byCode.values();
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
