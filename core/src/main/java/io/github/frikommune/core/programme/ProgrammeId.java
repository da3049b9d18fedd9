package io.github.frikommune.core.programme;

import io.github.frikommune.core.TextIdentifier;

/**
 * The identifier of a programme, e.g. {@code FK2}.
 *
 * <p>{@code parse(toString())} gives back the same value. Immutable and thread-safe.
 */
public final class ProgrammeId extends TextIdentifier<ProgrammeId> {
  private ProgrammeId(String value) {
    super(value, "programme id");
  }

  /**
   * Returns the identifier.
   *
   * @param value 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit
   * @return the identifier
   * @throws IllegalArgumentException if the value is malformed
   */
  public static ProgrammeId of(String value) {
    return new ProgrammeId(value);
  }

  /**
   * Parses the text form, the inverse of {@link #toString()}.
   *
   * @param text the identifier
   * @return the identifier
   * @throws IllegalArgumentException if the text is malformed
   */
  public static ProgrammeId parse(CharSequence text) {
    return new ProgrammeId(text.toString());
  }
}
