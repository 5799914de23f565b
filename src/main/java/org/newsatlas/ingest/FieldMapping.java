package org.newsatlas.ingest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which source field feeds which article field. Written {@code url=url,title=title,text=maintext|text,...}: for each
 * article field (url, title, text, date, outlet, lang) the source fields to try in order, the first non-blank wins.
 */
public final class FieldMapping implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final List<String> ARTICLE_FIELDS = List.of("url", "title", "text", "date", "outlet", "lang");

  private final Map<String, List<String>> sources;

  private FieldMapping(Map<String, List<String>> sources) {
    this.sources = Collections.unmodifiableMap(sources);
  }

  /** Parses {@code field=source|alt,field=source}; unknown article fields are an error (a typo would lose data). */
  public static FieldMapping parse(String spec) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    if (spec != null) {
      for (String pair : spec.split(",")) {
        if (pair.isBlank()) continue;
        int eq = pair.indexOf('=');
        if (eq <= 0) throw new IllegalArgumentException("field mapping entry '" + pair.trim()
            + "' must look like field=source (fields: " + ARTICLE_FIELDS + ")");
        String field = pair.substring(0, eq).trim().toLowerCase(java.util.Locale.ROOT);
        if (!ARTICLE_FIELDS.contains(field)) throw new IllegalArgumentException("field mapping names unknown field '"
            + field + "'; known fields: " + ARTICLE_FIELDS);
        List<String> alts = new ArrayList<>();
        for (String s : pair.substring(eq + 1).split("\\|")) if (!s.isBlank()) alts.add(s.trim());
        m.put(field, List.copyOf(alts));
      }
    }
    return new FieldMapping(m);
  }

  /** This mapping with {@code other}'s entries replacing same-named ones. */
  public FieldMapping with(FieldMapping other) {
    Map<String, List<String>> m = new LinkedHashMap<>(sources);
    m.putAll(other.sources);
    return new FieldMapping(m);
  }

  /** Source fields for an article field, in order of preference; empty when unmapped. */
  public List<String> sources(String articleField) {
    return sources.getOrDefault(articleField, List.of());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sources.forEach((k, v) -> {
      if (sb.length() > 0) sb.append(',');
      sb.append(k).append('=').append(String.join("|", v));
    });
    return sb.toString();
  }
}
