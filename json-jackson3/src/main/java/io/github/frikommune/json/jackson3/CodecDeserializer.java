package io.github.frikommune.json.jackson3;

import io.github.frikommune.json.format.internal.Codec;
import io.github.frikommune.json.format.internal.ReadFailure;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a domain value in the format through its codec, straight from the parser's tokens. The
 * value is read whole before any problem with it is thrown, and built only if it has none, so
 * nothing half-built escapes.
 */
final class CodecDeserializer<T> extends StdDeserializer<T> {
  private final Codec<T> codec;

  CodecDeserializer(Class<T> type, Codec<T> codec) {
    super(type);
    this.codec = codec;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext context) {
    try {
      return codec.decode(new ParserReader(p));
    } catch (ReadFailure e) {
      throw e.failure();
    }
  }
}
