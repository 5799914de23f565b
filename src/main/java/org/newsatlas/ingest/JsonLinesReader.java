package org.newsatlas.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Lines (news-please and alike): one JSON object per line. Each line is checked in this order, the first failure
 * deciding its reason: longer than the limit (RECORD_TOO_LARGE, streamed past, first KB kept), binary junk
 * (BINARY_CONTENT), not valid in the file's encoding (INVALID_ENCODING), not one JSON object (MALFORMED_JSON, which
 * includes nesting deeper than {@link #MAX_NESTING}). Blank lines are separators, not records. Only the top-level
 * scalar fields the mapping names are kept; nested values are skipped by the streaming parser, never built.
 */
public final class JsonLinesReader implements FormatReader {
  /** Deeper nesting is rejected by the parser before it can cost stack or memory. */
  public static final int MAX_NESTING = 100;
  static final int KEEP_WHEN_TOO_LARGE = 1024;

  private final FieldMapping mapping;
  private final int maxRecordBytes;
  private final ByteText text;
  private final JsonFactory json;

  /** @param charset the file's encoding, decoded strictly (UTF-8 unless the input profile says otherwise) */
  public JsonLinesReader(FieldMapping mapping, int maxRecordBytes, Charset charset) {
    this.mapping = mapping;
    this.maxRecordBytes = maxRecordBytes;
    this.text = new ByteText(charset);
    this.json = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING)
            .maxStringLength(Math.max(maxRecordBytes, 1 << 20))
            .build())
        .build();
  }

  public JsonLinesReader(FieldMapping mapping, int maxRecordBytes) {
    this(mapping, maxRecordBytes, StandardCharsets.UTF_8);
  }

  @Override
  public void read(String sourceFile, InputStream in, RecordSink sink) {
    BoundedLineReader lines = new BoundedLineReader(in, maxRecordBytes);
    try {
      while (lines.next()) {
        readLine(sourceFile, lines, sink);
      }
    } catch (IOException e) {
      ReadFailures.report(sink, sourceFile, "line " + lines.lineNumber(), e,
          text.lenient(lines.bytes(), 0, lines.length()), lines.lineBytes());
    }
  }

  private void readLine(String sourceFile, BoundedLineReader lines, RecordSink sink) {
    byte[] b = lines.bytes();
    int len = lines.length();
    String locator = "line " + lines.lineNumber();
    if (lines.tooLong()) {
      sink.reject(new Rejection(sourceFile, locator, Rejection.RECORD_TOO_LARGE,
          "record of " + lines.lineBytes() + " bytes exceeds the limit of " + maxRecordBytes
              + " bytes (setting max.record.bytes); first " + KEEP_WHEN_TOO_LARGE + " bytes kept",
          text.lenient(b, 0, Math.min(len, KEEP_WHEN_TOO_LARGE)), lines.lineBytes()));
      return;
    }
    if (isBlank(b, len)) return;
    if (ByteText.looksBinary(b, 0, len)) {
      sink.reject(new Rejection(sourceFile, locator, Rejection.BINARY_CONTENT,
          "line holds NUL or control bytes: binary data, not JSON text", text.lenient(b, 0, len), len));
      return;
    }
    String line;
    try {
      line = text.decode(b, 0, len);
    } catch (CharacterCodingException e) {
      sink.reject(new Rejection(sourceFile, locator, Rejection.INVALID_ENCODING,
          "line is not valid UTF-8 (" + e.getClass().getSimpleName() + "); re-encode the file as UTF-8",
          text.lenient(b, 0, len), len));
      return;
    }
    Map<String, String> fields;
    try {
      fields = topLevelScalars(line);
    } catch (IOException | RuntimeException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
      sink.reject(new Rejection(sourceFile, locator, Rejection.MALFORMED_JSON, "not a JSON object: " + why,
          Rejection.truncate(line), len));
      return;
    }
    sink.accept(new RawArticle(sourceFile, locator, pick(fields, "url"), pick(fields, "title"),
        pick(fields, "text"), pick(fields, "date"), pick(fields, "outlet"), pick(fields, "lang")));
  }

  /** Reads one JSON object, keeping its top-level string/number/boolean fields; nested values are skipped. */
  private Map<String, String> topLevelScalars(String line) throws IOException {
    Map<String, String> out = new HashMap<>();
    try (JsonParser p = json.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("the line is not a JSON object");
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
          p.skipChildren();
        } else if (v != JsonToken.VALUE_NULL) {
          out.put(name, p.getText());
        }
      }
      if (t != JsonToken.END_OBJECT) throw new IOException("unexpected " + t + " in the object");
      if (p.nextToken() != null) throw new IOException("text after the end of the JSON object");
    }
    return out;
  }

  private String pick(Map<String, String> fields, String articleField) {
    List<String> sources = mapping.sources(articleField);
    for (String s : sources) {
      String v = fields.get(s);
      if (v != null && !v.isBlank()) return v;
    }
    return null;
  }

  private static boolean isBlank(byte[] b, int len) {
    for (int i = 0; i < len; i++) {
      byte c = b[i];
      if (c != ' ' && c != '\t' && c != '\r') return false;
    }
    return true;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
