package io.github.frikommune.core.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The tiny checker behind every construction-time invariant.
 *
 * <p>Each method returns its argument when the rule holds and otherwise throws an
 * {@link IllegalArgumentException} whose message names the field, the rule and the offending
 * value, e.g. {@code round number must be ≥ 1, was 0}.
 */
public final class Checks {
  /** Lists up to this long are searched for repeats one by one. */
  private static final int LINEAR_SEARCH_LIMIT = 16;

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
   * Requires every text of a list to have a non-blank character.
   *
   * @param <L> the list type
   * @param values the texts to check
   * @param field the list's name, used in the message with the index, e.g.
   *     {@code application expectedEffects[0]}
   * @return {@code values}
   * @throws IllegalArgumentException if a text is blank
   */
  public static <L extends List<String>> L notBlankElements(L values, String field) {
    for (int i = 0; i < values.size(); i++) {
      // The element's name is made only for the message, not for every element checked.
      if (values.get(i).isBlank()) {
        notBlank(values.get(i), field + "[" + i + "]");
      }
    }
    return values;
  }

  /**
   * Requires every text of a list to be neither blank nor padded with white space.
   *
   * @param <L> the list type
   * @param values the texts to check
   * @param field the list's name, used in the message with the index, e.g.
   *     {@code decision reasons[0]}
   * @return {@code values}
   * @throws IllegalArgumentException if a text is blank or padded
   */
  public static <L extends List<String>> L trimmedElements(L values, String field) {
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (value.isBlank() || !value.strip().equals(value)) {
        trimmed(value, field + "[" + i + "]");
      }
    }
    return values;
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
   * Finds the first element whose key an element before it has already.
   *
   * <p>Short lists are searched one by one, longer ones with a hash set; both compare keys
   * with {@code equals}. Reading a document checks every trial's participants this way, and
   * most trials have a few dozen.
   *
   * @param <V> the element type
   * @param values the elements
   * @param key the key of an element
   * @return the index of the first element whose key repeats one before it, or -1 if none does
   */
  public static <V> int firstRepeated(List<V> values, Function<? super V, ?> key) {
    int size = values.size();
    if (size <= LINEAR_SEARCH_LIMIT) {
      for (int i = 1; i < size; i++) {
        Object k = key.apply(values.get(i));
        for (int j = 0; j < i; j++) {
          if (key.apply(values.get(j)).equals(k)) {
            return i;
          }
        }
      }
      return -1;
    }
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < size; i++) {
      if (!seen.add(key.apply(values.get(i)))) {
        return i;
      }
    }
    return -1;
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
