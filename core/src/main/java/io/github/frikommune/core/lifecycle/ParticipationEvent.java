package io.github.frikommune.core.lifecycle;

import io.github.frikommune.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An event in a municipality's participation in a trial (<i>deltagelse</i>): confirmed,
 * restricted to a separate application, join requested, granted or refused, activated or
 * withdrawn.
 *
 * <p>The day it takes effect and who recorded it travel with it in a {@link RecordedEvent}.
 * Example: {@code ParticipationEvent.of(ParticipationEventType.CONFIRMED)}. Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(LifecycleEvent) cannot copy the covariant type; from(this type) does
public abstract class ParticipationEvent implements LifecycleEvent {
  ParticipationEvent() {}

  /**
   * What kind of event this is.
   *
   * @return the event type
   */
  @Override
  @Value.Parameter
  public abstract ParticipationEventType type();

  /**
   * A free-text note, e.g. the reasons given.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns an event without a note.
   *
   * @param type the event type
   * @return the event
   */
  public static ParticipationEvent of(ParticipationEventType type) {
    return ImmutableParticipationEvent.of(type);
  }

  /**
   * Returns an event with a note.
   *
   * @param type the event type
   * @param note the note, not blank
   * @return the event
   * @throws IllegalArgumentException if the note is blank or padded
   */
  public static ParticipationEvent of(ParticipationEventType type, String note) {
    return ImmutableParticipationEvent.of(type).withNote(note);
  }

  /**
   * A builder, field by field.
   *
   * @return a new builder
   */
  public static ImmutableParticipationEvent.Builder builder() {
    return new ImmutableParticipationEvent.Builder();
  }

  @Value.Check
  void check() {
    note().ifPresent(n -> Checks.trimmed(n, "participation event note"));
  }
}
