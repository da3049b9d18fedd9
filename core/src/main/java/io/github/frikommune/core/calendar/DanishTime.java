package io.github.frikommune.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Danish legal time: deadlines and legal dates are calendar days in Europe/Copenhagen.
 *
 * <p>A round's deadline of 1 December 2016 ends at midnight Danish time, whatever the time zone
 * of the machine that checks it.
 */
public final class DanishTime {
  /** The time zone of Danish legal dates. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

  private DanishTime() {}

  /**
   * The calendar day in Denmark at an instant.
   *
   * @param instant the instant
   * @return the Danish date
   */
  public static LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(instant, ZONE);
  }

  /**
   * The first instant after a Danish calendar day, i.e. the end of a deadline day.
   *
   * @param date the day
   * @return midnight after {@code date}, Danish time
   */
  public static Instant endOf(LocalDate date) {
    return date.plusDays(1).atStartOfDay(ZONE).toInstant();
  }
}
