package org.newsatlas.cli;

import org.newsatlas.compare.CompareSpec;
import picocli.CommandLine.Option;

/** What to compare: the period and the grouping of the outlet-versus-rest statistics. */
final class CompareOptions {
  @Option(names = "--period", defaultValue = "all", paramLabel = "P",
      description = "week, month or all (the whole range). Default: ${DEFAULT-VALUE}.")
  String period;

  @Option(names = "--by", defaultValue = "place", paramLabel = "G",
      description = "place, country, admin1, event_type, event_subtype or actor. Default: ${DEFAULT-VALUE}.")
  String grouping;

  @Option(names = "--min-count", paramLabel = "N",
      description = "Keys seen in fewer articles than this in a period (all outlets together) are left out. Default: compare.min_count (5).")
  Integer minCount;

  @Option(names = "--min-outlet-total", paramLabel = "N",
      description = "Outlets with fewer articles than this in a period (and a rest smaller than this) are left out. Default: compare.min_outlet_total (20).")
  Integer minOutletTotal;

  @Option(names = "--dedup", defaultValue = "true", negatable = true, fallbackValue = "true",
      description = "Count each syndication cluster once (default); --no-dedup counts every copy.")
  boolean dedup;

  @Option(names = "--groups", paramLabel = "NAME|FILE",
      description = "Compare groups of outlets instead of single outlets: a TSV outlet<TAB>group, or a name under "
          + "conf/outlets/groups/ (e.g. fakes-state-media). Outlets not listed form the group 'other'.")
  String groups;

  @Option(names = "--pair", paramLabel = "A:B",
      description = "Also compare outlet (or group) A against B alone, besides each against the rest (repeatable).")
  java.util.List<String> pairs = new java.util.ArrayList<>();

  /** The validated comparison; throws with one sentence on a bad value. */
  CompareSpec spec() {
    return CompareSpec.of(period, grouping, minCount, minOutletTotal, dedup, groups, pairs);
  }

  /** Checks the options (and that the groups table exists) before Spark starts. */
  CompareSpec validate(org.newsatlas.core.Settings settings) {
    CompareSpec spec = spec();
    if (spec.groups() != null) org.newsatlas.compare.OutletGroups.load(settings.confDir(), spec.groups());
    return spec;
  }
}
