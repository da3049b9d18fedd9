package io.github.frikommune.core.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The tiny checker behind every construction-time invariant.
 *
 * <p>Each method returns its argument when the rule holds and otherwise throws an
 * {@link IllegalArgumentException} whose message names the field, the rule and the offending
 * value, e.g. {@code round number must be ≥ 1, was 0}.
 */
public final class Checks {
  private Checks() {}

  /**
   * Requires a text with at least one non-blank character.
   *
   * @param value the text to check
   * @param field the field's name, used in the message
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static String notBlank(String value, String field) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, was '" + value + "'");
    }
    return value;
  }

  /**
   * Requires a text without leading or trailing white space that is not blank.
   *
   * @param value the text to check
   * @param field the field's name, used in the message
   * @return {@code value}
   * @throws IllegalArgumentException if blank or padded with white space
   */
  public static String trimmed(String value, String field) {
    notBlank(value, field);
    if (!value.strip().equals(value)) {
      throw new IllegalArgumentException(
          field + " must not start or end with white space, was '" + value + "'");
    }
    return value;
  }

  /**
   * Requires a whole number at or above a minimum.
   *
   * @param value the number to check
   * @param min the smallest allowed value
   * @param field the field's name, used in the message
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value < min}
   */
  public static int atLeast(int value, int min, String field) {
    if (value < min) {
      throw new IllegalArgumentException(field + " must be ≥ " + min + ", was " + value);
    }
    return value;
  }

  /**
   * Requires a text to match a pattern.
   *
   * @param value the text to check
   * @param pattern the pattern the whole text must match
   * @param rule the rule in words, e.g. "letters, digits and hyphens"
   * @param field the field's name, used in the message
   * @return {@code value}
   * @throws IllegalArgumentException if the text does not match
   */
  public static String matches(String value, Pattern pattern, String rule, String field) {
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field + " must be " + rule + ", was '" + value + "'");
    }
    return value;
  }

  /**
   * Requires a collection with at least one element.
   *
   * @param <C> the collection type
   * @param value the collection to check
   * @param field the field's name, used in the message
   * @return {@code value}
   * @throws IllegalArgumentException if the collection is empty
   */
  public static <C extends Collection<?>> C notEmpty(C value, String field) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException(field + " must not be empty, was []");
    }
    return value;
  }

  /**
   * Requires one date to be on or after another.
   *
   * @param later the date that must not come first
   * @param laterField the later date's field name
   * @param earlier the date it is compared with
   * @param earlierField the earlier date's field name
   * @return {@code later}
   * @throws IllegalArgumentException if {@code later} is before {@code earlier}
   */
  public static LocalDate onOrAfter(
      LocalDate later, String laterField, LocalDate earlier, String earlierField) {
    if (later.isBefore(earlier)) {
      throw new IllegalArgumentException(
          laterField + " must be on or after " + earlierField + " (" + earlier + "), was " + later);
    }
    return later;
  }

  /**
   * Requires a condition, with a message built only when it fails.
   *
   * @param condition the condition that must hold
   * @param format a {@link String#format} pattern naming field, rule and value
   * @param args the pattern's arguments
   * @throws IllegalArgumentException if {@code condition} is false
   */
  public static void require(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, format, args));
    }
  }
}
