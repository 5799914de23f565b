package org.newsatlas.extract.actor;

/** One entry of {@code conf/actors/actors.tsv}. */
public record Actor(
    String id, String type, String entityType, String country, String cameo, String role, String canonical) {}
