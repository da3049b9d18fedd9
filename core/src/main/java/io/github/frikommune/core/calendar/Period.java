package io.github.frikommune.core.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A span of calendar days with both ends included, such as a programme's or a trial's period
 * (<i>forsøgsperiode</i>).
 *
 * <p>Legal dates are calendar days in Danish time, so a period is two {@link LocalDate}s:
 * {@code startInclusive} and {@code endInclusive}. Frikommuneforsøg II runs
 * {@code 2016-01-01..2021-12-31}. {@code parse(toString())} gives back the same value.
 * Immutable and thread-safe.
 */
public final class Period {
  private static final String SEPARATOR = "..";

  private final LocalDate startInclusive;
  private final LocalDate endInclusive;

  private Period(LocalDate startInclusive, LocalDate endInclusive) {
    this.startInclusive = startInclusive;
    this.endInclusive = endInclusive;
  }

  /**
   * Returns the period from one day to another, both included.
   *
   * @param startInclusive the first day
   * @param endInclusive the last day, on or after {@code startInclusive}
   * @return the period
   * @throws IllegalArgumentException if the end is before the start
   */
  public static Period of(LocalDate startInclusive, LocalDate endInclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endInclusive, "endInclusive");
    if (endInclusive.isBefore(startInclusive)) {
      throw new IllegalArgumentException(
          "period endInclusive must be on or after startInclusive ("
              + startInclusive
              + "), was "
              + endInclusive);
    }
    return new Period(startInclusive, endInclusive);
  }

  /**
   * Parses the text form {@code 2017-07-01..2021-12-31}.
   *
   * @param text the period as {@link #toString()} writes it
   * @return the period
   * @throws IllegalArgumentException if the text is not two ISO dates joined by {@code ..}, or
   *     the end is before the start
   */
  public static Period parse(CharSequence text) {
    String s = text.toString();
    int at = s.indexOf(SEPARATOR);
    if (at < 0) {
      throw new IllegalArgumentException(
          "period must be written 'yyyy-mm-dd..yyyy-mm-dd', was '" + s + "'");
    }
    try {
      return of(LocalDate.parse(s.substring(0, at)), LocalDate.parse(s.substring(at + 2)));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "period must be written 'yyyy-mm-dd..yyyy-mm-dd', was '" + s + "'", e);
    }
  }

  /**
   * The first day of the period.
   *
   * @return the start, included
   */
  public LocalDate startInclusive() {
    return startInclusive;
  }

  /**
   * The last day of the period.
   *
   * @return the end, included
   */
  public LocalDate endInclusive() {
    return endInclusive;
  }

  /**
   * Whether a day lies in the period.
   *
   * @param date the day
   * @return true if {@code startInclusive ≤ date ≤ endInclusive}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(startInclusive) && !date.isAfter(endInclusive);
  }

  /**
   * Whether another period lies wholly inside this one.
   *
   * @param other the other period
   * @return true if every day of {@code other} is in this period
   */
  public boolean encloses(Period other) {
    return contains(other.startInclusive) && contains(other.endInclusive);
  }

  /**
   * Whether the two periods share at least one day.
   *
   * @param other the other period
   * @return true if they overlap
   */
  public boolean overlaps(Period other) {
    return !other.endInclusive.isBefore(startInclusive) && !other.startInclusive.isAfter(endInclusive);
  }

  /**
   * A copy with another last day.
   *
   * @param newEndInclusive the new last day, on or after the start
   * @return the copy
   * @throws IllegalArgumentException if the new end is before the start
   */
  public Period withEndInclusive(LocalDate newEndInclusive) {
    return of(startInclusive, newEndInclusive);
  }

  /**
   * A copy with another first day.
   *
   * @param newStartInclusive the new first day, on or before the end
   * @return the copy
   * @throws IllegalArgumentException if the end is before the new start
   */
  public Period withStartInclusive(LocalDate newStartInclusive) {
    return of(newStartInclusive, endInclusive);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Period
        && ((Period) other).startInclusive.equals(startInclusive)
        && ((Period) other).endInclusive.equals(endInclusive);
  }

  @Override
  public int hashCode() {
    return Objects.hash(startInclusive, endInclusive);
  }

  /** Returns {@code start..end}, e.g. {@code 2017-07-01..2021-12-31}. */
  @Override
  public String toString() {
    return startInclusive + SEPARATOR + endInclusive;
  }
}
