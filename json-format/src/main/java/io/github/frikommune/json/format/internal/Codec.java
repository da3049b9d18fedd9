package io.github.frikommune.json.format.internal;

/**
 * The JSON form of one type: how a value is written as tokens, read back from them, and
 * described as JSON Schema.
 *
 * @param <T> the type
 */
public interface Codec<T> {

  /**
   * Writes a value, fields in the format's fixed order.
   *
   * @param value the value
   * @param out where to write it
   */
  void encode(T value, TokenWriter out);

  /**
   * Reads a value; nothing is returned unless the whole value is valid. The value is read whole
   * even when it is not valid, so the reader ends at its last token either way.
   *
   * @param in the reader, at the value's first token
   * @return the value
   * @throws io.github.frikommune.json.format.JsonFormatException if the value does not follow
   *     the format: its first problem, in the order the format checks them
   * @throws ReadFailure if the JSON text is not well-formed where the value lies
   */
  T decode(TokenReader in);

  /**
   * Describes the JSON form as JSON Schema.
   *
   * @param schemas the schema being built, where named types put their definitions
   * @return the schema of this type, or a reference to its definition
   */
  Object schema(SchemaBuilder schemas);
}
