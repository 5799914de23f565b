package org.newsatlas.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoWeekTest {
  @Test
  void weekBasedYearAtYearBoundaries() {
    assertEquals("2020-W53", IsoWeek.label(LocalDate.of(2021, 1, 1)));
    assertEquals(LocalDate.of(2020, 12, 28), IsoWeek.start(LocalDate.of(2021, 1, 3)));
    assertEquals("2021-W01", IsoWeek.label(LocalDate.of(2021, 1, 4)));
    assertEquals("2025-W01", IsoWeek.label(LocalDate.of(2024, 12, 30)));
    assertEquals("2021-W04", IsoWeek.label(LocalDate.of(2021, 1, 26)));
    assertEquals(LocalDate.of(2021, 1, 25), IsoWeek.start(LocalDate.of(2021, 1, 25)));
  }
}
