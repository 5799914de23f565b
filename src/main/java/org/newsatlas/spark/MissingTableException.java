package org.newsatlas.spark;

/** A stage needs a table that an earlier stage has not written: the message says which command to run. */
public final class MissingTableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MissingTableException(String message) {
    super(message);
  }
}
