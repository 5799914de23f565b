package org.newsatlas.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchPlotTest {
  private static final String HEADER = "started_utc,run_id,commit,tool,n,format,stage,wall_s,ms_per_article";

  private static String row(String run, String commit, String tool, long n, String stage, double ms) {
    return String.join(",", "t", run, commit, tool, String.valueOf(n), "jsonl", stage, "0", String.valueOf(ms));
  }

  @Test
  void eachPointIsTheMedianOfTheLatestCommitsRunsOfThatSize() {
    Map<String, Map<Long, Double>> m = BenchPlot.medians(List.of(HEADER,
        row("r1", "old", "newsatlas", 100000, "total", 0.90), // an earlier commit: left out
        row("r2", "new", "newsatlas", 100000, "total", 1.25),
        row("r3", "new", "newsatlas", 100000, "total", 1.07),
        row("r4", "new", "newsatlas", 100000, "total", 1.46),
        row("r5", "new", "newsatlas@standalone", 100000, "total", 0.50), // another tool: not plotted
        row("r6", "old", "newsatlas", 1000000, "total", 0.66), // 1 M last ran at the old commit: kept
        row("r7", "new", "newsatlas", 10000, "total", 3.0),
        row("r8", "new", "newsatlas", 10000, "total", 4.0)));
    assertEquals(1.25, m.get("total").get(100000L), 1e-9);
    assertEquals(0.66, m.get("total").get(1000000L), 1e-9);
    assertEquals(3.5, m.get("total").get(10000L), 1e-9, "an even count: the mean of the middle two");
  }

  @Test
  void rowsWithoutATimeAreSkipped() {
    Map<String, Map<Long, Double>> m = BenchPlot.medians(List.of(HEADER,
        row("r1", "c", "newsatlas", 1000, "ingest", 7.9), "t,r2,c,newsatlas,1000,jsonl,extract,0,"));
    assertFalse(m.containsKey("extract"));
    assertEquals(7.9, m.get("ingest").get(1000L), 1e-9);
  }
}
