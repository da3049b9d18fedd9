package io.github.frikommune.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.frikommune.json.format.JsonFormatException;
import io.github.frikommune.json.format.internal.DomainCodecs;
import io.github.frikommune.json.format.internal.Nodes;
import io.github.frikommune.json.format.internal.Path;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The neutral tree's nodes, paths and the format's exception ({@code json-format}); see
 * {@link CodecsTest} for why here.
 */
class NodesTest {

  @Test
  void describe_quotesStringsUpToSixtyCharacters_andNamesOtherNodes() {
    assertThat(Nodes.describe("x".repeat(60))).isEqualTo("'" + "x".repeat(60) + "'");
    assertThat(Nodes.describe("x".repeat(61))).isEqualTo("'" + "x".repeat(60) + "…'");
    assertThat(Nodes.describe(12L)).isEqualTo("12");
    assertThat(Nodes.describe(new BigInteger("99999999999999999999"))).isEqualTo("99999999999999999999");
    assertThat(Nodes.describe(new BigDecimal("773.5"))).isEqualTo("773.5");
    assertThat(Nodes.describe(true)).isEqualTo("true");
    assertThat(Nodes.describe(Map.of())).isEqualTo("an object");
    assertThat(Nodes.describe(List.of())).isEqualTo("an array");
    assertThat(Nodes.describe(Nodes.NULL)).isEqualTo("null");
    assertThat(Nodes.NULL).hasToString("null");
  }

  @Test
  void string_isAJsonString() {
    assertThat(Nodes.string("Aalborg", Path.ROOT)).isEqualTo("Aalborg");
    assertThatThrownBy(() -> Nodes.string(851L, Path.at("/name")))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage("at /name: must be a JSON string, was 851");
  }

  @Test
  void integer_outsideLongs_isOutOfRange() {
    assertThatThrownBy(() -> Nodes.integer(new BigInteger("99999999999999999999"), Path.at("/n"), "number", 1, 9))
        .hasMessage("at /n: number must be from 1 to 9, was 99999999999999999999");
  }

  @Test
  void path_isAJsonPointer_withItsSpecialCharactersEscaped() {
    Path path = Path.at("/applications").index(0).field("a/b~c");

    assertThat(path).hasToString("/applications/0/a~1b~0c");
    assertThat(path.pointer()).isEqualTo("/applications/0/a~1b~0c");
    assertThat(Path.at("")).isSameAs(Path.ROOT).hasToString("");
  }

  @Test
  void exception_keepsPathAndProblemApart_andCutsTheProblemAtAThousandCharacters() {
    JsonFormatException atRoot = new JsonFormatException("", "x".repeat(1_000));
    JsonFormatException longer = new JsonFormatException("/a", "x".repeat(1_001));

    assertThat(atRoot.path()).isEmpty();
    assertThat(atRoot.problem()).hasSize(1_000);
    assertThat(atRoot.getMessage()).isEqualTo("at the document root: " + "x".repeat(1_000));
    assertThat(longer.problem()).isEqualTo("x".repeat(1_000) + "…");
    assertThat(longer.getMessage()).isEqualTo("at /a: " + "x".repeat(1_000) + "…");
  }

  @Test
  void domainCodecs_knowEveryTypeOfTheFormat_andNoOther() {
    assertThat(DomainCodecs.of(io.github.frikommune.core.portfolio.Portfolio.class)).isSameAs(DomainCodecs.PORTFOLIO);
    assertThatThrownBy(() -> DomainCodecs.of(String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the JSON format has no form for java.lang.String");
  }
}
