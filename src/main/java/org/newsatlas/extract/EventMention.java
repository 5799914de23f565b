package org.newsatlas.extract;

import java.time.LocalDate;

/**
 * One event mention found in an article: the extraction core's output, one row of the {@code events} table once the
 * Spark job adds event id, article id, outlet, week and cluster id.
 */
public record EventMention(
    int sentenceIdx,
    int startChar,
    int endChar,
    String eventType,
    String eventSubtype,
    String cameoRoot,
    Integer quadClass,
    Double goldstein,
    String trigger,
    String actor1Id,
    String actor2Id,
    String placeId,
    String placeName,
    String countryCode,
    String admin1,
    Double lat,
    Double lon,
    LocalDate eventDate,
    String datePrecision,
    String modality,
    double confidence) {}
