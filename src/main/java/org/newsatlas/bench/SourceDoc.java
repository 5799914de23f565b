package org.newsatlas.bench;

import java.util.List;

/**
 * One real article the synthetic archive is built from: its language, its title (null when the source has none) and
 * its text cut into chunks of a few sentences, so that synthetic articles can reuse a lead and mix in other chunks.
 */
public record SourceDoc(String lang, String title, List<String> chunks, String origin) {
  public int length() {
    int n = 0;
    for (String c : chunks) n += c.length() + 1;
    return n;
  }
}
