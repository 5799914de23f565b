package org.newsatlas.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Writes WARC 1.0 records byte by byte, so that tests can also write broken ones (wrong Content-Length). */
final class WarcFixtures {
  private WarcFixtures() {}

  static byte[] record(String type, String targetUri, String date, String contentType, byte[] block,
      long declaredLength) {
    StringBuilder h = new StringBuilder();
    h.append("WARC/1.0\r\n");
    h.append("WARC-Type: ").append(type).append("\r\n");
    h.append("WARC-Record-ID: <urn:uuid:")
        .append(UUID.nameUUIDFromBytes((type + targetUri + date).getBytes(StandardCharsets.UTF_8))).append(">\r\n");
    h.append("WARC-Date: ").append(date).append("\r\n");
    if (targetUri != null) h.append("WARC-Target-URI: ").append(targetUri).append("\r\n");
    h.append("Content-Type: ").append(contentType).append("\r\n");
    h.append("Content-Length: ").append(declaredLength).append("\r\n\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(h.toString().getBytes(StandardCharsets.UTF_8));
    out.writeBytes(block);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  static byte[] record(String type, String targetUri, String date, String contentType, byte[] block) {
    return record(type, targetUri, date, contentType, block, block.length);
  }

  static byte[] warcinfo() {
    return record("warcinfo", null, "2021-01-04T00:00:00Z", "application/warc-fields",
        "software: newsatlas test fixtures\r\nformat: WARC File Format 1.0\r\n".getBytes(StandardCharsets.UTF_8));
  }

  static byte[] request(String url, String date) {
    String host = UrlCanonicalizer.host(url);
    return record("request", url, date, "application/http; msgtype=request",
        ("GET " + url.substring(url.indexOf('/', 8)) + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
  }

  static byte[] response(String url, String date, int status, String contentType, String body) {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    String http = "HTTP/1.1 " + status + " " + (status == 200 ? "OK" : status == 404 ? "Not Found" : "Moved") + "\r\n"
        + "Content-Type: " + contentType + "\r\nContent-Length: " + b.length + "\r\n\r\n";
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    block.writeBytes(http.getBytes(StandardCharsets.UTF_8));
    block.writeBytes(b);
    return record("response", url, date, "application/http; msgtype=response", block.toByteArray());
  }

  /** A news page with the boilerplate a real one has around its article. */
  static String page(String title, String published, String lang, String... paragraphs) {
    StringBuilder p = new StringBuilder();
    for (String para : paragraphs) p.append("<p>").append(para).append("</p>\n");
    return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>" + title
        + " | Site</title>"
        + (published == null ? "" : "<meta property=\"article:published_time\" content=\"" + published + "\">")
        + "<script>var tracker = 'this script text is not the article and must not appear';</script>"
        + "<style>body { font-family: serif; }</style></head><body>"
        + "<header><a href=\"/\">Home</a> <a href=\"/world\">World news and more sections here</a></header>"
        + "<nav><ul><li><a href=\"/a\">Navigation link number one with words</a></li></ul></nav>"
        + "<main><article><h1>" + title + "</h1>" + p + "</article></main>"
        + "<aside><p>Related: a sidebar paragraph that is long enough to look like text but is not.</p></aside>"
        + "<footer><p>Copyright notice of the site, all rights reserved, contact and legal pages.</p></footer>"
        + "<script>document.write('more script');</script></body></html>";
  }
}
