package org.newsatlas.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The canonical form of an article URL, so that the same article reached through different links gets one id:
 * lower-case scheme and host, no default port, no user info, no fragment, no tracking parameters (list in
 * {@code conf/ingest/tracking-params.txt}), no trailing slash. Parses by hand: news URLs carry raw Unicode and spaces
 * that {@link java.net.URI} refuses.
 */
public final class UrlCanonicalizer {
  private final Set<String> exact;
  private final List<String> prefixes;

  /** @param params tracking parameter names, lower-case; a name ending in {@code *} is a prefix ({@code utm_*}) */
  public UrlCanonicalizer(List<String> params) {
    java.util.HashSet<String> ex = new java.util.HashSet<>();
    java.util.ArrayList<String> pre = new java.util.ArrayList<>();
    for (String p : params) {
      String n = p.trim().toLowerCase(Locale.ROOT);
      if (n.isEmpty()) continue;
      if (n.endsWith("*")) pre.add(n.substring(0, n.length() - 1));
      else ex.add(n);
    }
    this.exact = Set.copyOf(ex);
    this.prefixes = List.copyOf(pre);
  }

  /** The canonical URL, or null when {@code url} is not an absolute http(s)-like URL with a host. */
  public String canonical(String url) {
    if (url == null) return null;
    String u = url.strip();
    int schemeEnd = u.indexOf("://");
    if (schemeEnd <= 0 || !u.substring(0, schemeEnd).matches("[A-Za-z][A-Za-z0-9+.-]*")) return null;
    String scheme = u.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
    int hash = u.indexOf('#');
    if (hash >= 0) u = u.substring(0, hash);
    int authStart = schemeEnd + 3;
    int authEnd = authStart;
    while (authEnd < u.length() && "/?".indexOf(u.charAt(authEnd)) < 0) authEnd++;
    String authority = u.substring(authStart, authEnd);
    int at = authority.lastIndexOf('@');
    if (at >= 0) authority = authority.substring(at + 1);
    String host = authority;
    String port = "";
    int colon = authority.lastIndexOf(':');
    if (colon >= 0 && authority.indexOf(']') < colon) {
      host = authority.substring(0, colon);
      port = authority.substring(colon + 1);
      if ((scheme.equals("http") && port.equals("80")) || (scheme.equals("https") && port.equals("443"))
          || port.isEmpty()) port = "";
    }
    host = host.toLowerCase(Locale.ROOT);
    while (host.endsWith(".")) host = host.substring(0, host.length() - 1);
    if (host.isEmpty()) return null;
    String rest = u.substring(authEnd);
    String path = rest;
    String query = null;
    int q = rest.indexOf('?');
    if (q >= 0) {
      path = rest.substring(0, q);
      query = cleanQuery(rest.substring(q + 1));
    }
    while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
    StringBuilder sb = new StringBuilder(u.length());
    sb.append(scheme).append("://").append(host);
    if (!port.isEmpty()) sb.append(':').append(port);
    sb.append(path);
    if (query != null && !query.isEmpty()) sb.append('?').append(query);
    return sb.toString();
  }

  /** The canonical URL without its scheme: http and https copies of one page share an article id. */
  public static String withoutScheme(String canonical) {
    int i = canonical.indexOf("://");
    return i < 0 ? canonical : canonical.substring(i + 3);
  }

  private String cleanQuery(String query) {
    StringBuilder sb = new StringBuilder(query.length());
    for (String param : query.split("&")) {
      if (param.isEmpty()) continue;
      int eq = param.indexOf('=');
      String name = (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
      if (isTracking(name)) continue;
      if (sb.length() > 0) sb.append('&');
      sb.append(param);
    }
    return sb.toString();
  }

  private boolean isTracking(String name) {
    if (exact.contains(name)) return true;
    for (String p : prefixes) if (name.startsWith(p)) return true;
    return false;
  }

  /** The lower-case host of a URL, or null. */
  public static String host(String url) {
    if (url == null) return null;
    String u = url.strip();
    int schemeEnd = u.indexOf("://");
    int start = schemeEnd < 0 ? 0 : schemeEnd + 3;
    int end = start;
    while (end < u.length() && "/?#".indexOf(u.charAt(end)) < 0) end++;
    String authority = u.substring(start, end);
    int at = authority.lastIndexOf('@');
    if (at >= 0) authority = authority.substring(at + 1);
    int colon = authority.lastIndexOf(':');
    if (colon >= 0 && authority.indexOf(']') < colon) authority = authority.substring(0, colon);
    String h = authority.toLowerCase(Locale.ROOT);
    while (h.endsWith(".")) h = h.substring(0, h.length() - 1);
    return h.isEmpty() ? null : h;
  }
}
