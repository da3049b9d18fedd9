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
 * <p>Reading rejects, in this order: anything but an object, a missing {@code type}, a
 * {@code type} that names no member; then the member reads the object. When {@code type} is
 * the first field, as the format writes it, the member reads the rest of the object straight
 * from the tokens; otherwise the object is read whole first, so that its {@code type} can be
 * found, and the member reads it from that tree.
 *
 * @param <T> the family's common type
 */
public final class UnionCodec<T> implements Codec<T> {
  private static final String TYPE = "type";

  private final String name;
  private final Function<T, String> codeOf;
  private final Map<String, ObjectCodec<? extends T, ?>> members;
  private final Map<String, Integer> typeIndex;

  private UnionCodec(String name, Function<T, String> codeOf, Map<String, ObjectCodec<? extends T, ?>> members) {
    this.name = name;
    this.codeOf = codeOf;
    this.members = members;
    this.typeIndex = new LinkedHashMap<>();
    for (Map.Entry<String, ObjectCodec<? extends T, ?>> member : members.entrySet()) {
      typeIndex.put(member.getKey(), member.getValue().constant(TYPE));
    }
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
  public void encode(T value, TokenWriter out) {
    encodeAs(members.get(codeOf.apply(value)), value, out);
  }

  private static <S> void encodeAs(ObjectCodec<S, ?> codec, Object value, TokenWriter out) {
    codec.encode(codec.type().cast(value), out);
  }

  @Override
  public T decode(TokenReader in) {
    if (in.token() != Token.START_OBJECT) {
      throw in.wrongKind(name + " must be a JSON object, was ");
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    Token token = in.next();
    if (token == Token.NAME && in.name().equals(TYPE)) {
      in.enterField(TYPE);
      Token value = in.next();
      String code = value == Token.STRING ? in.string() : null;
      ObjectCodec<? extends T, ?> member = code != null ? members.get(code) : null;
      if (member != null) {
        in.leave();
        return member.decodeFields(in, typeIndex.get(code));
      }
      fields.put(TYPE, Nodes.read(in));
      in.leave();
      token = in.next();
    }
    Nodes.readFields(in, fields, token);
    if (!fields.containsKey(TYPE)) {
      throw in.failAt(
          TYPE, "field 'type' is required in " + name + ", was missing; it must be one of " + members.keySet(), null);
    }
    Object type = fields.get(TYPE);
    ObjectCodec<? extends T, ?> member = type instanceof String ? members.get(type) : null;
    if (member == null) {
      throw in.failAt(TYPE, name + " type must be one of " + members.keySet() + ", was " + Nodes.describe(type), null);
    }
    return member.decode(new TreeReader(fields, in.pointer()));
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
