package io.github.frikommune.core.trial;

import io.github.frikommune.core.TextIdentifier;

/**
 * The identifier of a trial (<i>forsøg</i>), e.g. {@code NJ-2016-01}.
 *
 * <p>{@code parse(toString())} gives back the same value. Immutable and thread-safe.
 */
public final class TrialId extends TextIdentifier<TrialId> {
  private TrialId(String value) {
    super(value, "trial id");
  }

  /**
   * Returns the identifier.
   *
   * @param value 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit
   * @return the identifier
   * @throws IllegalArgumentException if the value is malformed
   */
  public static TrialId of(String value) {
    return new TrialId(value);
  }

  /**
   * Parses the text form, the inverse of {@link #toString()}.
   *
   * @param text the identifier
   * @return the identifier
   * @throws IllegalArgumentException if the text is malformed
   */
  public static TrialId parse(CharSequence text) {
    return new TrialId(text.toString());
  }
}
