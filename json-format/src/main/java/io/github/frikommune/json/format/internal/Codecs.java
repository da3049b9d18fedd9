package io.github.frikommune.json.format.internal;

import io.github.frikommune.core.Coded;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The codecs of the format's leaves: text, numbers, booleans, dates, instants, codes, and
 * values written as their canonical text (identifiers, citations).
 */
public final class Codecs {
  private static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

  /** Text: written and read as it is, with no function to call on the way. */
  private static final Codec<String> TEXT =
      new Codec<>() {
        private final Map<String, Object> schema = SchemaBuilder.of("type", "string", "minLength", 1);

        @Override
        public void encode(String value, TokenWriter out) {
          out.string(value);
        }

        @Override
        public String decode(TokenReader in) {
          if (in.token() != Token.STRING) {
            throw in.wrongKind("text must be a JSON string, was ");
          }
          return in.string();
        }

        @Override
        public Object schema(SchemaBuilder schemas) {
          return schema;
        }
      };

  /** A day, read and written by hand. */
  private static final Codec<LocalDate> DATE =
      new Codec<>() {
        private final Map<String, Object> schema =
            SchemaBuilder.of("type", "string", "format", "date", "pattern", DATE_PATTERN);

        @Override
        public void encode(LocalDate value, TokenWriter out) {
          writeDate(value, out);
        }

        @Override
        public LocalDate decode(TokenReader in) {
          if (in.token() != Token.STRING) {
            throw in.wrongKind("date must be a JSON string, was ");
          }
          try {
            return parseDate(in.string());
          } catch (IllegalArgumentException e) {
            throw in.fail(e.getMessage(), e);
          }
        }

        @Override
        public Object schema(SchemaBuilder schemas) {
          return schemas.ref("Date", () -> schema);
        }
      };

  private Codecs() {}

  /**
   * Text, as a JSON string; the domain checks blank or padded text.
   *
   * @return the codec
   */
  public static Codec<String> text() {
    return TEXT;
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
    return new TextCodec<>(what, parse, format, schema, null);
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
    if (codec instanceof TextCodec) {
      // The same codec with a name, rather than one more call on every value.
      TextCodec<T> text = (TextCodec<T>) codec;
      return new TextCodec<>(text.what, text.parse, text.format, text.schema, name);
    }
    return new Codec<>() {
      @Override
      public void encode(T value, TokenWriter out) {
        codec.encode(value, out);
      }

      @Override
      public T decode(TokenReader in) {
        return codec.decode(in);
      }

      @Override
      public Object schema(SchemaBuilder schemas) {
        return schemas.ref(name, () -> codec.schema(schemas));
      }
    };
  }

  /** A value written as its canonical text, with its schema under a name or not. */
  private static final class TextCodec<T> implements Codec<T> {
    final String what;
    final Function<String, T> parse;
    final Function<T, String> format;
    final Map<String, Object> schema;
    final String name;

    TextCodec(String what, Function<String, T> parse, Function<T, String> format, Map<String, Object> schema, String name) {
      this.what = what;
      this.parse = parse;
      this.format = format;
      this.schema = schema;
      this.name = name;
    }

    @Override
    public void encode(T value, TokenWriter out) {
      out.string(format.apply(value));
    }

    @Override
    public T decode(TokenReader in) {
      if (in.token() != Token.STRING) {
        throw in.wrongKind(what + " must be a JSON string, was ");
      }
      try {
        return parse.apply(in.string());
      } catch (IllegalArgumentException e) {
        throw in.fail(e.getMessage(), e);
      }
    }

    @Override
    public Object schema(SchemaBuilder schemas) {
      return name == null ? schema : schemas.ref(name, () -> schema);
    }
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
      public void encode(Integer value, TokenWriter out) {
        out.number(value.longValue());
      }

