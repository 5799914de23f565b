package org.newsatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsatlas.ingest.Fixtures.*;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
  static final InputSpec SPEC = InputSpec.of(Map.of("format", "csv",
      "mapping", "title=headline,text=body,outlet=source,date=day", "date.pattern", "M/d/yyyy"));

  @Test
  void rfc4180QuotingAndLocators() {
    String csv = "\uFEFFid,headline,body,source,day\r\n"
        + "1,Plain,Short body about Kirkuk.,reuters,1/4/2021\r\n"
        + "2,\"Comma, in title\",\"Body with \"\"quotes\"\" and\r\na newline\nand another\",sana,1/5/2021\r\n"
        + "\r\n" // blank line between rows: not a record
        + "3,Ragged,only four fields,ahram\r\n"
        + "4,\"Stray\"x,body,manar,1/6/2021\r\n"
        + "5,Last,\"Unquoted \"\"inner\"\" is literal\",trt,12/31/2020"; // no final newline
    CollectingSink s = ingest(SPEC, "a.csv", utf8(csv), true);
    assertEquals(3, s.raw.size());
    assertEquals(3, s.accepted.size());
    assertEquals(Map.of(Rejection.MALFORMED_CSV, 2), s.reasons());
    RawArticle r2 = s.raw.get(1);
    assertEquals("Comma, in title", r2.title());
    assertEquals("Body with \"quotes\" and\r\na newline\nand another", r2.text());
    assertEquals("row 2 (line 3)", r2.locator());
    assertEquals("row 1 (line 2)", s.raw.get(0).locator());
    Rejection ragged = s.rejected.get(0);
    assertEquals("row 3 (line 7)", ragged.locator());
    assertEquals("3,Ragged,only four fields,ahram", ragged.raw());
    assertTrue(ragged.message().contains("4 fields"));
    assertEquals("row 4 (line 8)", s.rejected.get(1).locator());
    assertEquals("row 5 (line 9)", s.raw.get(2).locator());
    assertEquals("sana.sy", s.accepted.get(1).outlet());
    assertEquals("2021-01-05T00:00:00Z", s.accepted.get(1).publishedAt().toString());
    assertEquals("2020-W53", s.accepted.get(2).week());
  }

  @Test
  void unclosedQuoteRejectsTheRestOnceAndEncodingIsPerRow() {
    byte[] latin1 = "2,Caf\u00e9,texte fran\u00e7ais,lemonde.fr,1/5/2021\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] file = concat(utf8("id,headline,body,source,day\n1,A,body one,x.com,1/4/2021\n"), latin1,
        concat(new byte[] {'3', ',', 'N', ','}, new byte[30], utf8(",x.com,1/5/2021\n")),
        utf8("4,B,body four,x.com,1/6/2021\n5,\"Open,never closed\n6,C,body,x.com,1/7/2021\n"));
    CollectingSink s = ingest(SPEC, "b.csv", file, false);
    assertEquals(2, s.raw.size());
    assertEquals(Map.of(Rejection.INVALID_ENCODING, 1, Rejection.BINARY_CONTENT, 1, Rejection.MALFORMED_CSV, 1),
        s.reasons());
    Rejection open = s.rejected.get(2);
    assertEquals("row 5 (line 6)", open.locator());
    assertTrue(open.message().contains("never closed"));
  }

  @Test
  void tabDelimiterAndDefaultColumnNames() {
    InputSpec tsv = InputSpec.of(Map.of("format", "csv", "csv.delimiter", "tab"));
    String file = "url\ttitle\ttext\tdate\tsource\n"
        + "https://www.bbc.co.uk/news/1?utm_source=tw\tT\tThe army said the strike hit Basra.\t2021-01-04T08:00:00Z\t\n";
    CollectingSink s = ingest(tsv, "c.tsv.csv", utf8(file), true);
    assertEquals(1, s.accepted.size(), s.reasons().toString());
    NormalizedArticle a = s.accepted.get(0);
    assertEquals("bbc.co.uk", a.outlet());
    assertEquals("https://www.bbc.co.uk/news/1", a.url());
    assertEquals("en", a.lang());
  }
}
