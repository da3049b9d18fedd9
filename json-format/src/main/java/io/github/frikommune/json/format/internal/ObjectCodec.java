package io.github.frikommune.json.format.internal;

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
 * @param <T> the type
 * @param <B> the builder the type is read through
 */
public final class ObjectCodec<T, B> implements Codec<T> {
  private final Class<T> type;
  private final String name;
  private final Supplier<B> newBuilder;
  private final Function<B, ? extends T> build;
  private final List<Property<T, B>> properties;
  private final Set<String> names;

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
    this.properties = List.copyOf(properties);
    this.names = properties.stream().map(p -> p.name).collect(Collectors.toUnmodifiableSet());
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
  public Object encode(T value) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (Property<T, B> p : properties) {
      p.write.apply(value).ifPresent(node -> fields.put(p.name, node));
    }
    return fields;
  }

  @Override
  public T decode(Object node, Path path) {
    Map<String, Object> fields = Nodes.object(node, path, name);
    for (String field : fields.keySet()) {
      if (!names.contains(field)) {
        throw path.field(field)
            .fail(
                "unknown field '"
                    + field
                    + "' in "
                    + name
                    + "; its fields are "
                    + properties.stream().map(p -> p.name).collect(Collectors.toList()));
      }
    }
    B builder = newBuilder.get();
    for (Property<T, B> p : properties) {
      Path at = path.field(p.name);
      if (!fields.containsKey(p.name)) {
        if (p.required) {
          throw at.fail("field '" + p.name + "' is required in " + name + ", was missing");
        }
        continue;
      }
      Object value = fields.get(p.name);
      if (value == Nodes.NULL) {
        throw at.fail(
            "field '" + p.name + "' in " + name + " must not be null; leave out a field without a value");
      }
      try {
        p.read.accept(builder, value, at);
      } catch (IllegalArgumentException e) {
        throw at.fail(e.getMessage(), e);
      }
    }
    try {
      return build.apply(builder);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw path.fail(e.getMessage(), e);
    }
  }

  @Override
  public Object schema(SchemaBuilder schemas) {
    return schemas.ref(
        name,
        () -> {
          Map<String, Object> props = new LinkedHashMap<>();
          List<String> required = new ArrayList<>();
          for (Property<T, B> p : properties) {
            props.put(p.name, p.schema.apply(schemas));
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

  @FunctionalInterface
  private interface Reader<B> {
    void accept(B builder, Object node, Path path);
  }

  private static final class Property<T, B> {
    final String name;
    final boolean required;
    final Function<T, Optional<Object>> write;
    final Reader<B> read;
    final Function<SchemaBuilder, Object> schema;

    Property(
        String name,
        boolean required,
        Function<T, Optional<Object>> write,
        Reader<B> read,
        Function<SchemaBuilder, Object> schema) {
      this.name = name;
      this.required = required;
      this.write = write;
      this.read = read;
      this.schema = schema;
    }
  }

  /**
   * Describes the fields of a type, in the order they are written.
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
      properties.add(
          new Property<>(
              field,
              true,
              t -> Optional.of(value),
              (b, node, path) -> {
                if (!value.equals(node)) {
                  throw path.fail(
                      "field '" + field + "' of " + name + " must be " + show(value) + ", was "
                          + Nodes.describe(node));
                }
              },
              schemas -> SchemaBuilder.of("const", value)));
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
      properties.add(
          new Property<>(
              field,
              true,
              t -> Optional.of(codec.encode(get.apply(t))),
              (b, node, path) -> set.accept(b, codec.decode(node, path)),
              codec::schema));
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
      properties.add(
          new Property<>(
              field,
              false,
              t -> Optional.of(codec.encode(get.apply(t))),
              (b, node, path) -> set.accept(b, codec.decode(node, path)),
              codec::schema));
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
      properties.add(
          new Property<>(
              field,
              false,
              t -> get.apply(t).map(codec::encode),
              (b, node, path) -> set.accept(b, codec.decode(node, path)),
              codec::schema));
      return this;
    }

    /**
     * A list, always written, empty if left out on input.
     *
     * @param <V> the element type
     * @param field the field's name
     * @param codec the elements' codec
     * @param get reads the list from a value
     * @param set sets the list on a builder
     * @return this builder
     */
    public <V> Builder<T, B> list(
        String field,
        Codec<V> codec,
        Function<? super T, ? extends Collection<V>> get,
        BiConsumer<B, List<V>> set) {
      return collection(field, codec, get, set, false);
    }

    /**
     * A set: a list without repeats, always written, empty if left out on input.
     *
     * @param <V> the element type
     * @param field the field's name
     * @param codec the elements' codec
     * @param get reads the set from a value
     * @param set sets the elements on a builder
     * @return this builder
     */
    public <V> Builder<T, B> set(
        String field,
        Codec<V> codec,
        Function<? super T, ? extends Collection<V>> get,
        BiConsumer<B, List<V>> set) {
      return collection(field, codec, get, set, true);
    }

    private <V> Builder<T, B> collection(
        String field,
        Codec<V> codec,
        Function<? super T, ? extends Collection<V>> get,
        BiConsumer<B, List<V>> set,
        boolean unique) {
      properties.add(
          new Property<>(
              field,
              false,
              t -> Optional.of(get.apply(t).stream().map(codec::encode).collect(Collectors.toList())),
              (b, node, path) -> set.accept(b, decodeAll(node, path, codec, unique)),
              schemas -> {
                Map<String, Object> schema =
                    SchemaBuilder.of("type", "array", "items", codec.schema(schemas));
                if (unique) {
                  schema.put("uniqueItems", true);
                }
                return schema;
              }));
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

    private static String show(Object value) {
      return value instanceof String ? "'" + value + "'" : value.toString();
    }
  }

  private static <V> List<V> decodeAll(Object node, Path path, Codec<V> codec, boolean unique) {
    List<Object> elements = Nodes.array(node, path);
    List<V> values = new ArrayList<>(elements.size());
    Set<V> seen = new HashSet<>();
    for (int i = 0; i < elements.size(); i++) {
      Path at = path.index(i);
      if (elements.get(i) == Nodes.NULL) {
        throw at.fail("an element must not be null");
      }
      V value = codec.decode(elements.get(i), at);
      if (unique && !seen.add(value)) {
        throw at.fail("elements must not repeat, was " + value + " again");
      }
      values.add(value);
    }
    return values;
  }
}
