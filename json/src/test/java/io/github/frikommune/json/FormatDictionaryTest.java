package io.github.frikommune.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.frikommune.json.format.JsonFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The JSON fuzz tests' dictionary, {@code format.dict}, gives Jazzer the format's words: it must
 * hold every field name and every code the schema knows, so a new field or code cannot be
 * left out of fuzzing unnoticed.
 */
class FormatDictionaryTest {

  @Test
  void dictionary_holdsEveryFieldNameAndCodeOfTheSchema() throws IOException {
    Set<String> fields = new TreeSet<>();
    Set<String> codes = new TreeSet<>();
    try (InputStream in = JsonFormat.openSchema()) {
      collect(new ObjectMapper().readTree(in), fields, codes);
    }
    List<String> tokens = tokens();

    assertThat(fields).hasSizeGreaterThan(70);
    assertThat(codes).contains("target-groups-kept", "free-text", "must-apply-separately", "nordjylland");
    assertThat(tokens)
        .containsAll(fields.stream().map(f -> "\"" + f + "\":").toList())
        .containsAll(codes.stream().map(c -> "\"" + c + "\"").toList());
  }

  @Test
  void tokens_decodeLibFuzzersEscapes() throws IOException {
    assertThat(tokens()).contains("\"aktivloven § 65\"", "\"Læsø\"", "\\u0000", ", stk. ");
  }

  private static void collect(JsonNode node, Set<String> fields, Set<String> codes) {
    if (node.isObject()) {
      node.properties().forEach(field -> {
        if (field.getKey().equals("properties")) {
          field.getValue().properties().forEach(property -> fields.add(property.getKey()));
        } else if (field.getKey().equals("enum") || field.getKey().equals("const")) {
          (field.getValue().isArray() ? field.getValue() : List.of(field.getValue()))
              .forEach(v -> { if (v.isTextual()) { codes.add(v.asText()); } });
        }
        collect(field.getValue(), fields, codes);
      });
    } else if (node.isArray()) {
      node.forEach(element -> collect(element, fields, codes));
    }
  }

  /** The dictionary's entries, each a quoted line with {@code \"}, {@code \\} and {@code \xHH}. */
  private static List<String> tokens() throws IOException {
    String text;
    try (InputStream in =
        Objects.requireNonNull(FormatDictionaryTest.class.getResourceAsStream("format.dict"), "format.dict")) {
      text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
    List<String> tokens = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      assertThat(line).as("a dictionary entry").startsWith("\"").endsWith("\"");
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      for (int i = 1; i < line.length() - 1; i++) {
        char c = line.charAt(i);
        if (c == '\\' && line.charAt(i + 1) == 'x') {
          bytes.write(Integer.parseInt(line.substring(i + 2, i + 4), 16));
          i += 3;
        } else if (c == '\\') {
          bytes.write(line.charAt(++i));
        } else {
          bytes.write(c);
        }
      }
      tokens.add(bytes.toString(StandardCharsets.UTF_8));
    }
    return tokens;
  }
}
