package io.github.frikommune.core;

import io.github.frikommune.core.internal.Checks;
import java.util.regex.Pattern;

/**
 * The shared form of the domain's text identifiers, such as {@code ApplicationId} and
 * {@code ProgrammeId}: 1 to 64 letters, digits, dots, underscores or hyphens, starting with a
 * letter or digit.
 *
 * <p>Two identifiers are equal when they are of the same class and have the same text; they
 * order by text. {@code toString()} gives the text. Immutable and thread-safe.
 *
 * @param <T> the concrete identifier type
 */
public abstract class TextIdentifier<T extends TextIdentifier<T>> implements Comparable<T> {
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private final String value;

  /**
   * Checks and keeps the text.
   *
   * @param value the identifier's text
   * @param field the identifier's name, used in the message, e.g. {@code application id}
   * @throws IllegalArgumentException if the text is malformed
   */
  protected TextIdentifier(String value, String field) {
    this.value =
        Checks.matches(
            value,
            FORM,
            "1-64 letters, digits, '.', '_' or '-', starting with a letter or digit",
            field);
  }

  /**
   * The identifier's text.
   *
   * @return the text
   */
  public final String value() {
    return value;
  }

  @Override
  public final int compareTo(T other) {
    return value.compareTo(other.value());
  }

  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && ((TextIdentifier<?>) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** Returns the identifier's text; the type's {@code parse} reads it back. */
  @Override
  public final String toString() {
    return value;
  }
}
