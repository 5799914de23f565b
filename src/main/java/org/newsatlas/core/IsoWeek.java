package org.newsatlas.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** ISO-8601 week of a date, labelled with its week-based year ({@code 2021-01-01} is {@code 2020-W53}). */
public final class IsoWeek {
  private IsoWeek() {}

  /** The {@code YYYY-Www} label of the ISO week containing {@code date}. */
  public static String label(LocalDate date) {
    int year = date.get(IsoFields.WEEK_BASED_YEAR);
    int week = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    return String.format("%04d-W%02d", year, week);
  }

  /** The Monday that starts the ISO week containing {@code date}. */
  public static LocalDate start(LocalDate date) {
    return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
