package org.newsatlas.ingest;

import java.io.IOException;

/**
 * How every reader ends a file that cannot be read to its end: one rejection for the rest of the file, so that the
 * records read before the failure stay accepted and nothing after it disappears silently.
 */
public final class ReadFailures {
  private ReadFailures() {}

  /**
   * Reports the failure that stopped reading {@code sourceFile} at {@code locator}; {@code partial} is what was read
   * of the record being read at the time (may be empty), kept as the rejection's raw text.
   */
  public static void report(RecordSink sink, String sourceFile, String locator, IOException e, String partial,
      long partialBytes) {
    String code = e instanceof TruncatedInputException ? Rejection.TRUNCATED_COMPRESSED : Rejection.UNREADABLE_FILE;
    String message = (e instanceof TruncatedInputException
        ? "file is cut off; the records before this point were read, the rest is lost: "
        : "cannot read the rest of the file: ") + e.getMessage();
    sink.reject(new Rejection(sourceFile, locator, code, message, Rejection.truncate(partial), partialBytes));
  }
}
