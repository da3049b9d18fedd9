package io.github.frikommune.json.format.internal;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.json.format.JsonFormatException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The JSON form of a type written as an object with a fixed list of fields, read through a
 * builder.
 *
 * <p>Writing puts the fields in their declared order; an absent optional field is left out,
 * a collection is always written. Reading rejects, in this order: anything but an object, an
 * unknown field, then field by field in declared order a missing required field, {@code null}
 * or a bad value; then the builder's own invariant checks, reported at the object. A
 * constant field (such as a document's {@code schemaVersion} or a condition's {@code type})
 * must have exactly its value.
 *
 * <p>Reading goes through the fields in the order the document has them, reads each value as
 * it comes and keeps it, with its problem if it has one, in a slot of the reader's scratch
 * stack; at the end of the object it judges the slots in declared order and gives them to the
 * builder in that order. So the fields may come in any order and the first problem reported is
 * the same as if the whole object had been read before any field was looked at.
 *
 * @param <T> the type
 * @param <B> the builder the type is read through
 */
public final class ObjectCodec<T, B> implements Codec<T> {
  /** A slot's value for a field given as {@code null}. */
  private static final Object NULL_VALUE = new Object();

  /** A slot's value for a field read but not decoded, because the object has an unknown field. */
  private static final Object SKIPPED = new Object();

  /** A slot's value for a constant field that has its value. */
  private static final Object CONSTANT = new Object();

  /** Sets larger than this look for repeats in a hash set rather than one by one. */
  private static final int LINEAR_SEARCH_LIMIT = 16;

  private final Class<T> type;
  private final String name;
  private final Supplier<B> newBuilder;
  private final Function<B, ? extends T> build;
  private final Property<T, B>[] properties;
  private final String fieldList;

  @SuppressWarnings({"unchecked", "rawtypes"})
  private ObjectCodec(
      Class<T> type,
      String name,
      Supplier<B> newBuilder,
      Function<B, ? extends T> build,
      List<Property<T, B>> properties) {
    this.type = type;
    this.name = name;
    this.newBuilder = newBuilder;
    this.build = build;
    this.properties = properties.toArray(new Property[0]);
    this.fieldList = properties.stream().map(p -> p.name).collect(Collectors.toList()).toString();
  }

  /**
   * Starts the description of a type's fields.
   *
   * @param <T> the type
   * @param <B> its builder
   * @param type the type's class
   * @param name the type's name in the schema and in messages, e.g. {@code Application}
   * @param newBuilder makes an empty builder
   * @param build builds the value; throws {@link IllegalArgumentException} or
   *     {@link IllegalStateException} if an invariant is broken
   * @return the description's builder
   */
  public static <T, B> Builder<T, B> builder(
      Class<T> type, String name, Supplier<B> newBuilder, Function<B, ? extends T> build) {
    return new Builder<>(type, name, newBuilder, build);
  }

  /**
   * The type's class.
   *
   * @return the class
   */
  public Class<T> type() {
    return type;
  }

