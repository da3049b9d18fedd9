package io.github.frikommune.core.report;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A dated event on a portfolio's timeline: a deadline, a decision, an extension or a legal
 * basis coming into force.
 *
 * <p>Example: 2017-07-01, in force, lov nr. 658 af 8. juni 2017. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TimelineEvent {
  TimelineEvent() {}

  /**
   * The day.
   *
   * @return the day
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The kind of event.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract TimelineEventKind kind();

  /**
   * What happened, in English, e.g. {@code decision on NJ-1-01 Mikrolån: partially granted}.
   *
   * @return the description
   */
  @Value.Parameter
  public abstract String description();

  static TimelineEvent of(LocalDate date, TimelineEventKind kind, String description) {
    return ImmutableTimelineEvent.of(date, kind, description);
  }
}
