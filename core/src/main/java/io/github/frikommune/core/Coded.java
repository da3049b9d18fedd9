package io.github.frikommune.core;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A closed vocabulary of the domain, such as a decision's outcome, with a stable code and a
 * Danish label.
 *
 * <p>The {@linkplain #code() code} is lower-case and never changes; it is what JSON and other
 * external formats carry. Neither {@code ordinal()} nor the Java constant's name is ever used
 * externally.
 */
public interface Coded {

  /**
   * The stable lower-case code used in external formats, e.g. {@code partially-granted}.
   *
   * @return the code, never blank
   */
  String code();

  /**
   * The Danish term, e.g. {@code delvist imødekommet}.
   *
   * @return the Danish label, never blank
   */
  String danishLabel();

  /**
   * Finds the constant of an enum with the given code.
   *
   * @param <E> the enum type
   * @param type the enum class
   * @param code the code to look up, exactly as {@link #code()} gives it
   * @return the constant with that code
   * @throws IllegalArgumentException if no constant has that code; the message lists the codes
   */
  static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
    for (E constant : type.getEnumConstants()) {
      if (constant.code().equals(code)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(
        type.getSimpleName()
            + " code must be one of "
            + Arrays.stream(type.getEnumConstants())
                .map(Coded::code)
                .collect(Collectors.joining(", ", "[", "]"))
            + ", was '"
            + code
            + "'");
  }
}
