package org.newsatlas.ingest;

/**
 * An input record that cannot become an article: one row of the {@code quarantine} table. {@code raw} is the record
 * truncated to {@link #MAX_RAW_CHARS}; {@code rawBytes} is its full size.
 */
public record Rejection(
    String sourceFile, String locator, String reasonCode, String message, String raw, long rawBytes) {

  public static final int MAX_RAW_CHARS = 4096;

  /** Reason codes of the quarantine table (documented in the README). */
  public static final String MALFORMED_JSON = "MALFORMED_JSON";
  public static final String MALFORMED_CSV = "MALFORMED_CSV";
  public static final String MALFORMED_WARC = "MALFORMED_WARC";
  public static final String INVALID_ENCODING = "INVALID_ENCODING";
  public static final String BINARY_CONTENT = "BINARY_CONTENT";
  public static final String EMPTY_TEXT = "EMPTY_TEXT";
  public static final String MISSING_DATE = "MISSING_DATE";
  public static final String UNPARSEABLE_DATE = "UNPARSEABLE_DATE";
  public static final String FUTURE_DATE = "FUTURE_DATE";
  public static final String MISSING_OUTLET = "MISSING_OUTLET";
  public static final String RECORD_TOO_LARGE = "RECORD_TOO_LARGE";
  public static final String TRUNCATED_COMPRESSED = "TRUNCATED_COMPRESSED";
  public static final String UNREADABLE_FILE = "UNREADABLE_FILE";
  public static final String UNSUPPORTED_FORMAT = "UNSUPPORTED_FORMAT";
  /** A file in a text folder whose name does not match the profile's file-name pattern (e.g. a README). */
  public static final String UNMATCHED_FILE_NAME = "UNMATCHED_FILE_NAME";
  /** A WARC response that is not an article page: HTTP status other than 200, or not HTML. */
  public static final String NOT_AN_ARTICLE = "NOT_AN_ARTICLE";
  /** A record on which ingest code failed unexpectedly (a bug to report): kept so that the run goes on. */
  public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

  /** Truncates a raw record for storage, keeping it readable. */
  public static String truncate(String raw) {
    if (raw == null) return null;
    return raw.length() <= MAX_RAW_CHARS ? raw : raw.substring(0, MAX_RAW_CHARS);
  }
}
