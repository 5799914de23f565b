package org.newsatlas.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The outlet key of an article. In order: the source's outlet name through the alias table
 * ({@code conf/outlets/aliases.tsv}: "Reuters" → reuters.com, FA-KES codes → domains); a domain-like outlet name or,
 * failing that, the URL's host, reduced to its registered domain (eTLD+1: www., m., amp. and other sub-domains dropped, with the
 * multi-label suffixes of {@code conf/outlets/public-suffixes.txt}) and passed through the aliases again; else a slug
 * of the outlet name ("Le Vingtième Siècle" → le-vingtieme-siecle). Null when there is nothing to go on.
 */
public final class OutletNormalizer {
  private final Map<String, String> aliases;
  private final Set<String> multiLabelSuffixes;

  /**
   * @param aliases folded alias ({@link #fold}) → outlet key
   * @param multiLabelSuffixes public suffixes of two or more labels (co.uk, com.sa), lower-case
   */
  public OutletNormalizer(Map<String, String> aliases, Set<String> multiLabelSuffixes) {
    this.aliases = Map.copyOf(aliases);
    this.multiLabelSuffixes = Set.copyOf(multiLabelSuffixes);
  }

  public String normalize(String outletRaw, String url) {
    String name = outletRaw == null ? null : outletRaw.strip();
    if (name != null && name.isEmpty()) name = null;
    if (name != null) {
      String a = aliases.get(fold(name));
      if (a != null) return a;
      if (looksLikeDomain(name)) {
        String d = registeredDomain(UrlCanonicalizer.host(name));
        if (d != null) return aliases.getOrDefault(d, d);
      }
    }
    String host = UrlCanonicalizer.host(url);
    if (host != null && url.contains("://")) {
      String d = registeredDomain(host);
      if (d != null) return aliases.getOrDefault(d, d);
    }
    if (name != null) {
      String slug = slug(name);
      return slug.isEmpty() ? null : slug;
    }
    return null;
  }

  /** The registered domain (eTLD+1) of a host; IP addresses and single labels come back as they are. */
  public String registeredDomain(String host) {
    if (host == null || host.isEmpty()) return null;
    String h = host.toLowerCase(Locale.ROOT);
    if (h.matches("[0-9.]+") || h.startsWith("[")) return h;
    String[] labels = h.split("\\.");
    int n = labels.length;
    if (n <= 2) return h;
    for (int k = Math.min(n - 1, 3); k >= 2; k--) { // longest listed suffix wins; www., m., amp. go with the rest
      String suffix = String.join(".", java.util.Arrays.copyOfRange(labels, labels.length - k, labels.length));
      if (multiLabelSuffixes.contains(suffix)) {
        return String.join(".", java.util.Arrays.copyOfRange(labels, labels.length - k - 1, labels.length));
      }
    }
    return labels[labels.length - 2] + "." + labels[labels.length - 1];
  }

  private static boolean looksLikeDomain(String s) {
    if (s.contains("://")) return true;
    return s.indexOf(' ') < 0 && s.matches("[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+/?.*");
  }

  /** Lower case, accents removed, spaces collapsed: the form aliases are looked up in. */
  public static String fold(String s) {
    String d = Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return d.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  static String slug(String s) {
    return fold(s).replace('\'', '-').replace('\u2019', '-').replaceAll("[^\\p{L}\\p{N}]+", "-")
        .replaceAll("^-+|-+$", "");
  }
}
