/**
 * Ingest: from input files to accepted articles or quarantine rows, with nothing lost in between.
 *
 * <p>Per file: {@link org.newsatlas.ingest.FileIngest#read} opens it through {@link
 * org.newsatlas.ingest.Decompression} (gzip incl. concatenated members, bzip2, plain; by magic bytes), picks the
 * {@link org.newsatlas.ingest.FormatReader} of the {@link org.newsatlas.ingest.InputSpec}'s format (or of the format
 * {@link org.newsatlas.ingest.InputFormat#detect detected} per file), and the reader reports each record to a {@link
 * org.newsatlas.ingest.RecordSink} as a {@link org.newsatlas.ingest.RawArticle} or a {@link
 * org.newsatlas.ingest.Rejection}. Each raw article then goes through {@link
 * org.newsatlas.ingest.ArticleNormalizer#normalize}, which returns a {@link org.newsatlas.ingest.NormalizedArticle} or
 * a rejection. Input records = accepted + quarantined; exact duplicates (same {@code articleId}) are found later.
 *
 * <p>Decisions: a file that breaks off (truncated gzip/bz2) keeps the records before the break and ends with one
 * TRUNCATED_COMPRESSED rejection; blank JSON lines and blank CSV lines are separators, not records; news-please's
 * {@code date_modify}/{@code date_download} are not publication dates; in WARC files only {@code response} and
 * {@code resource} records are input records (warcinfo, request, metadata, revisit are capture bookkeeping), and a
 * response that is not an HTML 200 is NOT_AN_ARTICLE, and a record with a wrong length costs one MALFORMED_WARC
 * (reading resumes at the next record); sidecar files ({@code *.json} next to text files) are metadata
 * of another record and yield nothing; a text file whose name does not match the profile's pattern is
 * UNMATCHED_FILE_NAME. Plain Java: no Spark here.
 */
package org.newsatlas.ingest;
