package org.newsatlas.cli;

/** A mistake the user can fix (bad argument, missing input): printed as one sentence, never as a stack trace. */
public final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserError(String message) {
    super(message);
  }
}
