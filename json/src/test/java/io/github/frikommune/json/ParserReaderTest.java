package io.github.frikommune.json;

import static io.github.frikommune.json.Tokens.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.frikommune.json.format.JsonFormatException;
import io.github.frikommune.json.format.internal.Codecs;
import io.github.frikommune.json.format.internal.Nodes;
import io.github.frikommune.json.format.internal.ReadFailure;
import io.github.frikommune.json.format.internal.Token;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Jackson 2's parser as the format's token reader: its tokens, its values, its path, and its
 * problems with the text in the format's words.
 */
class ParserReaderTest {

  private static JsonFormatException failure(Runnable read) {
    ReadFailure e = catchThrowableOfType(ReadFailure.class, read::run);
    assertThat(e).isNotNull();
    return e.failure();
  }

  @Test
  void tokens_areJacksonsOneForOne() {
    ParserReader in = new ParserReader(at("{\"a\": [1, 2.5, \"s\", true, false, null, {}]}"));
    List<Token> tokens = new ArrayList<>();

    for (Token t = in.token(); t != null; t = in.next()) {
      tokens.add(t);
    }

    assertThat(tokens)
        .containsExactly(
            Token.START_OBJECT, Token.NAME, Token.START_ARRAY, Token.INTEGER, Token.DECIMAL, Token.STRING, Token.TRUE,
            Token.FALSE, Token.NULL, Token.START_OBJECT, Token.END_OBJECT, Token.END_ARRAY, Token.END_OBJECT,
            // the end of {"x": ...}
            Token.END_OBJECT);
    assertThat(in.token()).isNull();
  }

  @Test
  void values_areTheNeutralTreesNodes() {
    ParserReader in = new ParserReader(at("[\"å\", 851, 99999999999999999999, 773.50, true, false, null]"));
    in.enterElements();

    assertThat(in.next()).isEqualTo(Token.STRING);
    assertThat(in.string()).isEqualTo("å");
    assertThat(in.scalar()).isEqualTo("å");
    assertThat(in.next()).isEqualTo(Token.INTEGER);
    assertThat(in.isLong()).isTrue();
    assertThat(in.longValue()).isEqualTo(851L);
    assertThat(in.scalar()).isEqualTo(851L);
    assertThat(in.next()).isEqualTo(Token.INTEGER);
    assertThat(in.isLong()).isFalse();
    assertThat(in.scalar()).isEqualTo(new BigInteger("99999999999999999999"));
    assertThat(in.next()).isEqualTo(Token.DECIMAL);
    assertThat(in.scalar()).isEqualTo(new BigDecimal("773.50"));
    assertThat(in.next()).isEqualTo(Token.TRUE);
    assertThat(in.scalar()).isEqualTo(true);
    assertThat(in.next()).isEqualTo(Token.FALSE);
    assertThat(in.scalar()).isEqualTo(false);
    assertThat(in.next()).isEqualTo(Token.NULL);
    assertThat(in.scalar()).isSameAs(Nodes.NULL);
  }

  @Test
  void names_andPointer_followTheDocument() {
    ParserReader in = new ParserReader(at("{\"a/b\": 1}"));

    assertThat(in.pointer()).isEqualTo("/x");
    assertThat(in.next()).isEqualTo(Token.NAME);
    assertThat(in.name()).isEqualTo("a/b");
    in.enterField(Nodes.escape(in.name()));
    assertThat(in.pointer()).isEqualTo("/x/a~1b");
    assertThat(in.fail("no").getMessage()).isEqualTo("at /x/a~1b: no");
    assertThat(in.failAt("c", "no", null).getMessage()).isEqualTo("at /x/a~1b/c: no");
    in.leave();
    assertThat(in.pointer()).isEqualTo("/x");
  }

  @Test
  void numberWhoseExponentBigDecimalCannotHold_isAProblemWithTheText() {
    ParserReader in = new ParserReader(at("1e2147483648"));

    assertThat(failure(in::scalar))
        .hasMessage("at /x: a number's exponent must lie within ±2147483647, was 1e2147483648")
        .hasCauseInstanceOf(NumberFormatException.class);
  }

  @Test
  void tokenThatIsNoJsonValue_isAProblemWithTheText() throws IOException {
    TokenBuffer tokens = new TokenBuffer(null, false);
    tokens.writeStartObject();
    tokens.writeFieldName("title");
    tokens.writeEmbeddedObject(new byte[] {1});
    tokens.writeEndObject();
    JsonParser p = tokens.asParser();
    p.nextToken();
    p.nextToken();
    p.nextToken();
    ParserReader in = new ParserReader(p);

    assertThat(in.token()).isEqualTo(Token.OTHER);
    assertThat(failure(() -> Codecs.text().decode(in)))
        .hasMessage("at /title: must be a JSON value, was VALUE_EMBEDDED_OBJECT");
  }

  @Test
  void malformedText_isAProblemWithTheText_atWhereTheParserStopped() {
    ParserReader in = new ParserReader(at("[1,,2]"));
    in.next();

    JsonFormatException e = failure(in::next);

    assertThat(e.path()).isEqualTo("/x/1");
    assertThat(e.problem())
        .isEqualTo(
            "Unexpected character (',' (code 44)): expected a valid value (JSON String, Number, Array, Object or token"
                + " 'null', 'true' or 'false') (line 1, column 10)");
    assertThat(e).hasCauseInstanceOf(JsonParseException.class);
  }

  @Test
  void stringCutShort_isAProblemWithTheText() {
    ParserReader in = new ParserReader(at("\"Møde"));

    JsonFormatException e = failure(in::string);

    assertThat(e.path()).isEqualTo("/x");
    assertThat(e.problem()).startsWith("Unexpected end-of-input: was expecting closing quote for a string value");
  }

  @Test
  void repeatedField_foundByJackson_isInTheFormatsWords() throws IOException {
    JsonFactory strict = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    JsonParser p = strict.createParser("{\"a\": 1, \"a\": 2}");
    p.nextToken();
    ParserReader in = new ParserReader(p);

    JsonFormatException e = failure(() -> Nodes.read(in));

    assertThat(e).hasMessage("at /a: field 'a' must appear once in an object, was repeated (line 1, column 13)");
  }

  @Test
  void problem_withoutALocation_isJacksonsMessage() {
    assertThat(ParserReader.problem(new JsonParseException((JsonParser) null, "Duplicate field 'a'")))
        .isEqualTo("field 'a' must appear once in an object, was repeated");
    assertThat(ParserReader.problem(new JsonParseException((JsonParser) null, "Duplicate Object property \"a\"")))
        .isEqualTo("field 'a' must appear once in an object, was repeated");
    assertThat(ParserReader.problem(new JsonParseException((JsonParser) null, "Duplicated field 'a'")))
        .isEqualTo("Duplicated field 'a'");
  }

  @Test
  void inputThatCannotBeRead_isAnIoProblem_notAProblemWithTheText() throws IOException {
    Reader broken =
        new Reader() {
          private boolean started;

          @Override
          public int read(char[] buffer, int offset, int length) throws IOException {
            if (started) {
              throw new IOException("the disk is gone");
            }
            started = true;
            String start = "[\"a\", ";
            start.getChars(0, start.length(), buffer, offset);
            return start.length();
          }

          @Override
          public void close() {}
        };
    JsonParser p = Tokens.FACTORY.createParser(broken);
    p.nextToken();
    ParserReader in = new ParserReader(p);
    in.next();

    UncheckedIOException e = catchThrowableOfType(UncheckedIOException.class, in::next);

    assertThat(e).hasCauseInstanceOf(IOException.class).hasMessageContaining("the disk is gone");
  }
}
