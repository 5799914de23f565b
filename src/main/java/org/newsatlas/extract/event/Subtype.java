package org.newsatlas.extract.event;

/** One row of {@code conf/events/taxonomy.tsv}: a label code and its ACLED names and CAMEO mapping. */
public record Subtype(
    String code, String eventType, String subEventType, String cameoRoot, Integer quadClass, Double goldstein,
    boolean acled) {}
