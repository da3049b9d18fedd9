package io.github.frikommune.core.lifecycle;

import io.github.frikommune.core.internal.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An event as a {@link History} records it (<i>registreret hændelse</i>): what happened, the
 * day it takes legal effect, the instant it was recorded, who recorded it, and its id.
 *
 * <p>The two times are kept apart on purpose. The effective day answers "what was true on a
 * day"; the recorded instant answers "what did the record say, as known at an instant". A
 * correction is a recorded event that {@linkplain #supersedes() supersedes} an earlier one by
 * id; the earlier one stays in the history. Example: the decision on Mikrolån, effective
 * 1 February 2017, recorded as rejected on 1 February and corrected to partially granted on
 * 8 February. Immutable and thread-safe.
 *
 * @param <E> the lifecycle's event type
 */
@Value.Immutable
public abstract class RecordedEvent<E extends LifecycleEvent> {
  RecordedEvent() {}

  /**
   * The event's id, unique in its history.
   *
   * @return the id
   */
  public abstract EventId id();

  /**
   * What happened.
   *
   * @return the event
   */
  public abstract E event();

  /**
   * The day the event takes legal effect (<i>virkningsdato</i>), a Danish calendar day.
   *
   * @return the effective day
   */
  public abstract LocalDate effectiveOn();

  /**
   * The instant the event was recorded (<i>registreringstidspunkt</i>).
   *
   * @return the recorded instant
   */
  public abstract Instant recordedAt();

  /**
   * Who recorded the event, e.g. {@code Jobcenter Aalborg} or a user name.
   *
   * @return who recorded it, not blank
   */
  public abstract String recordedBy();

  /**
   * The id of the earlier event this one corrects.
   *
   * @return the superseded event's id, or empty if this is not a correction
   */
  public abstract Optional<EventId> supersedes();

  /**
   * Returns a recorded event that corrects nothing.
   *
   * @param <E> the event type
   * @param id the id, unique in its history
   * @param event what happened
   * @param effectiveOn the day it takes legal effect
   * @param recordedAt the instant it was recorded
   * @param recordedBy who recorded it, not blank
   * @return the recorded event
   * @throws IllegalArgumentException if {@code recordedBy} is blank or padded
   */
  public static <E extends LifecycleEvent> RecordedEvent<E> of(
      EventId id, E event, LocalDate effectiveOn, Instant recordedAt, String recordedBy) {
    return RecordedEvent.<E>builder()
        .id(id)
        .event(event)
        .effectiveOn(effectiveOn)
        .recordedAt(recordedAt)
        .recordedBy(recordedBy)
        .build();
  }

  /**
   * A builder, for a correction or field by field.
   *
   * @param <E> the event type
   * @return a new builder
   */
  public static <E extends LifecycleEvent> ImmutableRecordedEvent.Builder<E> builder() {
    return new ImmutableRecordedEvent.Builder<>();
  }

  /**
   * Whether this event corrects an earlier one.
   *
   * @return true if it supersedes an event
   */
  public boolean isCorrection() {
    return supersedes().isPresent();
  }

  @Value.Check
  void check() {
    Checks.trimmed(recordedBy(), "recorded event recordedBy");
    Checks.require(
        !supersedes().equals(Optional.of(id())),
        "recorded event supersedes must name another event, was its own id %s",
        id());
  }
}
