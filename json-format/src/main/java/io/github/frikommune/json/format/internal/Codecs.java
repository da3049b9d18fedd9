package io.github.frikommune.json.format.internal;

import io.github.frikommune.core.Coded;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The codecs of the format's leaves: text, numbers, booleans, dates, instants, codes, and
 * values written as their canonical text (identifiers, citations).
 */
public final class Codecs {
  private static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

  private Codecs() {}

  /**
   * Text, as a JSON string; the domain checks blank or padded text.
   *
   * @return the codec
   */
  public static Codec<String> text() {
    return textAs("text", Function.identity(), Function.identity(), SchemaBuilder.of("type", "string", "minLength", 1));
  }

  /**
   * A value written as its canonical text, e.g. an identifier or a citation.
   *
   * @param <T> the type
   * @param what the value's name, for messages
   * @param parse reads the text; throws {@link IllegalArgumentException} naming the rule
   * @param format writes the text
   * @param schema the JSON Schema of the text
   * @return the codec
   */
  public static <T> Codec<T> textAs(
      String what, Function<String, T> parse, Function<T, String> format, Map<String, Object> schema) {
    return new Codec<>() {
      @Override
      public Object encode(T value) {
        return format.apply(value);
      }

      @Override
      public T decode(Object node, Path path) {
        if (!(node instanceof String)) {
          throw path.fail(what + " must be a JSON string, was " + Nodes.describe(node));
        }
        try {
          return parse.apply((String) node);
        } catch (IllegalArgumentException e) {
          throw path.fail(e.getMessage(), e);
        }
      }

      @Override
      public Object schema(SchemaBuilder schemas) {
        return schema;
      }
    };
  }

  /**
   * The same codec, with its schema defined once under a name in {@code $defs} and referred to.
   *
   * @param <T> the type
   * @param name the definition's name, e.g. {@code Provision}
   * @param codec the codec
   * @return the named codec
   */
  public static <T> Codec<T> named(String name, Codec<T> codec) {
    return new Codec<>() {
      @Override
      public Object encode(T value) {
        return codec.encode(value);
      }

      @Override
      public T decode(Object node, Path path) {
        return codec.decode(node, path);
      }

      @Override
      public Object schema(SchemaBuilder schemas) {
        return schemas.ref(name, () -> codec.schema(schemas));
      }
    };
  }

  /**
   * A whole number in a range.
   *
   * @param what the number's name, for messages
   * @param min the smallest value
   * @param max the largest value
   * @return the codec
   */
  public static Codec<Integer> integer(String what, int min, int max) {
    return new Codec<>() {
      @Override
      public Object encode(Integer value) {
        return value.longValue();
      }

      @Override
      public Integer decode(Object node, Path path) {
        return Nodes.integer(node, path, what, min, max);
      }

      @Override
      public Object schema(SchemaBuilder schemas) {
        return SchemaBuilder.of("type", "integer", "minimum", (long) min, "maximum", (long) max);
      }
    };
  }

  /**
   * True or false.
   *
   * @return the codec
   */
  public static Codec<Boolean> bool() {
    return new Codec<>() {
      @Override
      public Object encode(Boolean value) {
        return value;
      }

      @Override
      public Boolean decode(Object node, Path path) {
        return Nodes.bool(node, path);
      }

      @Override
      public Object schema(SchemaBuilder schemas) {
        return SchemaBuilder.of("type", "boolean");
      }
    };
  }

  /**
   * A calendar day, ISO-8601 {@code yyyy-mm-dd}.
   *
   * @return the codec
   */
  public static Codec<LocalDate> date() {
    return named("Date", dateText());
  }

  private static Codec<LocalDate> dateText() {
    return textAs(
        "date",
        text -> {
          try {
            if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
              throw new DateTimeParseException("not yyyy-mm-dd", text, 0);
            }
            return LocalDate.parse(text);
          } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                "date must be an ISO-8601 day yyyy-mm-dd, was '" + text + "'", e);
          }
        },
        LocalDate::toString,
        SchemaBuilder.of("type", "string", "format", "date", "pattern", DATE_PATTERN));
  }

  /**
   * An instant, ISO-8601 in UTC, e.g. {@code 2017-02-01T09:30:00Z}.
   *
   * @return the codec
   */
  public static Codec<Instant> instant() {
    return named("Instant", instantText());
  }

  private static Codec<Instant> instantText() {
    return textAs(
        "instant",
        text -> {
          try {
            return Instant.parse(text);
          } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                "instant must be ISO-8601 in UTC, e.g. '2017-02-01T09:30:00Z', was '" + text + "'", e);
          }
        },
        Instant::toString,
        SchemaBuilder.of(
            "type", "string", "format", "date-time", "pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z$"));
  }

  /**
   * A constant of a closed vocabulary, by its stable lower-case {@linkplain Coded#code() code}.
   *
   * @param <E> the enum
   * @param type the enum class
   * @return the codec
   */
  public static <E extends Enum<E> & Coded> Codec<E> coded(Class<E> type) {
    List<String> codes =
        Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.toList());
    return named(
        type.getSimpleName(),
        textAs(
            type.getSimpleName(),
            code -> Coded.fromCode(type, code),
            Coded::code,
            SchemaBuilder.of("type", "string", "enum", codes)));
  }
}
