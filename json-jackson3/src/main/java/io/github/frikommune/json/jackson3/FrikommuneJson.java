package io.github.frikommune.json.jackson3;

import io.github.frikommune.json.format.JsonFormatException;
import io.github.frikommune.json.format.ReadLimits;
import java.io.InputStream;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one-call entry to the frikommune-sdk JSON format with Jackson 3: a mapper configured the
 * recommended way, and reading and writing with only {@link JsonFormatException} to catch.
 *
 * <pre>{@code
 * String json = FrikommuneJson.write(portfolio);
 * Portfolio back = FrikommuneJson.read(json, Portfolio.class);
 * }</pre>
 *
 * <p>The mapper has the {@link FrikommuneModule}, the {@linkplain ReadLimits reading limits} as
 * Jackson's {@code StreamReadConstraints}, strict duplicate-field detection, unknown properties
 * (which Jackson 3 ignores by default) and trailing tokens rejected, and the format's pretty
 * printing (two spaces, {@code "name": value}, {@code \n} line ends), so it writes the same
 * bytes as the Jackson 2 module. Jackson 3 handles {@code Optional} and java.time itself, with
 * ISO-8601 dates by default. Default typing is never enabled. Thread-safe.
 */
public final class FrikommuneJson {
  private static final JsonMapper DEFAULT = mapper(ReadLimits.DEFAULT);

  private FrikommuneJson() {}

  /**
   * A new mapper configured the recommended way, with the default reading limits.
   *
   * @return the mapper
   */
  public static JsonMapper mapper() {
    return mapper(ReadLimits.DEFAULT);
  }

  /**
   * A new mapper configured the recommended way, with the given reading limits.
   *
   * @param limits the reading limits
   * @return the mapper
   */
  public static JsonMapper mapper(ReadLimits limits) {
    Objects.requireNonNull(limits, "limits");
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxDocumentLength(limits.maxDocumentLength())
                    .maxNestingDepth(limits.maxNestingDepth())
                    .maxStringLength(limits.maxStringLength())
                    .maxNumberLength(limits.maxNumberLength())
                    .maxNameLength(limits.maxNameLength())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    return JsonMapper.builder(factory)
        .addModule(new FrikommuneModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .defaultPrettyPrinter(prettyPrinter())
        .build();
  }

  /**
   * Writes a domain value, such as a portfolio, in the format.
   *
   * @param value the value; any type of the format, or a bean that contains them
   * @return the JSON, pretty-printed, without a final line end
   * @throws IllegalArgumentException if the value cannot be written, e.g. it is no domain type
   *     and no bean
   */
  public static String write(Object value) {
    try {
      return DEFAULT.writeValueAsString(value);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON", e);
    }
  }

  /**
   * Reads a domain value, such as a portfolio, with the default reading limits.
   *
   * @param <T> the type
   * @param json the JSON text
   * @param type the type, e.g. {@code Portfolio.class}
   * @return the value, fully built
   * @throws JsonFormatException if the JSON does not follow the format, e.g. it is {@code null};
   *     nothing is returned
   */
  public static <T> T read(String json, Class<T> type) {
    try {
      return present(DEFAULT.readValue(json, type), type.getSimpleName());
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  /**
   * Reads a value of a generic type, such as {@code List<RecordedEvent<TrialEvent>>}, with the
   * default reading limits. A recorded event's type argument is checked: an event of another
   * lifecycle is rejected.
   *
   * @param <T> the type
   * @param json the JSON text
   * @param type the type, e.g. {@code new TypeReference<List<RecordedEvent<TrialEvent>>>() {}}
   * @return the value, fully built
   * @throws JsonFormatException if the JSON does not follow the format, e.g. it is {@code null};
   *     nothing is returned
   */
  public static <T> T read(String json, TypeReference<T> type) {
    try {
      return present(DEFAULT.readValue(json, type), type.getType().getTypeName());
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  /**
   * Reads a domain value from a stream of UTF-8 JSON, with the default reading limits. The
   * stream is read to the end of the value and closed.
   *
   * @param <T> the type
   * @param json the JSON bytes
   * @param type the type, e.g. {@code Portfolio.class}
   * @return the value, fully built
   * @throws JsonFormatException if the JSON does not follow the format, or the stream cannot be
   *     read; nothing is returned
   */
  public static <T> T read(InputStream json, Class<T> type) {
    try {
      return present(DEFAULT.readValue(json, type), type.getSimpleName());
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  /** A document of {@code null} reads as no value at all; the format never allows null. */
  private static <T> T present(T value, String typeName) {
    if (value == null) {
      throw new JsonFormatException("", "the document must be a " + typeName + ", was null");
    }
    return value;
  }

  /**
   * Turns an exception from a mapper's read into the format's exception, with the JSON path.
   * Use it with a mapper of your own, e.g. one with other {@linkplain #mapper(ReadLimits)
   * limits}.
   *
   * @param e what the mapper threw
   * @return the format's exception: the cause of {@code e} if it is one, otherwise one made
   *     from {@code e}'s path and message
   */
  public static JsonFormatException translate(JacksonException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonFormatException) {
        return (JsonFormatException) t;
      }
    }
    StringBuilder pointer = new StringBuilder();
    for (JacksonException.Reference r : e.getPath()) {
      pointer.append('/');
      pointer.append(
          r.getPropertyName() != null
              ? r.getPropertyName().replace("~", "~0").replace("/", "~1")
              : Integer.toString(r.getIndex()));
    }
    if (pointer.length() == 0 && e.processor() instanceof JsonParser) {
      pointer.append(((JsonParser) e.processor()).streamReadContext().pathAsPointer().toString());
    }
    return new JsonFormatException(pointer.toString(), ParserReader.problem(e), e);
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withRootSeparator("")
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}
