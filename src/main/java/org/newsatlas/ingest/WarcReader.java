package org.newsatlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC files (CC-NEWS and alike; gzip already removed by {@link Decompression}). The input records are the
 * {@code response} and {@code resource} records: each becomes an article (HTTP 200, HTML) or a NOT_AN_ARTICLE
 * rejection whose raw text is the URL (redirects, errors, images, PDFs...). {@code warcinfo}, {@code request},
 * {@code metadata}, {@code revisit} and {@code conversion} records describe a capture rather than hold one, so they
 * are not input records and are not counted. Records are cut by {@link WarcRecordSplitter}: one whose header cannot
 * be parsed, whose Content-Length is wrong or that is cut off is one MALFORMED_WARC rejection, and reading goes on at
 * the next {@code WARC/1.x} header. Locator: {@code offset N} of the record in the decompressed stream.
 */
public final class WarcReader implements FormatReader {
  private final int maxRecordBytes;
  private final HtmlArticleExtractor html = new HtmlArticleExtractor();

  public WarcReader(int maxRecordBytes) {
    this.maxRecordBytes = maxRecordBytes;
  }

  @Override
  public void read(String sourceFile, InputStream in, RecordSink sink) {
    WarcRecordSplitter records = new WarcRecordSplitter(in, maxRecordBytes);
    long offset = 0;
    try {
      WarcRecordSplitter.Piece piece;
      while ((piece = records.next()) != null) {
        offset = piece.offset;
        String locator = "offset " + offset;
        if (piece.problem != null) {
          sink.reject(new Rejection(sourceFile, locator, piece.problem, piece.message, piece.targetUri, piece.size));
          continue;
        }
        readRecord(sourceFile, locator, piece, sink);
      }
    } catch (IOException e) {
      ReadFailures.report(sink, sourceFile, "offset " + offset, e, "", 0);
    }
  }

  /** One whole record: parsed by jwarc; a failure here costs this record only. */
  private void readRecord(String sourceFile, String locator, WarcRecordSplitter.Piece piece, RecordSink sink) {
    try (org.netpreserve.jwarc.WarcReader one =
        new org.netpreserve.jwarc.WarcReader(new java.io.ByteArrayInputStream(piece.record))) {
      Optional<WarcRecord> next = one.next();
      if (next.isEmpty()) return;
      WarcRecord rec = next.get();
      if (rec instanceof WarcResponse r) {
        readResponse(sourceFile, locator, r, sink);
      } else if (rec instanceof WarcResource r) {
        readResource(sourceFile, locator, r, sink);
      }
    } catch (IOException | RuntimeException e) { // a header jwarc refuses, a page the HTML parser chokes on
      sink.reject(new Rejection(sourceFile, locator, Rejection.MALFORMED_WARC,
          "record cannot be read as a web capture: " + e, piece.targetUri, piece.size));
    }
  }

  private void readResponse(String sourceFile, String locator, WarcResponse r, RecordSink sink) throws IOException {
    String url = r.target();
    HttpResponse http;
    try {
      http = r.http();
    } catch (ParsingException e) {
      sink.reject(new Rejection(sourceFile, locator, Rejection.NOT_AN_ARTICLE,
          "response is not an HTTP message (" + e.getMessage() + ")", url, 0));
      return;
    }
    if (http.status() != 200) {
      sink.reject(new Rejection(sourceFile, locator, Rejection.NOT_AN_ARTICLE,
          "HTTP status " + http.status() + ", not 200", url, 0));
      return;
    }
    MediaType type = http.contentType();
    if (!isHtml(type)) {
      sink.reject(new Rejection(sourceFile, locator, Rejection.NOT_AN_ARTICLE,
          "content type " + type + " is not HTML", url, 0));
      return;
    }
    String lang = http.headers().first("Content-Language").orElse(null);
    toArticle(sourceFile, locator, url, r.date().toString(), type, http.bodyDecoded().stream(), lang, sink);
  }

  private void readResource(String sourceFile, String locator, WarcResource r, RecordSink sink) throws IOException {
    MediaType type = r.contentType();
    if (!isHtml(type)) {
      sink.reject(new Rejection(sourceFile, locator, Rejection.NOT_AN_ARTICLE,
          "resource of type " + type + " is not HTML", r.target(), 0));
      return;
    }
    toArticle(sourceFile, locator, r.target(), r.date().toString(), type, r.body().stream(), null, sink);
  }

  private void toArticle(String sourceFile, String locator, String url, String warcDate, MediaType type,
      InputStream body, String headerLang, RecordSink sink) throws IOException {
    byte[] bytes = body.readNBytes(maxRecordBytes);
    long size = bytes.length;
    if (bytes.length == maxRecordBytes) {
      long rest = body.transferTo(java.io.OutputStream.nullOutputStream());
      if (rest > 0) {
        sink.reject(new Rejection(sourceFile, locator, Rejection.RECORD_TOO_LARGE, "page of " + (size + rest)
            + " bytes exceeds the limit of " + maxRecordBytes + " bytes (setting max.record.bytes)", url,
            size + rest));
        return;
      }
    }
    Document doc = Jsoup.parse(new java.io.ByteArrayInputStream(bytes), charsetOf(type), url == null ? "" : url);
    HtmlArticleExtractor.Page page = html.extract(doc);
    String date = page.date() != null ? page.date() : warcDate;
    String lang = HtmlArticleExtractor.langTag(page.lang() != null ? page.lang() : headerLang);
    sink.accept(new RawArticle(sourceFile, locator, url, page.title(), page.text(), date, hostOf(url), lang));
  }

  private static boolean isHtml(MediaType type) {
    if (type == null) return false;
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  /** The charset the HTTP header declares, if Java knows it; null lets jsoup read the page's meta charset. */
  private static String charsetOf(MediaType type) {
    String cs = type.parameters().get("charset");
    if (cs == null) return null;
    try {
      return Charset.forName(cs.trim()).name();
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static String hostOf(String url) {
    return url == null ? null : UrlCanonicalizer.host(url);
  }
}
