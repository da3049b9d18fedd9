package io.github.frikommune.core.municipality;

import com.google.common.collect.ImmutableList;

/**
 * Thrown when a code or name names none of the 98 municipalities. The message says what was
 * asked for and suggests the closest names.
 */
public final class UnknownMunicipalityException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The code or name that was asked for, as given. */
  private final String input;

  /** The names of the closest municipalities, closest first; at most three. */
  private final ImmutableList<String> suggestions;

  UnknownMunicipalityException(String message, String input, ImmutableList<String> suggestions) {
    super(message);
    this.input = input;
    this.suggestions = suggestions;
  }

  /**
   * The code or name that was asked for, as given.
   *
   * @return the input
   */
  public String input() {
    return input;
  }

  /**
   * The names of the closest municipalities, closest first; at most three.
   *
   * @return the suggestions, possibly empty
   */
  public ImmutableList<String> suggestions() {
    return suggestions;
  }
}
