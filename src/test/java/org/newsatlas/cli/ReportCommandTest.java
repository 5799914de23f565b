package org.newsatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportCommandTest {
  @Test
  void writesIntoOutReportByDefaultAndSaysHowToOpenIt(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out");
    Files.createDirectories(out.resolve("articles/week=2021-W04"));
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:"); var st = c.createStatement()) {
      st.execute("COPY (SELECT 'a' || i AS article_id, CASE WHEN i % 2 = 0 THEN 'x.org' ELSE 'y.com' END AS outlet, "
          + "TIMESTAMP '2021-01-26 10:00:00' AS published_at FROM range(10) t(i)) TO '"
          + out.resolve("articles/week=2021-W04/part-0.parquet") + "' (FORMAT PARQUET)");
    }
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(buf, true, "UTF-8"));
      code = new CommandLine(new ReportCommand()).execute("--out", out.toString(), "--top", "1");
    } finally {
      System.setOut(old);
    }
    assertEquals(0, code);
    Path html = out.resolve("report/report.html");
    assertTrue(Files.isRegularFile(html));
    assertTrue(buf.toString("UTF-8").contains("file://" + html.toAbsolutePath().normalize()), buf.toString("UTF-8"));
    String page = Files.readString(html);
    assertTrue(page.contains("<td>other (1)</td>"), "--top 1 groups the second outlet");
  }

  @Test
  void aMissingOutputRootIsAUserError(@TempDir Path tmp) {
    CommandLine cl = new CommandLine(new ReportCommand());
    cl.setExecutionExceptionHandler((ex, line, parsed) -> ex instanceof UserError ? 2 : 1);
    assertNotEquals(0, cl.execute("--out", tmp.resolve("nope").toString()));
    assertEquals(2, cl.execute("--out", tmp.resolve("nope").toString()));
  }
}
