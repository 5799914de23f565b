package org.newsatlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One article per plain-text file. Outlet, date and optionally title come from the file name, through a regex with
 * named groups {@code outlet}, {@code date}, {@code title}; outlet codes in the name (KB_JB729_...) are mapped to
 * outlet names through a code table; a sidecar {@code <stem>.meta.json} overrides what the name says. With a
 * pattern, a file whose name does not match (a README) is rejected as UNMATCHED_FILE_NAME, never silently skipped.
 * Sidecar files themselves ({@code *.meta.json}, {@code *.json}) are metadata of another record and yield nothing.
 */
public final class TextFolderReader implements FormatReader {
  private final Pattern fileNamePattern;
  private final Map<String, String> outletCodes;
  private final boolean titleFromFirstLine;
  private final int maxRecordBytes;
  private final ByteText text;
  private final SidecarLookup sidecars;

  /**
   * @param fileNamePattern regex over the base file name, or null to take every file (outlet/date then come from a
   *     sidecar or the profile's defaults)
   * @param outletCodes outlet code → outlet name (empty: the outlet group is used as is)
   */
  public TextFolderReader(Pattern fileNamePattern, Map<String, String> outletCodes, boolean titleFromFirstLine,
      int maxRecordBytes, Charset charset, SidecarLookup sidecars) {
    this.fileNamePattern = fileNamePattern;
    this.outletCodes = Map.copyOf(outletCodes);
    this.titleFromFirstLine = titleFromFirstLine;
    this.maxRecordBytes = maxRecordBytes;
    this.text = new ByteText(charset);
    this.sidecars = sidecars == null ? SidecarLookup.none() : sidecars;
  }

  /** True for metadata files that describe another file rather than being an article. */
  public static boolean isSidecar(String fileName) {
    String n = baseName(fileName).toLowerCase(Locale.ROOT);
    return n.endsWith(".json");
  }

  @Override
  public void read(String sourceFile, InputStream in, RecordSink sink) {
    String name = baseName(sourceFile);
    if (isSidecar(name)) return;
    String locator = "file";
    byte[] buf = new byte[Math.min(maxRecordBytes, 1 << 16)];
    int len = 0;
    long total = 0;
    try {
      while (true) {
        if (len == buf.length && len < maxRecordBytes) {
          buf = java.util.Arrays.copyOf(buf, (int) Math.min((long) maxRecordBytes, buf.length * 2L));
        }
        if (len == buf.length) { // over the limit: count the rest without keeping it
          long skipped = in.transferTo(java.io.OutputStream.nullOutputStream());
          total += skipped;
          break;
        }
        int n = in.read(buf, len, buf.length - len);
        if (n < 0) break;
        len += n;
        total += n;
      }
    } catch (IOException e) {
      ReadFailures.report(sink, sourceFile, locator, e, text.lenient(buf, 0, len), total);
      return;
    }
    String head = text.lenient(buf, 0, Math.min(len, JsonLinesReader.KEEP_WHEN_TOO_LARGE));
    Matcher m = null;
    if (fileNamePattern != null) {
      m = fileNamePattern.matcher(name);
      if (!m.matches()) {
        sink.reject(new Rejection(sourceFile, locator, Rejection.UNMATCHED_FILE_NAME, "file name '" + name
            + "' does not match the input profile's file.pattern " + fileNamePattern.pattern(), head, total));
        return;
      }
    }
    if (total > maxRecordBytes) {
      sink.reject(new Rejection(sourceFile, locator, Rejection.RECORD_TOO_LARGE, "file of " + total
          + " bytes exceeds the limit of " + maxRecordBytes + " bytes (setting max.record.bytes)", head, total));
      return;
    }
    if (ByteText.looksBinary(buf, 0, len)) {
      sink.reject(new Rejection(sourceFile, locator, Rejection.BINARY_CONTENT,
          "file holds NUL or control bytes: binary data, not text", head, total));
      return;
    }
    String body;
    try {
      body = text.decode(buf, 0, len);
    } catch (CharacterCodingException e) {
      sink.reject(new Rejection(sourceFile, locator, Rejection.INVALID_ENCODING,
          "file is not valid in the profile's encoding; re-encode it or set encoding= in the input profile", head,
          total));
      return;
    }
    String outlet = group(m, "outlet");
    if (outlet != null) outlet = outletCodes.getOrDefault(outlet, outlet);
    String date = group(m, "date");
    String title = group(m, "title");
    if (title != null) title = title.replace('_', ' ');
    if (titleFromFirstLine) {
      String stripped = body.strip();
      int nl = stripped.indexOf('\n');
      if (nl > 0) {
        title = stripped.substring(0, nl).strip();
        body = stripped.substring(nl + 1);
      }
    }
    String url = null;
    String lang = null;
    Map<String, String> meta;
    try {
      meta = sidecars.find(sourceFile);
    } catch (IOException | RuntimeException e) {
      meta = null; // an unreadable sidecar leaves the file-name values; the article is still judged on them
    }
    if (meta != null) {
      url = meta.getOrDefault("url", url);
      title = meta.getOrDefault("title", title);
      date = meta.getOrDefault("date", date);
      outlet = meta.getOrDefault("outlet", outlet);
      lang = meta.getOrDefault("lang", lang);
    }
    sink.accept(new RawArticle(sourceFile, locator, url, title, body, date, outlet, lang));
  }

  private static String group(Matcher m, String name) {
    if (m == null) return null;
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null; // the pattern has no such group
    }
  }

  static String baseName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return slash < 0 ? path : path.substring(slash + 1);
  }
}
