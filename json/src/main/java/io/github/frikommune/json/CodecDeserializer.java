package io.github.frikommune.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.frikommune.json.format.internal.Codec;
import io.github.frikommune.json.format.internal.ReadFailure;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads a domain value in the format through its codec, straight from the parser's tokens. The
 * value is read whole before any problem with it is thrown, and built only if it has none, so
 * nothing half-built escapes.
 */
final class CodecDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Codec<T> codec;

  CodecDeserializer(Class<T> type, Codec<T> codec) {
    super(type);
    this.codec = codec;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
    try {
      return codec.decode(new ParserReader(p));
    } catch (ReadFailure e) {
      throw e.failure();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public T getNullValue(DeserializationContext context) {
    return null;
  }
}
