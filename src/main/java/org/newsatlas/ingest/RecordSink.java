package org.newsatlas.ingest;

/** Receives what a reader finds in one file: every input record ends in exactly one of the two calls. */
public interface RecordSink {
  void accept(RawArticle article);

  void reject(Rejection rejection);
}
