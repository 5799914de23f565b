package org.newsatlas.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.newsatlas.spark.RunContext;
import org.newsatlas.spark.TableIO;

/**
 * The closing lines of a run: counts that reconcile, where the tables are, what to run next. Written for a person
 * who reads it in five seconds; the same counts are in the {@code runs} table.
 */
final class Summary {
  private Summary() {}

  static void print(RunContext ctx) {
    PrintStream out = System.out;
    Map<String, Long> c = ctx.counts();
    double secs = Duration.between(ctx.startedAt(), Instant.now()).toMillis() / 1000.0;
    out.println();
    out.printf("newsatlas run %s finished in %.1f s%n", ctx.runId(), secs);
    if (c.containsKey("ingest.records_read")) {
      long read = c.get("ingest.records_read");
      long acc = c.getOrDefault("ingest.articles", 0L);
      long q = c.getOrDefault("ingest.quarantined", 0L);
      long d = c.getOrDefault("ingest.exact_duplicates", 0L);
      boolean ok = read == acc + q + d;
      out.printf("  input      %s records from %s files%n", n(read), n(c.getOrDefault("ingest.files", 0L)));
      out.printf("  articles   %s accepted, %s quarantined, %s exact duplicates  (%s = %s + %s + %s %s)%n",
          n(acc), n(q), n(d), n(read), n(acc), n(q), n(d), ok ? "reconciles" : "DOES NOT RECONCILE");
      if (c.getOrDefault("ingest.same_text_copies", 0L) > 0) {
        out.printf("             %s of them repeat another article's text at another URL (duplicate_of set)%n",
            n(c.get("ingest.same_text_copies")));
      }
      StringBuilder reasons = new StringBuilder();
      c.forEach((k, v) -> {
        if (k.startsWith("quarantine.")) reasons.append(reasons.length() == 0 ? "" : ", ").append(k.substring(11)).append(' ').append(n(v));
      });
      if (reasons.length() > 0) out.printf("  quarantine %s%n", reasons);
    }
    if (c.containsKey("extract.mentions")) {
      out.printf("  extracted  %s mentions (%s places, %s actors), %s events from %s articles%n",
          n(c.get("extract.mentions")), n(c.getOrDefault("extract.places", 0L)), n(c.getOrDefault("extract.actors", 0L)),
          n(c.getOrDefault("extract.events", 0L)), n(c.getOrDefault("extract.articles", 0L)));
    }
    StringBuilder agg = new StringBuilder();
    c.forEach((k, v) -> {
      if (k.startsWith("aggregate.") || k.startsWith("compare.")) {
        agg.append(agg.length() == 0 ? "" : ", ").append(k.substring(k.indexOf('.') + 1)).append(' ').append(n(v));
      }
    });
    if (agg.length() > 0) out.printf("  rows       %s%n", agg);
    StringBuilder tables = new StringBuilder();
    for (String t : SqlCommand.ALL_TABLES) {
      if (TableIO.exists(ctx, t)) tables.append(tables.length() == 0 ? "" : ", ").append(t);
    }
    out.printf("  tables     %s/{%s}%n", ctx.outputRoot(), tables);
    out.printf("  next       scripts/newsatlas query --out %s \"SELECT outlet, week, count(*) AS n FROM articles GROUP BY ALL ORDER BY 2, 1\"%n",
        ctx.outputRoot());
  }

  private static String n(long v) {
    return String.format("%,d", v);
  }
}
