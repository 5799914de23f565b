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
 * JSON Lines (news-please and alike): one JSON object per line; also JSON documents (news-please's one
 * pretty-printed {@code .json} per article, an array of articles), told apart by the first 64 KB unless the file is
 * named {@code .jsonl}/{@code .ndjson}. Each line is checked in this order, the first failure
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

  /** How far ahead the reader looks to tell JSON Lines from JSON documents. */
  static final int SNIFF_BYTES = 1 << 16;

  @Override
  public void read(String sourceFile, InputStream raw, RecordSink sink) {
    InputStream in = raw.markSupported() ? raw : new java.io.BufferedInputStream(raw, SNIFF_BYTES);
    boolean documents;
    try {
      documents = !namedAsLines(sourceFile) && looksLikeDocuments(in);
    } catch (IOException e) {
      ReadFailures.report(sink, sourceFile, "line 1", e, "", 0);
      return;
    }
    if (documents) readDocuments(sourceFile, in, sink);
    else readLines(sourceFile, in, sink);
  }

  /**
   * True when the file is JSON documents rather than JSON Lines: a top-level array, or an object that does not end
   * on its first line (news-please's one pretty-printed .json file per article). Looks at the first 64 KB only.
   */
  private boolean looksLikeDocuments(InputStream in) throws IOException {
    in.mark(SNIFF_BYTES + 1);
    byte[] buf = new byte[SNIFF_BYTES];
    int n = 0;
    try {
      for (int r; n < buf.length && (r = in.read(buf, n, buf.length - n)) >= 0; ) n += r;
    } catch (IOException e) {
      // a cut or unreadable file: decide on what was read; the reader meets the error again in its turn
    }
    in.reset();
    byte[] head = java.util.Arrays.copyOf(buf, n);
    int i = 0;
    if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) i = 3;
    while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) i++;
    if (i == head.length) return false;
    if (head[i] == '[') return true;
    if (head[i] != '{') return false;
    int nl = i;
    while (nl < head.length && head[nl] != '\n') nl++;
    if (nl == head.length) return false; // first line longer than 64 KB: a long JSON line
    try (JsonParser p = json.createParser(head, i, nl - i)) {
      p.nextToken();
      p.skipChildren();
      return false; // the first line holds a whole object: JSON Lines
    } catch (com.fasterxml.jackson.core.io.JsonEOFException e) {
      return true; // the object goes on past the first line: a document
    } catch (IOException | RuntimeException e) {
      return false; // a broken first line of JSON Lines: rejected on its own, the next lines still read
    }
  }

  /** Files named .jsonl / .ndjson (compressed or not) are JSON Lines whatever their first line looks like. */
  private static boolean namedAsLines(String sourceFile) {
    String n = Decompression.stripCompressionSuffix(sourceFile).toLowerCase(java.util.Locale.ROOT);
    return n.endsWith(".jsonl") || n.endsWith(".ndjson");
  }

  /**
   * JSON documents: a sequence of top-level objects (pretty-printed or not) or arrays of objects, each object one
   * record. A syntax error cannot be skipped reliably here, so it ends the file with one rejection.
   */
  private void readDocuments(String sourceFile, InputStream in, RecordSink sink) {
    java.io.Reader reader = new java.io.InputStreamReader(in, text.charset().newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT));
    long n = 0;
    String locator = "object 1 (line 1)";
    try (JsonParser p = json.createParser(reader)) {
      JsonToken t;
      int depth = 0; // 1 inside a top-level array
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.START_ARRAY && depth == 0) {
          depth = 1;
          continue;
        }
        if (t == JsonToken.END_ARRAY && depth == 1) {
          depth = 0;
          continue;
        }
        n++;
        locator = "object " + n + " (line " + p.currentTokenLocation().getLineNr() + ")";
        if (t != JsonToken.START_OBJECT) {
          p.skipChildren();
          sink.reject(new Rejection(sourceFile, locator, Rejection.MALFORMED_JSON,
              "a JSON " + t + " where an article object was expected", null, 0));
          continue;
        }
        Map<String, String> fields = objectScalars(p);
        sink.accept(toRaw(sourceFile, locator, fields));
      }
    } catch (java.nio.charset.CharacterCodingException e) {
      sink.reject(new Rejection(sourceFile, locator, Rejection.INVALID_ENCODING,
          "file is not valid " + text.charset() + " from here on; re-encode it", null, 0));
    } catch (IOException e) {
      if (e instanceof TruncatedInputException) {
        ReadFailures.report(sink, sourceFile, locator, e, "", 0);
      } else {
        sink.reject(new Rejection(sourceFile, locator, Rejection.MALFORMED_JSON,
            "JSON document breaks here; the rest of the file is lost: " + firstLine(e.getMessage()), null, 0));
      }
    }
  }

  private void readLines(String sourceFile, InputStream in, RecordSink sink) {
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
    sink.accept(toRaw(sourceFile, locator, fields));
  }

  private RawArticle toRaw(String sourceFile, String locator, Map<String, String> fields) {
    return new RawArticle(sourceFile, locator, pick(fields, "url"), pick(fields, "title"), pick(fields, "text"),
        pick(fields, "date"), pick(fields, "outlet"), pick(fields, "lang"));
  }

  /** Reads one JSON object, keeping its top-level string/number/boolean fields; nested values are skipped. */
  private Map<String, String> topLevelScalars(String line) throws IOException {
    Map<String, String> out;
    try (JsonParser p = json.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("the line is not a JSON object");
      out = objectScalars(p);
      if (p.nextToken() != null) throw new IOException("text after the end of the JSON object");
    }
    return out;
  }

  /** With the parser on START_OBJECT: the object's scalar fields, nested values skipped; ends on END_OBJECT. */
  private static Map<String, String> objectScalars(JsonParser p) throws IOException {
    Map<String, String> out = new HashMap<>();
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
