package org.newsatlas.report;

import java.awt.Color;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Section 7: the most frequent event subtypes (ACLED sub-event types) per week, as stacked bars from {@code event_week_place}. */
final class EventsSection {
  private EventsSection() {}

  static final String TABLE = "event_week_place";
  /** Subtypes drawn by name; the others are stacked as "other". */
  static final int TOP_SUBTYPES = 8;

  static void add(ReportContext ctx) throws SQLException, IOException {
    String title = "Events by week";
    String guide = "asserted events per ISO week, stacked by ACLED sub-event type (the " + TOP_SUBTYPES
        + " most frequent by name, the rest as \"other\"). An event is a cluster of reports of the same subtype at the "
        + "same place within a day, so ten articles about one bombing count once.";
    OutputTables t = ctx.tables;
    if (!t.has(TABLE) || !t.hasColumns(TABLE, "event_subtype", "events", "week")) {
      ctx.html.section("events", title, guide, null, HtmlReport.missing(t.whyMissing(TABLE)));
      return;
    }
    List<OutputTables.Row> top = t.query("SELECT event_subtype, sum(events) AS n FROM " + TABLE
        + " GROUP BY event_subtype HAVING sum(events) > 0 ORDER BY n DESC, event_subtype LIMIT " + TOP_SUBTYPES);
    if (top.isEmpty()) {
      ctx.html.section("events", title, guide, null, HtmlReport.missing("no asserted event in <code>" + TABLE + "</code>"));
      return;
    }
    List<String> subtypes = new ArrayList<>();
    for (OutputTables.Row r : top) subtypes.add(r.str(0) == null ? "(none)" : r.str(0));
    List<OutputTables.Row> rows = t.query("SELECT event_subtype, week, sum(events) FROM " + TABLE + " GROUP BY event_subtype, week");
    Set<String> seen = new HashSet<>();
    for (OutputTables.Row r : rows) seen.add(r.str(1));
    List<String> weeks = Weeks.axis(seen);
    Map<String, Integer> wi = new HashMap<>();
    for (int i = 0; i < weeks.size(); i++) wi.put(weeks.get(i), i);
    LinkedHashMap<String, double[]> layers = new LinkedHashMap<>();
    for (String s : subtypes) layers.put(s, new double[weeks.size()]);
    String other = "other subtypes";
    boolean hasOther = false;
    for (OutputTables.Row r : rows) {
      String s = r.str(0) == null ? "(none)" : r.str(0);
      if (!layers.containsKey(s)) { s = other; hasOther = hasOther || r.lng(2) > 0; layers.computeIfAbsent(other, k -> new double[weeks.size()]); }
      Integer w = wi.get(r.str(1));
      if (w != null) layers.get(s)[w] += r.lng(2);
    }
    if (!hasOther) layers.remove(other);
    Map<String, Color> colors = new LinkedHashMap<>();
    int i = 0;
    for (String s : layers.keySet()) colors.put(s, s.equals(other) ? Palette.decode(Palette.OTHER) : Palette.color(i++));
    byte[] png = Charts.weeklyStacked("Asserted events per ISO week, by sub-event type", "events", weeks, layers, colors, 1150, 460);
    StringBuilder content = new StringBuilder(ctx.html.png("events-by-week.png", png, title));
    if (t.hasColumns(TABLE, "place_name", "non_asserted_reports", "reports")) {
      List<OutputTables.Row> places = t.query("SELECT max(place_name), max(country_code), sum(events) AS n, sum(reports), "
          + "sum(non_asserted_reports) FROM " + TABLE + " WHERE place_id IS NOT NULL GROUP BY place_id ORDER BY n DESC LIMIT 10");
      content.append("<table class=\"facts\"><tr><th>place</th><th>events</th><th>asserted reports</th><th>other reports "
          + "(negated, hypothetical, threatened…)</th></tr>");
      for (OutputTables.Row r : places) {
        content.append("<tr><td>").append(HtmlReport.esc(r.str(0))).append(r.str(1) == null ? "" : ", " + HtmlReport.esc(r.str(1)))
            .append("</td><td class=\"n\">").append(HeaderSection.num(r.lng(2))).append("</td><td class=\"n\">")
            .append(HeaderSection.num(r.lng(3))).append("</td><td class=\"n\">").append(HeaderSection.num(r.lng(4))).append("</td></tr>");
      }
      content.append("</table>");
    }
    String caveat = "events are found by trigger lexicons, not by people: read them as what the press reported, not as "
        + "what happened (compare with ACLED before concluding); reports that deny, threaten or speculate are kept out of "
        + "the bars and shown in the last column.";
    ctx.html.section("events", title, guide, caveat, content.toString());
  }
}
