package io.github.frikommune.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.frikommune.json.format.internal.Codec;
import io.github.frikommune.json.format.internal.Path;
import java.io.IOException;

/**
 * Reads a domain value in the format through its codec: the whole value is read as a tree
 * first, then built, so nothing half-built escapes.
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
    String at = p.getParsingContext().pathAsPointer().toString();
    Object tree = Trees.read(p);
    return codec.decode(tree, Path.at(at));
  }

  @Override
  public T getNullValue(DeserializationContext context) {
    return null;
  }
}
