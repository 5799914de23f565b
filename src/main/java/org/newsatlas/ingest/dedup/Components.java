package org.newsatlas.ingest.dedup;

import java.util.HashMap;
import java.util.Map;

/**
 * Connected components of an undirected graph given edge by edge (union-find with path halving). Each component is
 * labelled by its smallest member, so the labels do not depend on the order of the edges.
 */
public final class Components {
  private final Map<String, String> parent = new HashMap<>();

  /** Joins the components of {@code a} and {@code b}. */
  public void connect(String a, String b) {
    String ra = root(a), rb = root(b);
    if (ra.equals(rb)) return;
    // The smaller id becomes the root: then every root is its component's smallest member.
    if (ra.compareTo(rb) < 0) parent.put(rb, ra);
    else parent.put(ra, rb);
  }

  /** The label of every node seen: the smallest id of its component. */
  public Map<String, String> labels() {
    Map<String, String> out = new HashMap<>(parent.size() * 2);
    for (String n : parent.keySet()) out.put(n, root(n));
    return out;
  }

  public int size() {
    return parent.size();
  }

  private String root(String n) {
    parent.putIfAbsent(n, n);
    String x = n;
    while (true) {
      String p = parent.get(x);
      if (p.equals(x)) return x;
      String grand = parent.get(p);
      parent.put(x, grand); // path halving keeps the trees flat
      x = grand;
    }
  }
}
