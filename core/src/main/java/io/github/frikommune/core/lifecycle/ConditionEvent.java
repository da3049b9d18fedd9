package io.github.frikommune.core.lifecycle;

import io.github.frikommune.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An event in a condition's lifecycle (<i>vilkår</i>): met, not met or waived.
 *
 * <p>The day it takes effect and who recorded it travel with it in a {@link RecordedEvent}.
 * Example: {@code ConditionEvent.of(ConditionEventType.MET)}. Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(LifecycleEvent) cannot copy the covariant type; from(this type) does
public abstract class ConditionEvent implements LifecycleEvent {
  ConditionEvent() {}

  /**
   * What kind of event this is.
   *
   * @return the event type
   */
  @Override
  @Value.Parameter
  public abstract ConditionEventType type();

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
  public static ConditionEvent of(ConditionEventType type) {
    return ImmutableConditionEvent.of(type);
  }

  /**
   * Returns an event with a note.
   *
   * @param type the event type
   * @param note the note, not blank
   * @return the event
   * @throws IllegalArgumentException if the note is blank or padded
   */
  public static ConditionEvent of(ConditionEventType type, String note) {
    return ImmutableConditionEvent.of(type).withNote(note);
  }

  /**
   * A builder, field by field.
   *
   * @return a new builder
   */
  public static ImmutableConditionEvent.Builder builder() {
    return new ImmutableConditionEvent.Builder();
  }

  @Value.Check
  void check() {
    note().ifPresent(n -> Checks.trimmed(n, "condition event note"));
  }
}
