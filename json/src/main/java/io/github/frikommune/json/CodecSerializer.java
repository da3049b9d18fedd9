package io.github.frikommune.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.frikommune.json.format.internal.Codec;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Writes a domain value in the format through its codec, straight to the generator. */
final class CodecSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Codec<T> codec;

  CodecSerializer(Class<T> type, Codec<T> codec) {
    super(type);
    this.codec = codec;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
    try {
      codec.encode(value, new GeneratorWriter(g));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
