package org.newsatlas.ingest;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An accepted article: the columns of {@code Tables.ARTICLES_SCHEMA} except {@code duplicate_of} and
 * {@code near_dup_cluster} (decided later across the whole run), plus {@code contentHash}, the hash of the
 * whitespace- and case-normalised text that finds exact duplicates published under different URLs.
 */
public record NormalizedArticle(
    String articleId,
    String outlet,
    String url,
    String title,
    Instant publishedAt,
    String lang,
    String text,
    String week,
    LocalDate weekStart,
    String sourceFile,
    String contentHash) implements Serializable {}
