package org.newsatlas.ingest;

import java.io.InputStream;

/**
 * Reads one input file of one format (already decompressed) and reports each record to the sink. Never throws for
 * bad content: a bad record becomes a {@link Rejection}, and a file that breaks off mid-way becomes one rejection for
 * the rest, after the records read before it. Memory stays bounded whatever the record size.
 */
public interface FormatReader {
  void read(String sourceFile, InputStream in, RecordSink sink);
}
