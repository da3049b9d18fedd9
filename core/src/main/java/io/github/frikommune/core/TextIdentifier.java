package io.github.frikommune.core;

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
  private static final String RULE = "1-64 letters, digits, '.', '_' or '-', starting with a letter or digit";
  private static final int MAX_LENGTH = 64;

  private final String value;

  /**
   * Checks and keeps the text.
   *
   * @param value the identifier's text
   * @param field the identifier's name, used in the message, e.g. {@code application id}
   * @throws IllegalArgumentException if the text is malformed
   */
  protected TextIdentifier(String value, String field) {
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException(field + " must be " + RULE + ", was '" + value + "'");
    }
    this.value = value;
  }

  /**
   * Whether a text matches {@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}, checked by hand: reading a
   * document makes an identifier for every reference it holds, and a regular expression's
   * matcher would cost more than the rest of making one.
   */
  private static boolean isWellFormed(String value) {
    int length = value.length();
    if (length == 0 || length > MAX_LENGTH || !isLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** An ASCII letter or digit, as {@code [A-Za-z0-9]} means. */
  private static boolean isLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
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
