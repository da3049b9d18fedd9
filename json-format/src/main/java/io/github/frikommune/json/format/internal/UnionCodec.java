package io.github.frikommune.json.format.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The JSON form of a closed family of types, such as the kinds of condition: an object whose
 * {@code type} field names the member from a closed list of codes, never a class name.
 *
 * @param <T> the family's common type
 */
public final class UnionCodec<T> implements Codec<T> {
  private final String name;
  private final Function<T, String> codeOf;
  private final Map<String, ObjectCodec<? extends T, ?>> members;

  private UnionCodec(String name, Function<T, String> codeOf, Map<String, ObjectCodec<? extends T, ?>> members) {
    this.name = name;
    this.codeOf = codeOf;
    this.members = members;
  }

  /**
   * Returns the codec of a family; each member's codec must write {@code type} first, as a
   * {@linkplain ObjectCodec.Builder#constant constant} equal to its code.
   *
   * @param <T> the common type
   * @param name the family's name in the schema and in messages, e.g. {@code Condition}
   * @param codeOf the code of a value's member
   * @param members the members' codecs by code, in the order the schema lists them
   * @return the codec
   */
  public static <T> UnionCodec<T> of(
      String name, Function<T, String> codeOf, Map<String, ObjectCodec<? extends T, ?>> members) {
    return new UnionCodec<>(name, codeOf, new LinkedHashMap<>(members));
  }

  @Override
  public Object encode(T value) {
    return encodeAs(members.get(codeOf.apply(value)), value);
  }

  private static <S> Object encodeAs(ObjectCodec<S, ?> codec, Object value) {
    return codec.encode(codec.type().cast(value));
  }

  @Override
  public T decode(Object node, Path path) {
    Map<String, Object> fields = Nodes.object(node, path, name);
    Path at = path.field("type");
    if (!fields.containsKey("type")) {
      throw at.fail("field 'type' is required in " + name + ", was missing; it must be one of " + members.keySet());
    }
    Object type = fields.get("type");
    ObjectCodec<? extends T, ?> member = type instanceof String ? members.get(type) : null;
    if (member == null) {
      throw at.fail(name + " type must be one of " + members.keySet() + ", was " + Nodes.describe(type));
    }
    return member.decode(node, path);
  }

  @Override
  public Object schema(SchemaBuilder schemas) {
    return schemas.ref(
        name,
        () -> {
          List<Object> oneOf = new ArrayList<>();
          for (ObjectCodec<? extends T, ?> member : members.values()) {
            oneOf.add(member.schema(schemas));
          }
          return SchemaBuilder.of("oneOf", oneOf);
        });
  }
}