      @Override
      public Integer decode(TokenReader in) {
        return Nodes.integer(in, what, min, max);
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
      public void encode(Boolean value, TokenWriter out) {
        out.bool(value);
      }

      @Override
      public Boolean decode(TokenReader in) {
        Token token = in.token();
        if (token == Token.TRUE) {
          return Boolean.TRUE;
        }
        if (token == Token.FALSE) {
          return Boolean.FALSE;
        }
        throw in.wrongKind("must be true or false, was ");
      }

      @Override
      public Object schema(SchemaBuilder schemas) {
        return SchemaBuilder.of("type", "boolean");
      }
    };
  }

  /**
   * A calendar day, ISO-8601 {@code yyyy-mm-dd}, defined once in the schema as {@code Date}.
   *
   * @return the codec
   */
  public static Codec<LocalDate> date() {
    return DATE;
  }

  /**
   * Writes a value with its codec. The codecs that write nearly every value (objects, text,
   * days and canonical texts) are called directly rather than through the interface, whose
   * call, made for every value of a document by codecs of a dozen kinds, costs more than most
   * of them take to write.
   *
   * @param <V> the value's type
   * @param codec the codec
   * @param value the value
   * @param out where to write it
   */
  @SuppressWarnings("unchecked")
  static <V> void write(Codec<V> codec, V value, TokenWriter out) {
    if (codec instanceof ObjectCodec) {
      ((ObjectCodec<V, ?>) codec).encode(value, out);
    } else if (codec == TEXT) {
      out.string((String) value);
    } else if (codec == DATE) {
      writeDate((LocalDate) value, out);
    } else if (codec instanceof TextCodec) {
      ((TextCodec<V>) codec).encode(value, out);
    } else {
      codec.encode(value, out);
    }
  }

  /**
   * Writes a day as {@code LocalDate.toString()} does, {@code yyyy-mm-dd} for the years 0 to
   * 9999, without building a string for it: a document has a day in nearly every object.
   */
  private static void writeDate(LocalDate date, TokenWriter out) {
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      out.string(date.toString());
      return;
    }
    char[] text = new char[10];
    put(text, 0, year, 4);
    text[4] = '-';
    put(text, 5, date.getMonthValue(), 2);
    text[7] = '-';
    put(text, 8, date.getDayOfMonth(), 2);
    out.string(text, 0, text.length);
  }

  /**
   * Reads a day written {@code yyyy-mm-dd} in ASCII digits, as {@code LocalDate.parse} reads
   * the days that the schema's pattern lets through, without its formatter's cost.
   */
  private static LocalDate parseDate(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        try {
          return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
          throw notADay(text, e);
        }
      }
    }
    throw notADay(text, null);
  }

  /** The number written in ASCII digits from {@code start} to {@code end}, or -1 if any is not one. */
  private static int digits(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static IllegalArgumentException notADay(String text, DateTimeException cause) {
    return new IllegalArgumentException("date must be an ISO-8601 day yyyy-mm-dd, was '" + text + "'", cause);
  }

  /** Puts a number's last {@code width} digits at {@code start}, with leading zeros. */
  private static void put(char[] text, int start, int number, int width) {
    for (int i = start + width - 1; i >= start; i--) {
      text[i] = (char) ('0' + number % 10);
      number /= 10;
    }
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
    E[] constants = type.getEnumConstants();
    String[] byOrdinal = Arrays.stream(constants).map(Coded::code).toArray(String[]::new);
    List<String> codes = List.of(byOrdinal);
    return named(
        type.getSimpleName(),
        textAs(
            type.getSimpleName(),
            // A closed list has a handful of codes: comparing each is quicker than hashing the
            // text. Coded.fromCode gives the domain's message for any other.
            code -> {
              for (int i = 0; i < byOrdinal.length; i++) {
                if (byOrdinal[i].equals(code)) {
                  return constants[i];
                }
              }
              return Coded.fromCode(type, code);
            },
            Coded::code,
            SchemaBuilder.of("type", "string", "enum", codes)));
  }
}
