package io.github.frikommune.core.lifecycle;

import io.github.frikommune.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An event in an application's lifecycle (<i>hændelse i ansøgningens forløb</i>): described,
 * sent for consultation, answered, approved, submitted, decided or withdrawn.
 *
 * <p>The day it takes effect and who recorded it travel with it in a {@link RecordedEvent}.
 * Example: {@code ApplicationEvent.of(ApplicationEventType.SUBMITTED)}. Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(LifecycleEvent) cannot copy the covariant type; from(this type) does
public abstract class ApplicationEvent implements LifecycleEvent {
  ApplicationEvent() {}

  /**
   * What kind of event this is.
   *
   * @return the event type
   */
  @Override
  @Value.Parameter
  public abstract ApplicationEventType type();

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
  public static ApplicationEvent of(ApplicationEventType type) {
    return ImmutableApplicationEvent.of(type);
  }

  /**
   * Returns an event with a note.
   *
   * @param type the event type
   * @param note the note, not blank
   * @return the event
   * @throws IllegalArgumentException if the note is blank or padded
   */
  public static ApplicationEvent of(ApplicationEventType type, String note) {
    return ImmutableApplicationEvent.of(type).withNote(note);
  }

  /**
   * A builder, field by field.
   *
   * @return a new builder
   */
  public static ImmutableApplicationEvent.Builder builder() {
    return new ImmutableApplicationEvent.Builder();
  }

  @Value.Check
  void check() {
    note().ifPresent(n -> Checks.trimmed(n, "application event note"));
  }
}
