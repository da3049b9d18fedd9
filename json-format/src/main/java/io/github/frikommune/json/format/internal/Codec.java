package io.github.frikommune.json.format.internal;

/**
 * The JSON form of one type: how a value is written as a neutral tree, read back from one, and
 * described as JSON Schema.
 *
 * @param <T> the type
 */
public interface Codec<T> {

  /**
   * Writes a value as a neutral tree, fields in the format's fixed order.
   *
   * @param value the value
   * @return the tree
   */
  Object encode(T value);

  /**
   * Reads a value from a neutral tree; nothing is returned unless the whole value is valid.
   *
   * @param node the tree
   * @param path where the tree lies in its document
   * @return the value
   * @throws io.github.frikommune.json.format.JsonFormatException if the tree does not follow
   *     the format
   */
  T decode(Object node, Path path);

  /**
   * Describes the JSON form as JSON Schema.
   *
   * @param schemas the schema being built, where named types put their definitions
   * @return the schema of this type, or a reference to its definition
   */
  Object schema(SchemaBuilder schemas);
}