  /**
   * The type's name in the schema and in messages.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  @Override
  public void encode(T value, TokenWriter out) {
    out.startObject();
    for (Property<T, B> p : properties) {
      // Each kind of field is called directly: one call for all three kinds would be made for
      // every field of every object, and cost more than writing most of them.
      if (p instanceof Single) {
        ((Single<T, B, ?>) p).write(value, out);
      } else if (p instanceof Many) {
        ((Many<T, B, ?>) p).write(value, out);
      } else {
        p.write(value, out);
      }
    }
    out.endObject();
  }

  @Override
  public T decode(TokenReader in) {
    if (in.token() != Token.START_OBJECT) {
      throw in.wrongKind(name + " must be a JSON object, was ");
    }
    return decodeFields(in, -1);
  }

  /**
   * The index of a constant field, for a reader that has read it already.
   *
   * @param field the field's name
   * @return its index among the fields, or -1 if it is no constant field
   */
  int constant(String field) {
    for (int k = 0; k < properties.length; k++) {
      if (properties[k] instanceof Constant<?, ?> && properties[k].name.equals(field)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Reads the fields of the object the reader is in and builds the value.
   *
   * @param in the reader: at the object's start, or at the value of the constant field
   *     {@code consumed} if that field was read already and has its value
   * @param consumed the index of the constant field read already, or -1
   * @return the value
   */
  T decodeFields(TokenReader in, int consumed) {
    int mark = in.mark();
    try {
      int slots = in.reserve(properties.length);
      if (consumed >= 0) {
        in.slot(slots + consumed, CONSTANT);
      }
      JsonFormatException unknown = null;
      Set<String> unknownNames = null;
      int expected = consumed + 1;
      Token token;
      for (token = in.next(); token == Token.NAME; token = in.next()) {
        String field = in.name();
        int k = indexOf(field, expected);
        if (k < 0) {
          in.enterField(Nodes.escape(field));
          if (unknownNames == null) {
            unknownNames = new HashSet<>();
          }
          if (!unknownNames.add(field)) {
            throw new ReadFailure(in.fail(Nodes.repeated(field)));
          }
          if (unknown == null) {
            unknown = in.fail("unknown field '" + field + "' in " + name + "; its fields are " + fieldList);
          }
          in.next();
          in.skipValue();
          in.leave();
          continue;
        }
        Property<T, B> p = properties[k];
        in.enterField(p.token);
        if (in.slot(slots + k) != null) {
          throw new ReadFailure(in.fail(Nodes.repeated(field)));
        }
        Token value = in.next();
        if (value == Token.NULL) {
          in.slot(slots + k, NULL_VALUE);
        } else if (unknown != null) {
          in.skipValue();
          in.slot(slots + k, SKIPPED);
        } else {
          try {
            in.slot(slots + k, p.read(in));
          } catch (JsonFormatException e) {
            in.slot(slots + k, new Failed(e));
          }
        }
        in.leave();
        expected = k + 1;
      }
      if (token != Token.END_OBJECT) {
        throw new ReadFailure(in.fail("the document ends before the object is complete"));
      }
      if (unknown != null) {
        throw unknown;
      }
      B builder = newBuilder.get();
      for (int k = 0; k < properties.length; k++) {
        Property<T, B> p = properties[k];
        Object value = in.slot(slots + k);
        if (value == null) {
          if (p.required) {
            throw in.failAt(p.token, "field '" + p.name + "' is required in " + name + ", was missing", null);
          }
        } else if (value == NULL_VALUE) {
          throw in.failAt(
              p.token,
              "field '" + p.name + "' in " + name + " must not be null; leave out a field without a value",
              null);
        } else if (value instanceof Failed) {
          throw ((Failed) value).exception;
        } else if (value != CONSTANT) {
          try {
            p.set(builder, value);
          } catch (IllegalArgumentException e) {
            throw in.failAt(p.token, e.getMessage(), e);
          }
        }
      }
      try {
        return build.apply(builder);
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw in.fail(e.getMessage(), e);
      }
    } finally {
      in.release(mark);
    }
  }

  /** The index of a field, looked for first where the format writes it: after the last one. */
  private int indexOf(String field, int expected) {
    if (expected < properties.length && properties[expected].name.equals(field)) {
      return expected;
    }
    for (int k = 0; k < properties.length; k++) {
      if (properties[k].name.equals(field)) {
        return k;
      }
    }
    return -1;
  }

  @Override
  public Object schema(SchemaBuilder schemas) {
    return schemas.ref(
        name,
        () -> {
          Map<String, Object> props = new LinkedHashMap<>();
          List<String> required = new ArrayList<>();
          for (Property<T, B> p : properties) {
            props.put(p.name, p.schema(schemas));
            if (p.required) {
              required.add(p.name);
            }
          }
          Map<String, Object> schema = SchemaBuilder.of("type", "object", "properties", props);
          if (!required.isEmpty()) {
            schema.put("required", required);
          }
          schema.put("additionalProperties", false);
          return schema;
        });
  }

  /** A field's problem, kept in its slot until the object's fields are judged in order. */
  private static final class Failed {
    final JsonFormatException exception;

    Failed(JsonFormatException exception) {
      this.exception = exception;
    }
  }

  /** One field: its name, how it is written, read and set, and its schema. */
  private abstract static class Property<T, B> {
    final String name;
    final FieldName fieldName;
    final String token;
    final boolean required;

    Property(String name, boolean required) {
      this.name = name;
      this.fieldName = FieldName.of(name);
      this.token = Nodes.escape(name);
      this.required = required;
    }

    /** Writes the field, if it has a value, with its name. */
    abstract void write(T value, TokenWriter out);

    /** Reads the field's value, at its first token; never null. */
    abstract Object read(TokenReader in);

    /** Sets what {@link #read} gave on the builder. */
    abstract void set(B builder, Object value);

    abstract Object schema(SchemaBuilder schemas);
  }

  /** A field with one allowed value. */
  private static final class Constant<T, B> extends Property<T, B> {
    private final Object value;
    private final String owner;

    Constant(String name, Object value, String owner) {
      super(name, true);
      this.value = value;
      this.owner = owner;
    }

    @Override
    void write(T ignored, TokenWriter out) {
      out.name(fieldName);
      if (value instanceof String) {
        out.string((String) value);
      } else {
        out.number((Long) value);
      }
    }

    @Override
    Object read(TokenReader in) {
      Token token = in.token();
      Object node = token == Token.START_OBJECT || token == Token.START_ARRAY ? null : in.scalarNode();
      if (node == null || !value.equals(node)) {
        throw in.wrongKind("field '" + name + "' of " + owner + " must be " + show(value) + ", was ");
      }
      return CONSTANT;
    }

    @Override
    void set(B builder, Object ignored) {
      // A constant sets nothing: the type has it.
    }

    @Override
    Object schema(SchemaBuilder schemas) {
      return SchemaBuilder.of("const", value);
    }

    private static String show(Object value) {
      return value instanceof String ? "'" + value + "'" : value.toString();
    }
  }

  /** A field of one value: required, defaulted or optional. */
  private static final class Single<T, B, V> extends Property<T, B> {
    private final Codec<V> codec;
    private final Function<? super T, ? extends V> get;
    private final Function<? super T, Optional<V>> getOptional;
    private final BiConsumer<B, V> set;

    Single(
        String name,
        boolean required,
        Codec<V> codec,
        Function<? super T, ? extends V> get,
        Function<? super T, Optional<V>> getOptional,
        BiConsumer<B, V> set) {
      super(name, required);
      this.codec = codec;
      this.get = get;
      this.getOptional = getOptional;
      this.set = set;
    }

    @Override
    void write(T value, TokenWriter out) {
      if (get != null) {
        out.name(fieldName);
        Codecs.write(codec, get.apply(value), out);
      } else {
        Optional<V> v = getOptional.apply(value);
        if (v.isPresent()) {
          out.name(fieldName);
          Codecs.write(codec, v.get(), out);
        }
      }
    }

    @Override
    Object read(TokenReader in) {
      return codec.decode(in);
    }

    @Override
    @SuppressWarnings("unchecked")
    void set(B builder, Object value) {
      set.accept(builder, (V) value);
    }

    @Override
    Object schema(SchemaBuilder schemas) {
      return codec.schema(schemas);
    }
  }

  /** A list or a set: always written, empty if left out. */
  private static final class Many<T, B, V> extends Property<T, B> {
    private final Codec<V> codec;
    private final Function<? super T, ? extends Collection<V>> get;
    private final BiConsumer<B, List<V>> set;
    private final boolean unique;

    Many(
        String name,
        Codec<V> codec,
        Function<? super T, ? extends Collection<V>> get,
        BiConsumer<B, List<V>> set,
        boolean unique) {
      super(name, false);
      this.codec = codec;
      this.get = get;
      this.set = set;
      this.unique = unique;
    }

    @Override
    void write(T value, TokenWriter out) {
      Collection<V> elements = get.apply(value);
      out.name(fieldName);
      out.startArray();
      // The domain's lists are ImmutableLists: a test against that class costs less than
      // against the interfaces List and RandomAccess, and the index needs no iterator.
      if (elements instanceof ImmutableList) {
        List<V> list = (ImmutableList<V>) elements;
        for (int i = 0; i < list.size(); i++) {
          Codecs.write(codec, list.get(i), out);
        }
      } else {
        for (V element : elements) {
          Codecs.write(codec, element, out);
        }
      }
      out.endArray();
    }

    /**
     * Reads the elements onto the reader's scratch stack, where they stay until the object that
     * has the list releases it; the first bad element's problem, after reading the rest.
     */
    @Override
    Object read(TokenReader in) {
      if (in.token() != Token.START_ARRAY) {
        throw in.wrongKind("must be a JSON array, was ");
      }
      int start = in.mark();
      int count = 0;
      JsonFormatException first = null;
      Set<Object> seen = null;
      in.enterElements();
      Token token;
      for (token = in.next(); token != Token.END_ARRAY; token = in.next()) {
        if (token == null) {
          in.leave();
          throw new ReadFailure(in.fail("the document ends before the array is complete"));
        }
        in.element(count);
        count++;
        if (first != null) {
          in.skipValue();
          continue;
        }
        if (token == Token.NULL) {
          first = in.fail("an element must not be null");
          continue;
        }
        V element;
        try {
          element = codec.decode(in);
        } catch (JsonFormatException e) {
          first = e;
          continue;
        }
        if (unique) {
          int size = in.mark() - start;
          if (seen == null && size > LINEAR_SEARCH_LIMIT) {
            seen = new HashSet<>(in.pushed(start, size));
          }
          if (seen != null ? !seen.add(element) : pushedAlready(in, start, size, element)) {
            first = in.fail("elements must not repeat, was " + element + " again");
            continue;
          }
        }
        in.push(element);
      }
      in.leave();
      if (first != null) {
        throw first;
      }
      return in.pushed(start, count);
    }

    private static boolean pushedAlready(TokenReader in, int start, int size, Object element) {
      for (int i = start; i < start + size; i++) {
        if (in.slot(i).equals(element)) {
          return true;
        }
      }
      return false;
    }

    @Override
    @SuppressWarnings("unchecked")
    void set(B builder, Object value) {
      List<V> elements = (List<V>) value;
      // A builder's collections start empty; adding no elements would change nothing.
      if (!elements.isEmpty()) {
        set.accept(builder, elements);
      }
    }

    @Override
    Object schema(SchemaBuilder schemas) {
      Map<String, Object> schema = SchemaBuilder.of("type", "array", "items", codec.schema(schemas));
      if (unique) {
        schema.put("uniqueItems", true);
      }
      return schema;
    }
  }

  /**
   * Describes the fields of a type, in the order they are written.
   *
   * <p>A list's or a set's {@code set} is given the elements read as a list that is valid only
   * during the call: it must add them to the builder's collection, which starts empty, copying
   * them, as a generated builder's {@code addAll} does. It is not called when there are none.
   *
   * @param <T> the type
   * @param <B> its builder
   */
  public static final class Builder<T, B> {
    private final Class<T> type;
    private final String name;
    private final Supplier<B> newBuilder;
    private final Function<B, ? extends T> build;
    private final List<Property<T, B>> properties = new ArrayList<>();

    private Builder(Class<T> type, String name, Supplier<B> newBuilder, Function<B, ? extends T> build) {
      this.type = type;
      this.name = name;
      this.newBuilder = newBuilder;
      this.build = build;
    }

    /**
     * A required field with one allowed value, such as {@code "schemaVersion": 1}.
     *
     * @param field the field's name
     * @param value the value: a {@link String} or a {@link Long}
     * @return this builder
     */
    public Builder<T, B> constant(String field, Object value) {
      properties.add(new Constant<>(field, value, name));
      return this;
    }

    /**
     * A required field.
     *
     * @param <V> the field's type
     * @param field the field's name
     * @param codec the field's codec
     * @param get reads the field from a value
     * @param set sets the field on a builder
     * @return this builder
     */
    public <V> Builder<T, B> required(
        String field, Codec<V> codec, Function<? super T, ? extends V> get, BiConsumer<B, V> set) {
      properties.add(new Single<>(field, true, codec, get, null, set));
      return this;
    }

    /**
     * A field that is always written and may be left out on input, taking the domain's
     * default, such as a condition's status.
     *
     * @param <V> the field's type
     * @param field the field's name
     * @param codec the field's codec
     * @param get reads the field from a value
     * @param set sets the field on a builder
     * @return this builder
     */
    public <V> Builder<T, B> defaulted(
        String field, Codec<V> codec, Function<? super T, ? extends V> get, BiConsumer<B, V> set) {
      properties.add(new Single<>(field, false, codec, get, null, set));
      return this;
    }

    /**
     * An optional field, left out when empty.
     *
     * @param <V> the field's type
     * @param field the field's name
     * @param codec the field's codec
     * @param get reads the field from a value
     * @param set sets the field on a builder
     * @return this builder
     */
    public <V> Builder<T, B> optional(
        String field, Codec<V> codec, Function<? super T, Optional<V>> get, BiConsumer<B, V> set) {
      properties.add(new Single<>(field, false, codec, null, get, set));
      return this;
    }

    /**
     * A list, always written, empty if left out on input.
     *
     * @param <V> the element type
     * @param field the field's name
     * @param codec the elements' codec
     * @param get reads the list from a value
     * @param set adds the elements to a builder, copying them
     * @return this builder
     */
    public <V> Builder<T, B> list(
        String field,
        Codec<V> codec,
        Function<? super T, ? extends Collection<V>> get,
        BiConsumer<B, List<V>> set) {
      properties.add(new Many<>(field, codec, get, set, false));
      return this;
    }

    /**
     * A set: a list without repeats, always written, empty if left out on input.
     *
     * @param <V> the element type
     * @param field the field's name
     * @param codec the elements' codec
     * @param get reads the set from a value
     * @param set adds the elements to a builder, copying them
     * @return this builder
     */
    public <V> Builder<T, B> set(
        String field,
        Codec<V> codec,
        Function<? super T, ? extends Collection<V>> get,
        BiConsumer<B, List<V>> set) {
      properties.add(new Many<>(field, codec, get, set, true));
      return this;
    }

    /**
     * The finished description.
     *
     * @return the codec
     */
    public ObjectCodec<T, B> build() {
      return new ObjectCodec<>(type, name, newBuilder, build, properties);
    }
  }
}
