package io.github.frikommune.core.application;

import io.github.frikommune.core.TextIdentifier;

/**
 * The identifier of an application (<i>ansøgning</i>), e.g. {@code NJ-2016-01}.
 *
 * <p>{@code parse(toString())} gives back the same value. Immutable and thread-safe.
 */
public final class ApplicationId extends TextIdentifier<ApplicationId> {
  private ApplicationId(String value) {
    super(value, "application id");
  }

  /**
   * Returns the identifier.
   *
   * @param value 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit
   * @return the identifier
   * @throws IllegalArgumentException if the value is malformed
   */
  public static ApplicationId of(String value) {
    return new ApplicationId(value);
  }

  /**
   * Parses the text form, the inverse of {@link #toString()}.
   *
   * @param text the identifier
   * @return the identifier
   * @throws IllegalArgumentException if the text is malformed
   */
  public static ApplicationId parse(CharSequence text) {
    return new ApplicationId(text.toString());
  }
}
