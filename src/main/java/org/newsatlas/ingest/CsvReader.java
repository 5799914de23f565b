package org.newsatlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CSV with a header row (RFC 4180: quoted fields, doubled quotes, newlines inside quotes, CRLF or LF, a UTF-8 BOM).
 * Parses bytes, not chars: the delimiter, quote and newlines are ASCII and never occur inside a UTF-8 multi-byte
 * sequence, so each field is decoded strictly on its own and one badly encoded row cannot derail the rows after it.
 * A row whose field count differs from the header's, or with text after a closing quote, or with a quote left open
 * at the end of the file, is MALFORMED_CSV with its raw text. Locator: {@code row N (line L)}, N counting data rows
 * from 1 and L the file line the row starts on.
 */
public final class CsvReader implements FormatReader {
  private final FieldMapping mapping;
  private final int maxRecordBytes;
  private final byte delimiter;
  private final ByteText text;

  public CsvReader(FieldMapping mapping, int maxRecordBytes, char delimiter, Charset charset) {
    if (delimiter > 0x7f || delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
      throw new IllegalArgumentException("CSV delimiter must be one ASCII character other than quote or newline");
    }
    this.mapping = mapping;
    this.maxRecordBytes = maxRecordBytes;
    this.delimiter = (byte) delimiter;
    this.text = new ByteText(charset);
  }

  public CsvReader(FieldMapping mapping) {
    this(mapping, 20 << 20, ',', StandardCharsets.UTF_8);
  }

  @Override
  public void read(String sourceFile, InputStream in, RecordSink sink) {
    RowParser rows = new RowParser(in);
    int[] columns = null;
    long row = 0;
    try {
      while (rows.next()) {
        if (columns == null) {
          columns = header(sourceFile, rows, sink);
          if (columns == null) return;
          continue;
        }
        if (rows.isBlankLine()) continue;
        row++;
        readRow(sourceFile, "row " + row + " (line " + rows.startLine + ")", rows, columns, sink);
      }
    } catch (IOException e) {
      ReadFailures.report(sink, sourceFile, "row " + (row + 1) + " (line " + rows.startLine + ")", e,
          rows.rawText(), rows.rawBytes);
    }
  }

  /** Maps each article field to a header column index (-1 when absent); null when the header itself is unusable. */
  private int[] header(String sourceFile, RowParser rows, RecordSink sink) {
    List<String> names = new ArrayList<>();
    try {
      for (int i = 0; i < rows.fieldCount; i++) names.add(rows.field(i, text).trim());
    } catch (CharacterCodingException e) {
      sink.reject(new Rejection(sourceFile, "header (line 1)", Rejection.INVALID_ENCODING,
          "header row is not valid in the file's encoding; no row of this file can be read", rows.rawText(),
          rows.rawBytes));
      return null;
    }
    int[] cols = new int[FieldMapping.ARTICLE_FIELDS.size() * 4];
    Arrays.fill(cols, -1);
    headerSize = names.size();
    for (int f = 0; f < FieldMapping.ARTICLE_FIELDS.size(); f++) {
      List<String> sources = mapping.sources(FieldMapping.ARTICLE_FIELDS.get(f));
      for (int a = 0; a < Math.min(4, sources.size()); a++) cols[f * 4 + a] = indexOfIgnoreCase(names, sources.get(a));
    }
    return cols;
  }

  private int headerSize;

  private void readRow(String sourceFile, String locator, RowParser rows, int[] cols, RecordSink sink) {
    if (rows.tooLarge) {
      sink.reject(new Rejection(sourceFile, locator, Rejection.RECORD_TOO_LARGE, "row of " + rows.rawBytes
          + " bytes exceeds the limit of " + maxRecordBytes + " bytes (setting max.record.bytes)",
          rows.rawText(), rows.rawBytes));
      return;
    }
    if (rows.malformed != null || rows.fieldCount != headerSize) {
      String why = rows.malformed != null ? rows.malformed
          : "row has " + rows.fieldCount + " fields, the header has " + headerSize;
      sink.reject(new Rejection(sourceFile, locator, Rejection.MALFORMED_CSV, why, rows.rawText(), rows.rawBytes));
      return;
    }
    if (ByteText.looksBinary(rows.values, 0, rows.valuesLen)) {
      sink.reject(new Rejection(sourceFile, locator, Rejection.BINARY_CONTENT,
          "row holds NUL or control bytes: binary data, not text", rows.rawText(), rows.rawBytes));
      return;
    }
    String[] v = new String[FieldMapping.ARTICLE_FIELDS.size()];
    try {
      for (int f = 0; f < v.length; f++) {
        for (int a = 0; a < 4 && v[f] == null; a++) {
          int c = cols[f * 4 + a];
          if (c < 0) continue;
          String s = rows.field(c, text);
          if (!s.isBlank()) v[f] = s;
        }
      }
    } catch (CharacterCodingException e) {
      sink.reject(new Rejection(sourceFile, locator, Rejection.INVALID_ENCODING,
          "row is not valid in the file's encoding; re-encode the file (or set encoding= in the input profile)",
          rows.rawText(), rows.rawBytes));
      return;
    }
    sink.accept(new RawArticle(sourceFile, locator, v[0], v[1], v[2], v[3], v[4], v[5]));
  }

