package org.newsatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Wrong arguments and missing inputs stop at start with one sentence and exit code 2, before Spark starts. */
class MainTest {

  private record Outcome(int code, String err, String out) {}

  private static Outcome run(String... args) {
    PrintStream oldErr = System.err, oldOut = System.out;
    ByteArrayOutputStream err = new ByteArrayOutputStream(), out = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      int code = Main.execute(args);
      return new Outcome(code, err.toString(StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(oldErr);
      System.setOut(oldOut);
    }
  }

  @Test
  void helpListsEveryStage() {
    Outcome o = run("--help");
    assertEquals(0, o.code());
    for (String c : new String[] {"run", "ingest", "extract", "aggregate", "compare", "report", "query", "sql", "eval"}) {
      assertTrue(o.out().contains("  " + c + " ") || o.out().contains("  " + c + "\n"), "help lists " + c + ":\n" + o.out());
    }
  }

  @Test
  void missingInputIsOneSentence() {
    Outcome o = run("ingest", "--input", "/no/such/archive", "--out", "/tmp/na-never");
    assertEquals(2, o.code());
    assertEquals("newsatlas: input /no/such/archive does not exist.", o.err().strip());
  }

  @Test
  void missingRequiredOptionIsAUsageError() {
    Outcome o = run("ingest");
    assertEquals(2, o.code());
    assertTrue(o.err().contains("Missing required option: '--input=PATH'"), o.err());
  }

  @Test
  void badComparePeriodStopsBeforeSpark() {
    Outcome o = run("compare", "--period", "year", "--out", "/tmp/na-never");
    assertEquals(2, o.code());
    assertEquals("newsatlas: --period must be one of [week, month, all], not 'year'.", o.err().strip());
  }

  @Test
  void unknownProfileSaysWhatToDo() throws Exception {
    Path empty = Files.createTempDirectory("na-empty");
    Files.writeString(empty.resolve("a.jsonl"), "{}\n");
    Outcome o = run("ingest", "--profile", "nosuch", "--input", empty.toString(), "--out", empty.resolve("out").toString(),
        "--master", "local[1]");
    assertEquals(2, o.code());
    assertTrue(o.err().startsWith("newsatlas: no input profile 'nosuch'"), o.err());
    assertFalse(o.err().contains("\tat "), "no stack trace: " + o.err());
  }

  @Test
  void queryWithoutTablesSaysWhatToRun() {
    Outcome o = run("query", "--out", "/no/such/out", "SELECT 1");
    assertEquals(2, o.code());
    assertTrue(o.err().contains("run `newsatlas run` first"), o.err());
  }
}
