package io.github.frikommune.core.report;

import io.github.frikommune.core.calendar.Period;
import org.immutables.value.Value;

/**
 * A period on a portfolio's timeline: the programme's period or a trial's, as extended.
 *
 * <p>Example: trial NJ-1-01 Mikrolån, 2017-07-01..2021-12-31. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TimelineSpan {
  TimelineSpan() {}

  /**
   * What the period is of, e.g. {@code NJ-1-01 Mikrolån}.
   *
   * @return the label
   */
  @Value.Parameter
  public abstract String label();

  /**
   * Whether this is the programme's period rather than a trial's.
   *
   * @return true for the programme
   */
  @Value.Parameter
  public abstract boolean programme();

  /**
   * The period, both ends included, after every extension.
   *
   * @return the period
   */
  @Value.Parameter
  public abstract Period period();

  static TimelineSpan of(String label, boolean programme, Period period) {
    return ImmutableTimelineSpan.of(label, programme, period);
  }
}
