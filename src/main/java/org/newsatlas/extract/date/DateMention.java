package org.newsatlas.extract.date;

import java.time.LocalDate;

/**
 * A date expression found in a text and resolved against the publication date: char offsets into the text, the
 * resolved date (for week precision the Monday of the week, for month precision the first of the month) and the
 * precision ("day", "week", "month").
 */
public record DateMention(int start, int end, LocalDate date, String precision) {
  public static final String DAY = "day";
  public static final String WEEK = "week";
  public static final String MONTH = "month";
  public static final String PUBLICATION = "publication";
}
