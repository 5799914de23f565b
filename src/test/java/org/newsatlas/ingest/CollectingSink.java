package org.newsatlas.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Test sink: keeps what readers report and, optionally, what the normalizer makes of it. */
final class CollectingSink implements RecordSink {
  final List<RawArticle> raw = new ArrayList<>();
  final List<Rejection> rejected = new ArrayList<>();
  final List<NormalizedArticle> accepted = new ArrayList<>();
  private final ArticleNormalizer normalizer;
  private final Instant now;

  CollectingSink() {
    this(null, null);
  }

  CollectingSink(ArticleNormalizer normalizer, Instant now) {
    this.normalizer = normalizer;
    this.now = now;
  }

  @Override
  public void accept(RawArticle article) {
    raw.add(article);
    if (normalizer == null) return;
    ArticleNormalizer.Result r = normalizer.normalize(article, now);
    if (r.accepted()) accepted.add(r.article());
    else rejected.add(r.rejection());
  }

  @Override
  public void reject(Rejection rejection) {
    rejected.add(rejection);
  }

  /** Reason code → count. */
  Map<String, Integer> reasons() {
    Map<String, Integer> m = new TreeMap<>();
    for (Rejection r : rejected) m.merge(r.reasonCode(), 1, Integer::sum);
    return m;
  }
}
