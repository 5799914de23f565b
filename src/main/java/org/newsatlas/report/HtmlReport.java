package org.newsatlas.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Builds the one self-contained HTML page: sections with a reading guide and a caveat, images embedded (PNG as
 * base64 data URIs, SVG inline) and also written as files beside the page for slides and papers.
 */
final class HtmlReport {
  private final Path dir;
  private final StringBuilder body = new StringBuilder();
  private final StringBuilder toc = new StringBuilder();
  private final Set<String> assetNames = new LinkedHashSet<>();

  HtmlReport(Path dir) {
    this.dir = dir;
  }

  /** Adds a section; {@code guide} says how to read it, {@code caveat} what not to conclude; both may hold HTML. */
  void section(String id, String title, String guide, String caveat, String content) {
    toc.append("<li><a href=\"#").append(id).append("\">").append(esc(title)).append("</a></li>");
    body.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(title)).append("</h2>\n");
    if (guide != null) body.append("<p class=\"guide\"><b>How to read:</b> ").append(guide).append("</p>\n");
    if (caveat != null) body.append("<p class=\"caveat\"><b>Caveat:</b> ").append(caveat).append("</p>\n");
    body.append(content).append("\n</section>\n");
  }

  /** Writes {@code name} (a .png) beside the page and returns an {@code <img>} that embeds it. */
  String png(String name, byte[] bytes, String alt) throws IOException {
    String file = unique(name);
    Files.write(dir.resolve(file), bytes);
    return "<figure><img alt=\"" + esc(alt) + "\" src=\"data:image/png;base64,"
        + Base64.getEncoder().encodeToString(bytes) + "\"><figcaption><a href=\"" + file + "\">" + file
        + "</a></figcaption></figure>";
  }

  /** Writes {@code name} (a .svg) beside the page and returns the same SVG inline. */
  String svg(String name, String svg) throws IOException {
    String file = unique(name);
    Files.writeString(dir.resolve(file), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg, StandardCharsets.UTF_8);
    return "<figure>" + svg + "<figcaption><a href=\"" + file + "\">" + file + "</a></figcaption></figure>";
  }

  /** A note in place of a chart, e.g. when its table is absent. */
  static String missing(String why) {
    return "<p class=\"missing\">Nothing to show: " + why + ".</p>";
  }

  Path write(String title, String header) throws IOException {
    String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + esc(title)
        + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n<header>\n<h1>" + esc(title) + "</h1>\n" + header
        + "\n<nav><ol>" + toc + "</ol></nav>\n</header>\n<main>\n" + body + "</main>\n</body>\n</html>\n";
    Path out = dir.resolve("report.html");
    Files.writeString(out, html, StandardCharsets.UTF_8);
    return out;
  }

  private String unique(String name) {
    String n = name;
    int k = 2;
    while (!assetNames.add(n)) {
      int dot = name.lastIndexOf('.');
      n = name.substring(0, dot) + "-" + k++ + name.substring(dot);
    }
    return n;
  }

  static String esc(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** A file-name-safe slug of a label (outlet keys are domains, so this stays readable). */
  static String slug(String s) {
    String t = s == null ? "x" : s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return t.isEmpty() ? "x" : t;
  }

  private static final String CSS = String.join("\n",
      "body{font-family:'DejaVu Sans',Arial,Helvetica,sans-serif;margin:0;color:#222;background:#fff;line-height:1.4}",
      "header{background:#f3f5f7;border-bottom:1px solid #d9dee3;padding:16px 32px}",
      "h1{margin:0 0 8px 0;font-size:26px}",
      "main{padding:0 32px 32px 32px;max-width:1240px}",
      "section{border-bottom:1px solid #e3e6e9;padding:12px 0 20px 0}",
      "h2{font-size:20px;margin:16px 0 6px 0}",
      "h3{font-size:15px;margin:14px 0 4px 0}",
      "p.guide{margin:4px 0;color:#333}",
      "p.caveat{margin:4px 0 10px 0;color:#7a4b00;background:#fff7e6;border-left:3px solid #f0a020;padding:4px 8px}",
      "p.missing{color:#777;font-style:italic;background:#f6f6f6;padding:10px}",
      "table.facts{border-collapse:collapse;margin:6px 0}",
      "table.facts td,table.facts th{padding:2px 12px 2px 0;text-align:left;font-size:14px}",
      "table.facts td.n{text-align:right;font-variant-numeric:tabular-nums}",
      "figure{margin:8px 0;display:inline-block;vertical-align:top}",
      "figure img{max-width:100%;height:auto;border:1px solid #eee}",
      "figcaption{font-size:11px;color:#888}",
      "figcaption a{color:#888}",
      ".grid{display:flex;flex-wrap:wrap;gap:8px}",
      ".grid figure{width:600px}",
      "nav ol{margin:6px 0 0 0;padding-left:20px;columns:2;font-size:14px}",
      "code{background:#f2f2f2;padding:0 3px}",
      "svg text{font-family:'DejaVu Sans',Arial,Helvetica,sans-serif}",
      "");
}
