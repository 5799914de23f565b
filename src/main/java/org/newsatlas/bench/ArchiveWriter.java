package org.newsatlas.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * Writes generated articles as an archive file: news-please JSON Lines (gzip), or WARC/1.0 response records of HTML
 * pages, each record its own gzip member (as CC-NEWS does). Written to a temporary name and renamed when complete, so
 * an interrupted run never leaves a file that looks whole.
 */
public abstract class ArchiveWriter implements AutoCloseable {
  protected final OutputStream out;
  private final Path tmp, target;

  ArchiveWriter(Path target) throws IOException {
    this.target = target;
    this.tmp = target.resolveSibling(target.getFileName() + ".part");
    this.out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
  }

  public abstract void write(ArticleComposer.Article a) throws IOException;

  @Override
  public void close() throws IOException {
    out.close();
    Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  public static ArchiveWriter create(String format, Path target) throws IOException {
    return switch (format) {
      case "jsonl" -> new JsonLines(target);
      case "warc" -> new Warc(target);
      default -> throw new IllegalArgumentException("format must be jsonl or warc, not " + format);
    };
  }

  public static String extension(String format) {
    return format.equals("warc") ? ".warc.gz" : ".jsonl.gz";
  }

  static final DateTimeFormatter NEWSPLEASE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  /** news-please's field names; one gzip stream per file. */
  static final class JsonLines extends ArchiveWriter {
    private final GZIPOutputStream gz;
    private final StringBuilder line = new StringBuilder(8192);

    JsonLines(Path target) throws IOException {
      super(target);
      gz = new GZIPOutputStream(out, 1 << 16);
    }

    @Override
    public void write(ArticleComposer.Article a) throws IOException {
      line.setLength(0);
      line.append("{\"url\": ");
      str(a.url());
      line.append(", \"source_domain\": ");
      str("www." + a.outlet().domain());
      line.append(", \"title\": ");
      str(a.title());
      line.append(", \"title_page\": null, \"title_rss\": null, \"description\": null, \"maintext\": ");
      str(a.text());
      line.append(", \"authors\": [], \"date_publish\": ");
      str(NEWSPLEASE_DATE.format(a.published()));
      line.append(", \"date_download\": ");
      str(NEWSPLEASE_DATE.format(a.downloaded()));
      line.append(", \"date_modify\": null, \"language\": ");
      str(a.outlet().lang());
      line.append(", \"image_url\": null}\n");
      gz.write(line.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void str(String s) {
      line.append('"');
      for (int k = 0; k < s.length(); k++) {
        char c = s.charAt(k);
        switch (c) {
          case '"' -> line.append("\\\"");
          case '\\' -> line.append("\\\\");
          case '\n' -> line.append("\\n");
          case '\r' -> line.append("\\r");
          case '\t' -> line.append("\\t");
          default -> {
            if (c < 0x20) line.append(String.format("\\u%04x", (int) c));
            else line.append(c);
          }
        }
      }
      line.append('"');
    }

    @Override
    public void close() throws IOException {
      gz.finish();
      super.close();
    }
  }

  /** WARC/1.0: a warcinfo record, then one response record (HTTP 200, an HTML page) per article. */
  static final class Warc extends ArchiveWriter {
    private boolean started;

    Warc(Path target) throws IOException {
      super(target);
    }

    @Override
    public void write(ArticleComposer.Article a) throws IOException {
      if (!started) {
        started = true;
        byte[] info = ("software: newsatlas make-corpus\r\nformat: WARC File Format 1.0\r\n").getBytes(StandardCharsets.UTF_8);
        record("warcinfo", null, a.downloaded(), "application/warc-fields", info, "info-" + a.index());
      }
      byte[] html = html(a).getBytes(StandardCharsets.UTF_8);
      String head = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Language: " + a.outlet().lang()
          + "\r\nContent-Length: " + html.length + "\r\n\r\n";
      byte[] h = head.getBytes(StandardCharsets.UTF_8);
      byte[] block = new byte[h.length + html.length];
      System.arraycopy(h, 0, block, 0, h.length);
      System.arraycopy(html, 0, block, h.length, html.length);
      record("response", a.url(), a.downloaded(), "application/http; msgtype=response", block, a.url() + "#" + a.index());
    }

    private void record(String type, String uri, Instant date, String contentType, byte[] block, String idSeed)
        throws IOException {
      StringBuilder h = new StringBuilder(512);
      h.append("WARC/1.0\r\nWARC-Type: ").append(type).append("\r\n");
      if (uri != null) h.append("WARC-Target-URI: ").append(uri).append("\r\n");
      h.append("WARC-Date: ").append(DateTimeFormatter.ISO_INSTANT.format(date.with(java.time.temporal.ChronoField.NANO_OF_SECOND, 0)))
          .append("\r\nWARC-Record-ID: <urn:uuid:")
          .append(UUID.nameUUIDFromBytes(idSeed.getBytes(StandardCharsets.UTF_8))).append(">\r\n")
          .append("Content-Type: ").append(contentType).append("\r\nContent-Length: ").append(block.length).append("\r\n\r\n");
      GZIPOutputStream gz = new GZIPOutputStream(new NonClosing(out), 1 << 16);
      gz.write(h.toString().getBytes(StandardCharsets.UTF_8));
      gz.write(block);
      gz.write("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
      gz.finish();
    }

    /** A page as a news site serves it: navigation and footer around the article, the date in a meta tag. */
    static String html(ArticleComposer.Article a) {
      StringBuilder b = new StringBuilder(a.text().length() + 1200);
      String lang = a.outlet().lang();
      b.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\"").append(lang.equals("ar") ? " dir=\"rtl\"" : "")
          .append("><head><meta charset=\"utf-8\"><title>");
      esc(b, a.title());
      b.append(" | ").append(a.outlet().name()).append("</title>\n<meta property=\"og:title\" content=\"");
      esc(b, a.title());
      b.append("\">\n<meta property=\"article:published_time\" content=\"")
          .append(DateTimeFormatter.ISO_INSTANT.format(a.published())).append("\">\n</head><body>\n<header><nav><a href=\"/\">")
          .append(a.outlet().name()).append("</a> <a href=\"/world\">World</a> <a href=\"/politics\">Politics</a> ")
          .append("<a href=\"/sport\">Sport</a></nav></header>\n<main><article><h1>");
      esc(b, a.title());
      b.append("</h1>\n");
      for (String p : a.text().split("\n")) {
        b.append("<p>");
        esc(b, p);
        b.append("</p>\n");
      }
      b.append("</article></main>\n<footer><p>&copy; ").append(a.outlet().name())
          .append(". All rights reserved.</p></footer>\n</body></html>\n");
      return b.toString();
    }

    private static void esc(StringBuilder b, String s) {
      for (int k = 0; k < s.length(); k++) {
        char c = s.charAt(k);
        switch (c) {
          case '&' -> b.append("&amp;");
          case '<' -> b.append("&lt;");
          case '>' -> b.append("&gt;");
          case '"' -> b.append("&quot;");
          default -> b.append(c);
        }
      }
    }
  }

  /** Lets one gzip member finish without closing the file under it. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream o) {
      super(o);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
