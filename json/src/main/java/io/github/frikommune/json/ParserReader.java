package io.github.frikommune.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.frikommune.json.format.JsonFormatException;
import io.github.frikommune.json.format.internal.Nodes;
import io.github.frikommune.json.format.internal.ReadFailure;
import io.github.frikommune.json.format.internal.Token;
import io.github.frikommune.json.format.internal.TokenReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The format's tokens from Jackson 2's parser. Jackson's problems with the text (malformed
 * JSON, a reading limit, a repeated field) become the format's exception with the parser's
 * path; an input that cannot be read at all stays an {@link IOException}, carried out in an
 * {@link UncheckedIOException} that {@link CodecDeserializer} unwraps.
 */
final class ParserReader extends TokenReader {
  private static final Token[] TOKENS = new Token[JsonToken.values().length];

  static {
    Arrays.fill(TOKENS, Token.OTHER);
    TOKENS[JsonToken.START_OBJECT.ordinal()] = Token.START_OBJECT;
    TOKENS[JsonToken.END_OBJECT.ordinal()] = Token.END_OBJECT;
    TOKENS[JsonToken.START_ARRAY.ordinal()] = Token.START_ARRAY;
    TOKENS[JsonToken.END_ARRAY.ordinal()] = Token.END_ARRAY;
    TOKENS[JsonToken.FIELD_NAME.ordinal()] = Token.NAME;
    TOKENS[JsonToken.VALUE_STRING.ordinal()] = Token.STRING;
    TOKENS[JsonToken.VALUE_NUMBER_INT.ordinal()] = Token.INTEGER;
    TOKENS[JsonToken.VALUE_NUMBER_FLOAT.ordinal()] = Token.DECIMAL;
    TOKENS[JsonToken.VALUE_TRUE.ordinal()] = Token.TRUE;
    TOKENS[JsonToken.VALUE_FALSE.ordinal()] = Token.FALSE;
    TOKENS[JsonToken.VALUE_NULL.ordinal()] = Token.NULL;
  }

  private final JsonParser p;
  private Token token;

  /** Reads the value at the parser's current token, with the parser's path as its place. */
  ParserReader(JsonParser p) {
    super(p.getParsingContext().pathAsPointer().toString());
    this.p = p;
    this.token = map(p.currentToken());
  }

  private static Token map(JsonToken t) {
    return t == null ? null : TOKENS[t.ordinal()];
  }

  @Override
  public Token token() {
    return token;
  }

  @Override
  public Token next() {
    try {
      token = map(p.nextToken());
      return token;
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public String name() {
    try {
      return p.currentName();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public String string() {
    try {
      return p.getText();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public boolean isLong() {
    try {
      return p.getNumberType() != JsonParser.NumberType.BIG_INTEGER;
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public long longValue() {
    try {
      return p.getLongValue();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public Object scalar() {
    try {
      switch (token) {
        case STRING:
          return p.getText();
        case INTEGER:
          return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
              ? p.getBigIntegerValue()
              : (Object) p.getLongValue();
        case DECIMAL:
          try {
            return p.getDecimalValue();
          } catch (NumberFormatException e) {
            // An exponent beyond BigDecimal's int scale, e.g. 1e2147483648, is short enough for
            // the number-length limit, but Jackson cannot read it and throws this unchecked
            // exception: the number cannot be read, so reading stops here.
            throw new ReadFailure(fail("a number's exponent must lie within ±2147483647, was " + p.getText(), e));
          }
        case TRUE:
          return Boolean.TRUE;
        case FALSE:
          return Boolean.FALSE;
        case NULL:
          return Nodes.NULL;
        default:
          throw new IllegalStateException("no scalar at " + p.currentToken());
      }
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  protected String other() {
    return String.valueOf(p.currentToken());
  }

  private RuntimeException failure(IOException e) {
    if (e instanceof JsonProcessingException) {
      return new ReadFailure(
          new JsonFormatException(
              p.getParsingContext().pathAsPointer().toString(), problem((JsonProcessingException) e), e));
    }
    return new UncheckedIOException(e);
  }

  /** A Jackson problem in the format's words: the message without Jackson's location suffix. */
  static String problem(JsonProcessingException e) {
    // Jackson's strict duplicate detection says "Duplicate field 'x'" (2) or "Duplicate Object
    // property "x"" (3); say it as the format does, the same with both.
    String message = e.getOriginalMessage().replaceFirst(
        "^Duplicate (?:field|Object property) ['\"](.*)['\"]$",
        "field '$1' must appear once in an object, was repeated");
    return e.getLocation() == null
        ? message
        : message + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
  }
}
