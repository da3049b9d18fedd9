package io.github.frikommune.json.jackson3;

import io.github.frikommune.json.format.internal.Codec;
import io.github.frikommune.json.format.internal.Path;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a domain value in the format through its codec: the whole value is read as a tree
 * first, then built, so nothing half-built escapes.
 */
final class CodecDeserializer<T> extends StdDeserializer<T> {
  private final Codec<T> codec;

  CodecDeserializer(Class<T> type, Codec<T> codec) {
    super(type);
    this.codec = codec;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext context) {
    String at = p.streamReadContext().pathAsPointer().toString();
    Object tree = Trees.read(p);
    return codec.decode(tree, Path.at(at));
  }
}
