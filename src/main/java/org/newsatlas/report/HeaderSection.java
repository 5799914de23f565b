package org.newsatlas.report;

import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The page header: which output root, which period, how much data, when generated, and which tables were found. */
final class HeaderSection {
  private HeaderSection() {}

  static String render(ReportContext ctx) throws SQLException {
    OutputTables t = ctx.tables;
    StringBuilder b = new StringBuilder("<table class=\"facts\">");
    row(b, "Output root", "<code>" + HtmlReport.esc(ctx.outputRoot.toAbsolutePath().normalize().toString()) + "</code>");
    String period = "unknown (no table with weeks)";
    String source = t.has("articles") ? "articles" : t.has("place_week") ? "place_week" : t.has("place_week_outlet") ? "place_week_outlet" : null;
    if (source != null && t.hasColumns(source, "week")) {
      List<OutputTables.Row> r = t.query("SELECT min(week), max(week), count(DISTINCT week) FROM " + source);
      period = HtmlReport.esc(r.get(0).str(0)) + " to " + HtmlReport.esc(r.get(0).str(1));
      if (t.hasColumns("articles", "published_at") && t.has("articles")) {
        List<OutputTables.Row> d = t.query("SELECT CAST(min(published_at) AS DATE), CAST(max(published_at) AS DATE) FROM articles");
        period += " (published " + d.get(0).str(0) + " to " + d.get(0).str(1) + ", UTC)";
      }
      row(b, "Run period", period);
      row(b, "ISO weeks with data", num(r.get(0).lng(2)));
    } else {
      row(b, "Run period", period);
    }
    if (t.has("articles")) {
      row(b, "Articles", num(t.rows("articles")));
      if (t.hasColumns("articles", "duplicate_of")) {
        long dups = t.query("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").get(0).lng(0);
        row(b, "… of which exact syndicated copies", num(dups));
      }
    } else {
      row(b, "Articles", "<i>" + t.whyMissing("articles") + "</i>");
    }
    row(b, "Outlets", ctx.outletVolumes.isEmpty() ? "<i>unknown</i>" : num(ctx.outletVolumes.size())
        + (ctx.volumeSource.equals("articles") ? "" : " (from " + ctx.volumeSource + ")"));
    row(b, "Quarantined records", t.present("quarantine") ? num(t.rows("quarantine")) : "<i>" + t.whyMissing("quarantine") + "</i>");
    row(b, "Counting", ctx.options.dedup() ? "syndication clusters counted once (<code>*_dedup</code>)" : "every article, copies included");
    row(b, "Generated", ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)));
    StringBuilder tabs = new StringBuilder();
    for (String name : new String[] {"articles", "quarantine", "mentions", "events", "place_week_outlet", "place_week",
        "event_week_place", "outlet_place_contrast", "outlet_divergence"}) {
      if (tabs.length() > 0) tabs.append(", ");
      tabs.append("<code>").append(name).append("</code> ")
          .append(t.present(name) ? num(t.rows(name)) + " rows" : "<i>absent</i>");
    }
    row(b, "Tables", tabs.toString());
    return b.append("</table>").toString();
  }

  private static void row(StringBuilder b, String k, String v) {
    b.append("<tr><th>").append(HtmlReport.esc(k)).append("</th><td>").append(v).append("</td></tr>");
  }

  static String num(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