  private static int indexOfIgnoreCase(List<String> names, String wanted) {
    for (int i = 0; i < names.size(); i++) if (names.get(i).equalsIgnoreCase(wanted)) return i;
    return -1;
  }

  /** Reads one CSV record at a time into reused buffers: unquoted field values, and the raw bytes (capped). */
  private final class RowParser {
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int len;
    private boolean eof;
    private boolean first = true;

    byte[] values = new byte[1 << 12];
    int valuesLen;
    int[] fieldEnds = new int[64];
    int fieldCount;
    final byte[] raw = new byte[Rejection.MAX_RAW_CHARS];
    int rawLen;
    long rawBytes;
    boolean tooLarge;
    String malformed;
    long line = 1;
    long startLine;

    RowParser(InputStream in) {
      this.in = in;
    }

    // Refills the buffer when it is used up; false at the end of the input.
    private boolean fill() throws IOException {
      if (pos < len) return true;
      if (eof) return false;
      int n = in.read(buf, 0, buf.length);
      if (n <= 0) {
        eof = true;
        return false;
      }
      pos = 0;
      len = n;
      return true;
    }

    private int read() throws IOException {
      if (!fill()) return -1;
      int c = buf[pos++] & 0xff;
      rawBytes++;
      if (rawLen < raw.length) raw[rawLen++] = (byte) c;
      if (c == '\n') line++;
      return c;
    }

    private int peek() throws IOException {
      return fill() ? buf[pos] & 0xff : -1;
    }

    private void put(int c) {
      if (tooLarge) return;
      if (valuesLen == maxRecordBytes) {
        tooLarge = true;
        return;
      }
      if (valuesLen == values.length) values = Arrays.copyOf(values, Math.min(maxRecordBytes, values.length * 2));
      values[valuesLen++] = (byte) c;
    }

    private void endField() {
      if (fieldCount == fieldEnds.length) fieldEnds = Arrays.copyOf(fieldEnds, fieldCount * 2);
      fieldEnds[fieldCount++] = valuesLen;
    }

    /** Reads the next record; false at the end of the input. */
    boolean next() throws IOException {
      valuesLen = 0;
      fieldCount = 0;
      rawLen = 0;
      rawBytes = 0;
      tooLarge = false;
      malformed = null;
      startLine = line;
      if (first) {
        first = false;
        if (peek() == 0xEF) { // UTF-8 BOM
          read();
          if (peek() == 0xBB) read();
          if (peek() == 0xBF) read();
          rawLen = 0;
          rawBytes = 0;
        }
      }
      if (peek() < 0) return false;
      boolean quoted = false;
      boolean afterQuote = false;
      boolean fieldStart = true;
      while (true) {
        int c = read();
        if (c < 0) {
          if (quoted) malformed = "quote opened on line " + startLine + " is never closed before the end of the file";
          endField();
          return true;
        }
        if (quoted) {
          if (c == '"') {
            if (peek() == '"') {
              read();
              put('"');
            } else {
              quoted = false;
              afterQuote = true;
            }
          } else {
            put(c);
          }
          continue;
        }
        if (c == delimiter) {
          endField();
          fieldStart = true;
          afterQuote = false;
          continue;
        }
        if (c == '\r' && peek() == '\n') continue;
        if (c == '\n') {
          endField();
          return true;
        }
        if (fieldStart && c == '"') {
          quoted = true;
          fieldStart = false;
          continue;
        }
        if (afterQuote && malformed == null) {
          malformed = "text after the closing quote of field " + (fieldCount + 1);
        }
        fieldStart = false;
        put(c);
      }
    }

    boolean isBlankLine() {
      return fieldCount == 1 && valuesLen == 0 && malformed == null;
    }

    String field(int i, ByteText decoder) throws CharacterCodingException {
      int start = i == 0 ? 0 : fieldEnds[i - 1];
      return decoder.decode(values, start, fieldEnds[i] - start);
    }

    String rawText() {
      int n = rawLen;
      while (n > 0 && (raw[n - 1] == '\n' || raw[n - 1] == '\r')) n--;
      return text.lenient(raw, 0, n);
    }
  }
}
