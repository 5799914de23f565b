package org.newsatlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;

/**
 * Reads one input file end to end: decompression, format (the spec's, else detected per file), the reader. Every
 * outcome reaches the sink, including files that cannot be opened (UNREADABLE_FILE) or whose format is unknown
 * (UNSUPPORTED_FORMAT, one rejection for the file). One instance per partition: readers are created once per format.
 */
public final class FileIngest {
  private final InputSpec spec;
  private final String confDir;
  private final Map<InputFormat, FormatReader> readers = new EnumMap<>(InputFormat.class);

  public FileIngest(InputSpec spec, String confDir) {
    this.spec = spec;
    this.confDir = confDir;
  }

  public void read(String fileName, InputStream raw, RecordSink sink) {
    InputStream in;
    InputFormat format;
    try {
      in = Decompression.open(fileName, raw);
      format = spec.format() != null ? spec.format() : InputFormat.detect(fileName, in);
    } catch (IOException e) {
      ReadFailures.report(sink, fileName, "file", e, "", 0);
      return;
    }
    if (format == null) {
      sink.reject(new Rejection(fileName, "file", Rejection.UNSUPPORTED_FORMAT,
          "cannot tell the format from the name or the first bytes; name the file .jsonl/.csv/.txt/.warc"
              + " or set format= in the input profile", null, 0));
      return;
    }
    FormatReader reader = readers.computeIfAbsent(format, f -> spec.newReader(f, confDir));
    try {
      reader.read(fileName, in, sink);
    } catch (RuntimeException e) { // a reader bug must not stop the run; the records before it stay reported
      sink.reject(new Rejection(fileName, "file", Rejection.INTERNAL_ERROR,
          "the " + format + " reader failed; the rest of the file is not read: " + e, null, 0));
    }
  }
}
