package org.newsatlas.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.newsatlas.core.IsoWeek;

/** The x axis of every weekly chart: all ISO weeks from the first to the last seen, gaps included (a silent week is a zero). */
final class Weeks {
  private Weeks() {}

  /** Weeks longer than this (a stray date decades away) fall back to the weeks actually seen. */
  static final int MAX_SPAN = 520;

  static List<String> axis(Collection<String> seen) {
    TreeSet<String> sorted = new TreeSet<>();
    for (String w : seen) if (w != null) sorted.add(w);
    if (sorted.isEmpty()) return List.of();
    LocalDate first = monday(sorted.first()), last = monday(sorted.last());
    if (first == null || last == null || first.plusWeeks(MAX_SPAN).isBefore(last)) return new ArrayList<>(sorted);
    List<String> out = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusWeeks(1)) out.add(IsoWeek.label(d));
    // Keep any label that did not parse, so no data is dropped from a chart.
    for (String w : sorted) if (monday(w) == null) out.add(w);
    return out;
  }

  /** Monday of an ISO week label {@code YYYY-Www}, or null when it is not one. */
  static LocalDate monday(String label) {
    if (label == null || label.length() != 8 || label.charAt(4) != '-' || label.charAt(5) != 'W') return null;
    try {
      int year = Integer.parseInt(label.substring(0, 4));
      int week = Integer.parseInt(label.substring(6, 8));
      return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
          .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
