package org.newsatlas.compare;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** What a comparison groups by and over which period; validated before Spark starts. */
public record CompareSpec(String period, String grouping, Integer minCount, Integer minOutletTotal, boolean dedup)
    implements Serializable {
  public static final List<String> PERIODS = List.of("week", "month", "all");
  public static final List<String> GROUPINGS = List.of("place", "country", "admin1", "event_type", "event_subtype", "actor");

  /** Null thresholds fall back to the settings {@code compare.min_count} and {@code compare.min_outlet_total}. */
  public static CompareSpec of(String period, String grouping, Integer minCount, Integer minOutletTotal, boolean dedup) {
    String p = period.toLowerCase(Locale.ROOT), g = grouping.toLowerCase(Locale.ROOT);
    if (!PERIODS.contains(p)) throw new IllegalArgumentException("--period must be one of " + PERIODS + ", not '" + period + "'.");
    if (!GROUPINGS.contains(g)) throw new IllegalArgumentException("--by must be one of " + GROUPINGS + ", not '" + grouping + "'.");
    if (minCount != null && minCount < 1) throw new IllegalArgumentException("--min-count must be at least 1.");
    if (minOutletTotal != null && minOutletTotal < 1) throw new IllegalArgumentException("--min-outlet-total must be at least 1.");
    return new CompareSpec(p, g, minCount, minOutletTotal, dedup);
  }

  /** The SQL expression of the period label, over a relation with {@code week} and {@code published_at}. */
  String periodExpr() {
    return switch (period) {
      case "week" -> "week";
      case "month" -> "date_format(published_at, 'yyyy-MM')";
      default -> "'all'";
    };
  }
}
