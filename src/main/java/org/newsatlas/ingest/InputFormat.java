package org.newsatlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** The formats ingest reads, and how a file's format is told from its name and first bytes. */
public enum InputFormat {
  JSONL, CSV, TEXT, WARC;

  /** Parses a profile's {@code format=} value; {@code auto} (or blank) gives null. */
  public static InputFormat parse(String s) {
    if (s == null || s.isBlank() || s.equalsIgnoreCase("auto")) return null;
    switch (s.trim().toLowerCase(Locale.ROOT)) {
      case "jsonl": case "json": case "ndjson": return JSONL;
      case "csv": return CSV;
      case "text": case "txt": return TEXT;
      case "warc": return WARC;
      default: throw new IllegalArgumentException("unknown input format '" + s
          + "'; use one of jsonl, csv, text, warc, auto");
    }
  }

  /**
   * The format of a file from its name (compression suffix ignored: {@code .jsonl.gz}, {@code .warc.gz}), else from
   * the first bytes of its decompressed content ({@code WARC/}, a JSON object); null when neither tells.
   *
   * @param decompressed the decompressed stream, which must support mark/reset (it is not consumed)
   */
  public static InputFormat detect(String fileName, InputStream decompressed) throws IOException {
    String n = Decompression.stripCompressionSuffix(TextFolderReader.baseName(fileName)).toLowerCase(Locale.ROOT);
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) return JSONL;
    if (n.endsWith(".csv")) return CSV;
    if (n.endsWith(".txt")) return TEXT;
    if (n.endsWith(".warc") || n.endsWith(".arc")) return WARC;
    decompressed.mark(16);
    byte[] head = decompressed.readNBytes(16);
    decompressed.reset();
    int i = 0;
    if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) i = 3;
    while (i < head.length && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t')) i++;
    String start = new String(head, i, head.length - i, java.nio.charset.StandardCharsets.ISO_8859_1);
    if (start.startsWith("WARC/")) return WARC;
    if (start.startsWith("{")) return JSONL;
    return null;
  }
}
