package org.newsatlas.extract;

/**
 * One entity mention found in an article's text: the extraction core's output, one row of the {@code mentions}
 * table once the Spark job adds article id, outlet and week. Offsets are UTF-16 char offsets into the article text.
 * Place fields are null for actors.
 */
public record Mention(
    int sentenceIdx,
    int startChar,
    int endChar,
    String surface,
    String entityType,
    String entityId,
    String name,
    String countryCode,
    String admin1,
    Double lat,
    Double lon,
    String featureCode,
    double confidence,
    String method) {

  /** Entity types written to {@code mentions.entity_type}. */
  public static final String PLACE = "PLACE";
  public static final String PERSON = "PERSON";
  public static final String ORG = "ORG";
}
