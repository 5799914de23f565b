package org.newsatlas.ingest;

import java.io.IOException;

/**
 * The compressed stream under a reader ended before its end-of-stream marker (a cut gzip/bz2 file). Readers report
 * it through {@link ReadFailures} as one {@code TRUNCATED_COMPRESSED} rejection after the records read before it.
 */
public final class TruncatedInputException extends IOException {
  private static final long serialVersionUID = 1L;

  public TruncatedInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
