package org.newsatlas.compare;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** What a comparison groups by and over which period; validated before Spark starts. */
public record CompareSpec(String period, String grouping, Integer minCount, Integer minOutletTotal, boolean dedup,
    String groups, List<List<String>> pairs) implements Serializable {
  public static final List<String> PERIODS = List.of("week", "month", "all");
  public static final List<String> GROUPINGS = List.of("place", "country", "admin1", "event_type", "event_subtype", "actor");

  /** Null thresholds fall back to the settings {@code compare.min_count} and {@code compare.min_outlet_total}. */
  public static CompareSpec of(String period, String grouping, Integer minCount, Integer minOutletTotal, boolean dedup) {
    return of(period, grouping, minCount, minOutletTotal, dedup, null, List.of());
  }

  /**
   * With outlet groups (a table name under conf/outlets/groups/ or a TSV path; null: each outlet alone) and pairs
   * written {@code A:B} (A against B, besides each against the rest).
   */
  public static CompareSpec of(String period, String grouping, Integer minCount, Integer minOutletTotal, boolean dedup,
      String groups, List<String> pairs) {
    String p = period.toLowerCase(Locale.ROOT), g = grouping.toLowerCase(Locale.ROOT);
    if (!PERIODS.contains(p)) throw new IllegalArgumentException("--period must be one of " + PERIODS + ", not '" + period + "'.");
    if (!GROUPINGS.contains(g)) throw new IllegalArgumentException("--by must be one of " + GROUPINGS + ", not '" + grouping + "'.");
    if (minCount != null && minCount < 1) throw new IllegalArgumentException("--min-count must be at least 1.");
    if (minOutletTotal != null && minOutletTotal < 1) throw new IllegalArgumentException("--min-outlet-total must be at least 1.");
    List<List<String>> ps = new java.util.ArrayList<>();
    for (String pair : pairs == null ? List.<String>of() : pairs) {
      String[] ab = pair.split(":", -1);
      if (ab.length != 2 || ab[0].isBlank() || ab[1].isBlank() || ab[0].equals(ab[1])) {
        throw new IllegalArgumentException("--pair must look like outletA:outletB (two different outlets or groups), not '" + pair + "'.");
      }
      ps.add(List.of(ab[0].strip(), ab[1].strip()));
    }
    return new CompareSpec(p, g, minCount, minOutletTotal, dedup, groups, List.copyOf(ps));
  }

  /**
   * The {@code comparison} column: {@code outlets}, or {@code groups.<name>} when outlets are grouped (only characters
   * that Hive-style partition folder names keep as they are).
   */
  public String comparison() {
    return groups == null ? "outlets" : "groups." + java.nio.file.Path.of(groups).getFileName().toString().replaceFirst("\\.tsv$", "");
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
