package org.newsatlas.ingest;

/**
 * An article as a reader found it, before validation: fields are raw strings (the date unparsed, the outlet as the
 * source spells it). {@code locator} says where in {@code sourceFile} it came from ("line 12", "offset 4096",
 * "row 7", "record <WARC-Record-ID>").
 */
public record RawArticle(
    String sourceFile,
    String locator,
    String url,
    String title,
    String text,
    String publishedRaw,
    String outletRaw,
    String lang) {}
