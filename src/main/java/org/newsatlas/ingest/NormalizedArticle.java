package org.newsatlas.ingest;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An accepted article: the columns of {@code Tables.ARTICLES_SCHEMA} except {@code duplicate_of} and
 * {@code near_dup_cluster} (decided later across the whole run), plus {@code locator}, where in its file the record
 * was (with the file, the record's key: de-duplication decides on narrow key rows and applies its decisions to the
 * full rows by this key), and {@code contentHash}, the hash of the
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
    String locator,
    String contentHash) implements Serializable {}
