package io.github.frikommune.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.frikommune.json.format.JsonFormatException;
import io.github.frikommune.json.format.internal.Codec;
import io.github.frikommune.json.format.internal.ReadFailure;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * One value read or written through the Jackson 2 adapters, for the tests of the format's
 * codecs. A value is read as the field {@code x} of an object, so that its path is {@code /x};
 * the parser has no strict duplicate detection, so that the format's own check of repeated
 * fields shows.
 */
final class Tokens {
  static final JsonFactory FACTORY = new JsonFactory();

  private Tokens() {}

  /**
   * A parser at the value of {@code {"x": json}}.
   *
   * @param json the value's text
   * @return the parser, at the value's first token
   */
  static JsonParser at(String json) {
    try {
      JsonParser p = FACTORY.createParser("{\"x\": " + json + "}");
      p.nextToken();
      p.nextToken();
      p.nextToken();
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The value the codec reads at {@code /x}; the reader must stop at the value's last token. */
  static <T> T read(Codec<T> codec, String json) {
    JsonParser p = at(json);
    T value;
    try {
      value = codec.decode(new ParserReader(p));
    } catch (ReadFailure e) {
      throw e.failure();
    }
    assertReadWhole(p);
    return value;
  }

  /**
   * The problem the codec finds with the value at {@code /x}; it must have read the value whole
   * all the same.
   */
  static JsonFormatException fails(Codec<?> codec, String json) {
    JsonParser p = at(json);
    try {
      Object value = codec.decode(new ParserReader(p));
      throw new AssertionError("read " + json + " as " + value);
    } catch (ReadFailure e) {
      throw new AssertionError("a problem with the text, not with the value: " + e.getMessage(), e);
    } catch (JsonFormatException e) {
      assertReadWhole(p);
      return e;
    }
  }

  /** The problem with the text that stops the codec reading the value at {@code /x}. */
  static JsonFormatException failsToRead(Codec<?> codec, String json) {
    try {
      Object value = codec.decode(new ParserReader(at(json)));
      throw new AssertionError("read " + json + " as " + value);
    } catch (ReadFailure e) {
      assertThat(e).hasMessage(e.failure().getMessage()).hasCause(e.failure());
      return e.failure();
    }
  }

  /** The value as the codec writes it, without pretty printing. */
  static <T> String written(Codec<T> codec, T value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      codec.encode(value, new GeneratorWriter(g));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void assertReadWhole(JsonParser p) {
    try {
      assertThat(p.nextToken()).as("the token after the value").isEqualTo(JsonToken.END_OBJECT);
      assertThat(p.nextToken()).as("the end of the input").isNull();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
