package io.github.frikommune.core.lifecycle;

import io.github.frikommune.core.TextIdentifier;

/**
 * The identifier of a recorded event in a {@link History}, e.g. {@code NJ-2016-01-e5}; a
 * correction names the event it supersedes by it.
 *
 * <p>{@code parse(toString())} gives back the same value. Immutable and thread-safe.
 */
public final class EventId extends TextIdentifier<EventId> {
  private EventId(String value) {
    super(value, "event id");
  }

  /**
   * Returns the identifier.
   *
   * @param value 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit
   * @return the identifier
   * @throws IllegalArgumentException if the value is malformed
   */
  public static EventId of(String value) {
    return new EventId(value);
  }

  /**
   * Parses the text form, the inverse of {@link #toString()}.
   *
   * @param text the identifier
   * @return the identifier
   * @throws IllegalArgumentException if the text is malformed
   */
  public static EventId parse(CharSequence text) {
    return new EventId(text.toString());
  }
}
