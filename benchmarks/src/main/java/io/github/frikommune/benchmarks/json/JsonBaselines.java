package io.github.frikommune.benchmarks.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import io.github.frikommune.benchmarks.input.GeneratedPortfolio;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.seed.SeedCase;
import io.github.frikommune.json.FrikommuneJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The inputs of the JSON benchmarks and their two baselines besides the records: a streaming
 * walk over the tokens, the lower bound of decoding, and writing the same tokens again, the
 * lower bound of encoding.
 *
 * <p>Every JSON benchmark uses {@link #MAPPER}, the mapper of {@link FrikommuneJson#mapper()}:
 * the library's module, its reading limits and strict duplicate detection (so every parser,
 * the walk's too, pays for the same checks), and its pretty printing (so every writer writes
 * the same bytes). Documents are UTF-8 bytes, read from and written to byte arrays.
 */
public final class JsonBaselines {
  /** The mapper of every JSON benchmark: {@link FrikommuneJson#mapper()}. */
  public static final JsonMapper MAPPER = FrikommuneJson.mapper();

  /** The number of applications of the generated portfolio. */
  public static final int GENERATED_APPLICATIONS = 1000;

  private JsonBaselines() {}

  /**
   * The portfolio of a benchmark's scenario.
   *
   * @param scenario {@code seed} for the round-1 seed case, {@code 1000} for a generated
   *     portfolio of 1,000 applications
   * @return the portfolio
   * @throws IllegalArgumentException for any other scenario
   */
  public static Portfolio portfolio(String scenario) {
    switch (scenario) {
      case "seed":
        return SeedCase.portfolio();
      case "1000":
        return GeneratedPortfolio.withApplications(GENERATED_APPLICATIONS);
      default:
        throw new IllegalArgumentException("scenario must be seed or 1000, was '" + scenario + "'");
    }
  }

  /**
   * The library's document of a portfolio.
   *
   * @param portfolio the portfolio
   * @return its UTF-8 JSON, as {@link #MAPPER} writes it
   */
  public static byte[] write(Object portfolio) {
    try {
      return MAPPER.writeValueAsBytes(portfolio);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a document into the plain records.
   *
   * @param json the UTF-8 JSON
   * @return the records
   */
  public static PlainRecords.Portfolio readRecords(byte[] json) {
    try {
      return MAPPER.readValue(json, PlainRecords.Portfolio.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Walks every token of a document as a decoder must see it, building nothing: each field
   * name, each string as a {@code String}, each whole number as an {@code int}, each boolean.
   *
   * @param json the UTF-8 JSON
   * @return the number of tokens, plus the sum of the strings' lengths and of the numbers, so
   *     that no value read can be optimised away
   * @throws IOException if the JSON is malformed
   */
  public static long walk(byte[] json) throws IOException {
    long seen = 0;
    try (JsonParser p = MAPPER.getFactory().createParser(json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        seen++;
        switch (t) {
          case FIELD_NAME:
            seen += p.currentName().length();
            break;
          case VALUE_STRING:
            seen += p.getText().length();
            break;
          case VALUE_NUMBER_INT:
            seen += p.getIntValue();
            break;
          case VALUE_TRUE:
            seen++;
            break;
          default:
            break;
        }
      }
    }
    return seen;
  }

  /**
   * Counts the tokens of a document.
   *
   * @param json the UTF-8 JSON
   * @return the number of tokens
   * @throws IOException if the JSON is malformed
   */
  public static int countTokens(byte[] json) throws IOException {
    int count = 0;
    try (JsonParser p = MAPPER.getFactory().createParser(json)) {
      while (p.nextToken() != null) {
        count++;
      }
    }
    return count;
  }

  /**
   * Records the tokens of a document, to write them again.
   *
   * @param json the UTF-8 JSON
   * @return the tokens
   * @throws IOException if the JSON is malformed
   */
  public static RecordedTokens record(byte[] json) throws IOException {
    List<JsonToken> tokens = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    JsonFactory factory = MAPPER.getFactory();
    try (JsonParser p = factory.createParser(json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        tokens.add(t);
        switch (t) {
          case FIELD_NAME:
            values.add(p.currentName());
            break;
          case VALUE_STRING:
            values.add(p.getText());
            break;
          case VALUE_NUMBER_INT:
            values.add(p.getIntValue());
            break;
          default:
            values.add(null);
            break;
        }
      }
    }
    return new RecordedTokens(tokens.toArray(new JsonToken[0]), values.toArray());
  }

  /**
   * A document's tokens in order, which write themselves with the generator of whatever mapper
   * writes them; with {@link #MAPPER}, that gives back the document's bytes.
   */
  public static final class RecordedTokens implements JsonSerializable {
    private final JsonToken[] tokens;
    private final Object[] values;

    private RecordedTokens(JsonToken[] tokens, Object[] values) {
      this.tokens = tokens;
      this.values = values;
    }

    /**
     * The number of tokens.
     *
     * @return the number
     */
    public int size() {
      return tokens.length;
    }

    /**
     * Writes the tokens.
     *
     * @param g the generator
     * @param provider unused
     * @throws IOException if the generator cannot write
     */
    @Override
    public void serialize(JsonGenerator g, SerializerProvider provider) throws IOException {
      for (int i = 0; i < tokens.length; i++) {
        switch (tokens[i]) {
          case START_OBJECT:
            g.writeStartObject();
            break;
          case END_OBJECT:
            g.writeEndObject();
            break;
          case START_ARRAY:
            g.writeStartArray();
            break;
          case END_ARRAY:
            g.writeEndArray();
            break;
          case FIELD_NAME:
            g.writeFieldName((String) values[i]);
            break;
          case VALUE_STRING:
            g.writeString((String) values[i]);
            break;
          case VALUE_NUMBER_INT:
            g.writeNumber((Integer) values[i]);
            break;
          case VALUE_TRUE:
            g.writeBoolean(true);
            break;
          case VALUE_FALSE:
            g.writeBoolean(false);
            break;
          case VALUE_NULL:
            g.writeNull();
            break;
          default:
            throw new IllegalStateException("the format writes no " + tokens[i]);
        }
      }
    }

    /**
     * Writes the tokens; they carry no type id.
     *
     * @param g the generator
     * @param provider unused
     * @param typeSer unused
     * @throws IOException if the generator cannot write
     */
    @Override
    public void serializeWithType(JsonGenerator g, SerializerProvider provider, TypeSerializer typeSer)
        throws IOException {
      serialize(g, provider);
    }
  }
}
