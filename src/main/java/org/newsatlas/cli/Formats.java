package org.newsatlas.cli;

import java.util.Locale;
import org.newsatlas.query.ResultPrinter;

final class Formats {
  private Formats() {}

  static ResultPrinter.Format parse(String s) {
    try {
      return ResultPrinter.Format.valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserError("--format must be table, csv, json or markdown, not '" + s + "'.");
    }
  }
}
