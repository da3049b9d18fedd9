package io.github.frikommune.json;

import static io.github.frikommune.json.Tokens.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.json.format.JsonFormatException;
import io.github.frikommune.json.format.internal.Codecs;
import io.github.frikommune.json.format.internal.DomainCodecs;
import io.github.frikommune.json.format.internal.Nodes;
import io.github.frikommune.json.format.internal.ReadFailure;
import io.github.frikommune.json.format.internal.TokenReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Neutral trees read from tokens, the reader's JSON Pointer, the format's exception and the
 * list of the format's codecs ({@code json-format}); see {@link CodecsTest} for why here.
 */
class NodesTest {

  private static JsonFormatException readFails(TokenReader in) {
    ReadFailure e = catchThrowableOfType(ReadFailure.class, () -> Nodes.read(in));
    assertThat(e).isNotNull();
    return e.failure();
  }

  private static ParserReader over(TokenBuffer tokens) throws IOException {
    JsonParser p = tokens.asParser();
    p.nextToken();
    return new ParserReader(p);
  }

  @Test
  void describe_quotesStringsUpToSixtyCharacters_andNamesOtherNodes() {
    assertThat(Nodes.describe("x".repeat(60))).isEqualTo("'" + "x".repeat(60) + "'");
    assertThat(Nodes.describe("x".repeat(61))).isEqualTo("'" + "x".repeat(60) + "…'");
    assertThat(Nodes.describe("")).isEqualTo("''");
    assertThat(Nodes.describe(12L)).isEqualTo("12");
    assertThat(Nodes.describe(new BigInteger("99999999999999999999"))).isEqualTo("99999999999999999999");
    assertThat(Nodes.describe(new BigDecimal("773.50"))).isEqualTo("773.50");
    assertThat(Nodes.describe(new BigDecimal("1E+3"))).isEqualTo("1E+3");
    assertThat(Nodes.describe(true)).isEqualTo("true");
    assertThat(Nodes.describe(false)).isEqualTo("false");
    assertThat(Nodes.describe(Map.of("a", 1L))).isEqualTo("an object");
    assertThat(Nodes.describe(List.of(1L))).isEqualTo("an array");
    assertThat(Nodes.describe(Nodes.NULL)).isEqualTo("null");
    assertThat(Nodes.NULL).hasToString("null");
  }

  @Test
  void read_givesTheNeutralTreeOfEveryKindOfValue_inFieldOrder() {
    ParserReader in =
        new ParserReader(
            at("{\"s\": \"å\", \"n\": -851, \"big\": 99999999999999999999, \"d\": 773.50, \"t\": true, \"f\": false,"
                + " \"z\": null, \"l\": [1, [], \"a\"], \"o\": {}}"));

    Object tree = Nodes.read(in);

    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("s", "å");
    expected.put("n", -851L);
    expected.put("big", new BigInteger("99999999999999999999"));
    expected.put("d", new BigDecimal("773.50"));
    expected.put("t", true);
    expected.put("f", false);
    expected.put("z", Nodes.NULL);
    expected.put("l", List.of(1L, List.of(), "a"));
    expected.put("o", Map.of());
    assertThat(tree).isEqualTo(expected);
    assertThat(((Map<?, ?>) tree).keySet()).hasToString("[s, n, big, d, t, f, z, l, o]");
    assertThat(in.pointer()).isEqualTo("/x");
  }

  @Test
  void read_rejectsARepeatedField_atItsPath() {
    assertThat(readFails(new ParserReader(at("[{}, [1, {\"a\": 1, \"b\": 2, \"a\": 3}]]"))))
        .hasMessage("at /x/1/1/a: field 'a' must appear once in an object, was repeated");
    assertThat(readFails(new ParserReader(at("{\"a/b\": 1, \"a/b\": 2}"))))
        .hasMessage("at /x/a~1b: field 'a/b' must appear once in an object, was repeated");
  }

  @Test
  void pointer_ofDeepValues_holdsEveryStep() {
    String json = "[".repeat(20) + "{\"a\": 1, \"a\": 2}" + "]".repeat(20);

    assertThat(readFails(new ParserReader(at(json))))
        .hasMessage("at /x" + "/0".repeat(20) + "/a: field 'a' must appear once in an object, was repeated");
    assertThat(readFails(new ParserReader(at("{\"a\": ".repeat(20) + "{\"b\": 1, \"b\": 2}" + "}".repeat(20)))))
        .hasMessage("at /x" + "/a".repeat(20) + "/b: field 'b' must appear once in an object, was repeated");
    assertThat(readFails(new ParserReader(at("{\"~\": " + json.replace("[", "{\"b\": [").replace("]", "]}") + "}"))))
        .hasMessage("at /x/~0" + "/b/0".repeat(20) + "/a: field 'a' must appear once in an object, was repeated");
  }

  @Test
  void read_ofAnIncompleteValue_isAProblemWithTheText() throws IOException {
    TokenBuffer array = new TokenBuffer(null, false);
    array.writeStartObject();
    array.writeFieldName("l");
    array.writeStartArray();
    array.writeNumber(1);
    TokenBuffer object = new TokenBuffer(null, false);
    object.writeStartArray();
    object.writeStartObject();
    object.writeFieldName("a");
    object.writeNumber(1);

    assertThat(readFails(over(array))).hasMessage("at /l: the document ends before the array is complete");
    assertThat(readFails(over(object))).hasMessage("at /0: the document ends before the object is complete");
  }

  @Test
  void value_atTheEndOfTheInput_isAProblemWithTheText() throws IOException {
    ReadFailure e =
        catchThrowableOfType(
            ReadFailure.class, () -> Codecs.text().decode(new ParserReader(Tokens.FACTORY.createParser(""))));

    assertThat(e.failure()).hasMessage("at the document root: the document ends before its value is complete");
  }

  @Test
  void escape_givesAJsonPointerToken() {
    assertThat(Nodes.escape("a/b~c")).isEqualTo("a~1b~0c");
    assertThat(Nodes.escape("~1")).isEqualTo("~01");
    assertThat(Nodes.escape("title")).isEqualTo("title");
  }

  @Test
  void exception_keepsPathAndProblemApart_andCutsTheProblemAtAThousandCharacters() {
    JsonFormatException atRoot = new JsonFormatException("", "x".repeat(1_000));
    JsonFormatException longer = new JsonFormatException("/a", "x".repeat(1_001), new IllegalStateException());

    assertThat(atRoot.path()).isEmpty();
    assertThat(atRoot.problem()).isEqualTo("x".repeat(1_000));
    assertThat(atRoot.getMessage()).isEqualTo("at the document root: " + "x".repeat(1_000));
    assertThat(atRoot).hasNoCause();
    assertThat(longer.path()).isEqualTo("/a");
    assertThat(longer.problem()).isEqualTo("x".repeat(1_000) + "…");
    assertThat(longer.getMessage()).isEqualTo("at /a: " + "x".repeat(1_000) + "…");
    assertThat(longer).hasCauseInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new JsonFormatException("", null)).hasMessage("problem");
    assertThatThrownBy(() -> new JsonFormatException(null, "x")).isInstanceOf(NullPointerException.class).hasMessage("path");
  }

  @Test
  void domainCodecs_knowEveryTypeOfTheFormat_andNoOther() {
    assertThat(DomainCodecs.of(Portfolio.class)).isSameAs(DomainCodecs.PORTFOLIO);
    assertThat(DomainCodecs.all()).containsEntry(Portfolio.class, DomainCodecs.PORTFOLIO);
    assertThatThrownBy(() -> DomainCodecs.of(String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the JSON format has no form for java.lang.String");
  }
}
