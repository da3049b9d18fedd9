package io.github.frikommune.core.programme;

import io.github.frikommune.core.TextIdentifier;

/**
 * The identifier of a free-municipality network (<i>frikommunenetværk</i>), e.g. {@code nordjylland}.
 *
 * <p>{@code parse(toString())} gives back the same value. Immutable and thread-safe.
 */
public final class NetworkId extends TextIdentifier<NetworkId> {
  private NetworkId(String value) {
    super(value, "network id");
  }

  /**
   * Returns the identifier.
   *
   * @param value 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit
   * @return the identifier
   * @throws IllegalArgumentException if the value is malformed
   */
  public static NetworkId of(String value) {
    return new NetworkId(value);
  }

  /**
   * Parses the text form, the inverse of {@link #toString()}.
   *
   * @param text the identifier
   * @return the identifier
   * @throws IllegalArgumentException if the text is malformed
   */
  public static NetworkId parse(CharSequence text) {
    return new NetworkId(text.toString());
  }
}
