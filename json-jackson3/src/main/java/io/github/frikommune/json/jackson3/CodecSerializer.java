package io.github.frikommune.json.jackson3;

import io.github.frikommune.json.format.internal.Codec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a domain value in the format through its codec, straight to the generator. */
final class CodecSerializer<T> extends StdSerializer<T> {
  private final Codec<T> codec;

  CodecSerializer(Class<T> type, Codec<T> codec) {
    super(type);
    this.codec = codec;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializationContext context) {
    codec.encode(value, new GeneratorWriter(g));
  }
}
