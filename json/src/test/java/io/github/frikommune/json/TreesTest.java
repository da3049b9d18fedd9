package io.github.frikommune.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.frikommune.json.format.internal.Nodes;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Neutral trees written through Jackson 2: every kind of node the format's trees hold. */
class TreesTest {

  private static String written(Object node) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      Trees.write(g, node);
    }
    return out.toString();
  }

  @Test
  void everyKindOfNode_isWritten() throws IOException {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("text", "å");
    object.put("int", 7);
    object.put("long", 851L);
    object.put("big", new BigInteger("99999999999999999999"));
    object.put("decimal", new BigDecimal("773.5"));
    object.put("flag", false);
    object.put("none", Nodes.NULL);
    object.put("list", Arrays.asList(1L, "a"));

    assertThat(written(object))
        .isEqualTo("{\"text\":\"å\",\"int\":7,\"long\":851,\"big\":99999999999999999999,\"decimal\":773.5,"
            + "\"flag\":false,\"none\":null,\"list\":[1,\"a\"]}");
  }

  @Test
  void somethingElse_isNoNode() {
    assertThatThrownBy(() -> written(new Object() {
          @Override
          public String toString() {
            return "a stranger";
          }
        }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("not a node of a neutral tree: a stranger");
  }
}
