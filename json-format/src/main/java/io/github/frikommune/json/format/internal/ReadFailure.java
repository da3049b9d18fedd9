package io.github.frikommune.json.format.internal;

import io.github.frikommune.json.format.JsonFormatException;

/**
 * A problem with the JSON text itself, found while reading it: malformed JSON, a document over
 * a reading limit, a field repeated in an object. It stops reading at once and wins over any
 * problem with the values read so far, as it would if the whole value were read before
 * anything is built. The adapter that started reading throws its {@link #failure()}.
 */
public final class ReadFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The exception to throw for the failure. */
  private final JsonFormatException failure;

  /**
   * Creates the failure.
   *
   * @param failure the exception to throw for it
   */
  public ReadFailure(JsonFormatException failure) {
    super(failure.getMessage(), failure, false, false);
    this.failure = failure;
  }

  /**
   * The exception to throw for it.
   *
   * @return the format's exception, with the path where reading failed
   */
  public JsonFormatException failure() {
    return failure;
  }
}
