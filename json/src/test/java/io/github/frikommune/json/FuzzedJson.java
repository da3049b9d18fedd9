package io.github.frikommune.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.json.format.JsonFormatException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What the JSON fuzz tests demand of every read: a value, or the format's one exception with a
 * well-formed message. Anything else (a Jackson exception, an {@code UncheckedIOException}, a
 * {@code NullPointerException} from a builder) escapes and fails the fuzz test.
 */
final class FuzzedJson {
  private FuzzedJson() {}

  /**
   * Reads the input as text with {@link FrikommuneJson#read(String, Class)}.
   *
   * @return the value, or empty if the input was rejected as it must be
   */
  static <T> Optional<T> readText(byte[] input, Class<T> type) {
    String json = new String(input, StandardCharsets.UTF_8);
    try {
      return Optional.of(FrikommuneJson.read(json, type));
    } catch (JsonFormatException rejected) {
      assertWellFormed(rejected);
      return Optional.empty();
    }
  }

  /**
   * Reads the input as bytes with {@link FrikommuneJson#read(java.io.InputStream, Class)}, so
   * that Jackson's own decoding of the bytes is fuzzed too.
   *
   * @return the value, or empty if the input was rejected as it must be
   */
  static <T> Optional<T> readBytes(byte[] input, Class<T> type) {
    try {
      return Optional.of(FrikommuneJson.read(new ByteArrayInputStream(input), type));
    } catch (JsonFormatException rejected) {
      assertWellFormed(rejected);
      return Optional.empty();
    }
  }

  /** A value read is written in the format and read back as the same value, with the same text. */
  static <T> void assertRoundTrips(T value, Class<T> type) {
    String written = FrikommuneJson.write(value);
    T back = FrikommuneJson.read(written, type);
    assertThat(back).isEqualTo(value);
    assertThat(FrikommuneJson.write(back)).isEqualTo(written);
  }

  /** The message is "at <pointer>: <problem>", the pointer a JSON Pointer or the whole document. */
  static void assertWellFormed(JsonFormatException rejected) {
    assertThat(rejected.path()).matches(p -> p.isEmpty() || p.startsWith("/"), "a JSON Pointer");
    assertThat(rejected.problem()).isNotBlank().hasSizeLessThanOrEqualTo(1_001);
    assertThat(rejected.getMessage())
        .isEqualTo("at " + (rejected.path().isEmpty() ? "the document root" : rejected.path()) + ": " + rejected.problem());
  }
}
