package io.github.frikommune.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.seed.SeedCase;
import io.github.frikommune.json.format.JsonFormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A document with several problems always gets the same one, whatever the order of its fields:
 * a problem with the JSON text anywhere in the value first, then an object's unknown field,
 * then its fields in the order the format lists them. Fields may come in any order.
 */
class ProblemOrderTest {

  @Test
  void unknownField_winsOverABadFieldBeforeIt() {
    String json =
        SeedDocument.withObject("/applications/0", a -> a.put("title", 12).put("colour", "red"));

    assertRejected(json, "/applications/0/colour", "unknown field 'colour' in Application");
  }

  @Test
  void fields_areJudgedInTheFormatsOrder_notTheDocuments() {
    String json =
        SeedDocument.withObject(
            "/applications/0",
            a -> {
              a.put("title", 12).put("round", "FK2-1");
              reverse(a);
            });

    assertRejected(json, "/applications/0/title", "must be a JSON string, was 12");
  }

  @Test
  void problemWithTheText_winsOverABadFieldBeforeIt() {
    String json =
        SeedDocument.withObject("/applications/0", a -> a.put("title", 12))
            .replaceFirst("\"title\":\"Mikrolån\"", "\"title\":\"" + "x".repeat(100_001) + "\"");

    assertRejected(json, "/trials/0/title", "String value length (100001) exceeds the maximum allowed (100000");
  }

  @Test
  void fieldsInAnyOrder_readAsInTheFormatsOrder() {
    ObjectNode root = SeedDocument.tree();
    root.findParents("code").forEach(m -> reverse((ObjectNode) m));
    root.withArray("/decisions").forEach(d -> d.withArray("/conditions").forEach(c -> reverse((ObjectNode) c)));
    reverse(root);

    assertThat(root.at("/decisions/0/conditions/0").fieldNames().next()).isNotEqualTo("type");
    assertThat(FrikommuneJson.read(root.toString(), Portfolio.class)).isEqualTo(SeedCase.portfolio());
  }

  @Test
  void conditionWithTypeLast_hasTheProblemItHasWithTypeFirst() {
    String typeFirst = SeedDocument.withObject("/decisions/0/conditions/0", c -> c.put("status", "approved"));
    String typeLast =
        SeedDocument.withObject("/decisions/0/conditions/0", c -> reverse(c.put("status", "approved")));

    JsonFormatException first = readFails(typeFirst);
    JsonFormatException last = readFails(typeLast);

    assertThat(last.path()).isEqualTo(first.path()).isEqualTo("/decisions/0/conditions/0/status");
    assertThat(last.getMessage()).isEqualTo(first.getMessage());
  }

  @Test
  void municipalityWithItsNameFirst_isCheckedAgainstItsCode() {
    String json =
        SeedDocument.withObject("/networks/0/members/9", m -> reverse(m.put("name", "Hjørring")));

    assertRejected(json, "/networks/0/members/9/name", "municipality name must be the name of code 851, 'Aalborg', was 'Hjørring'");
  }

  @Test
  void repeatedField_isRejectedByAMapperThatDoesNotLookForThem() {
    String json =
        Golden.read("seed-round1.json")
            .replaceFirst("\"name\": \"Frikommuneforsøg II\",", "\"name\": \"A\", \"name\": \"B\",");

    JsonFormatException e =
        catchThrowableOfType(
            JsonFormatException.class,
            () -> new ObjectMapper().registerModule(new FrikommuneModule()).readValue(json, Portfolio.class));

    assertThat(e.path()).isEqualTo("/programme/name");
    assertThat(e.problem()).isEqualTo("field 'name' must appear once in an object, was repeated");
  }

  private static void reverse(ObjectNode object) {
    List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
    fields.addAll(object.properties());
    object.removeAll();
    for (int i = fields.size() - 1; i >= 0; i--) {
      object.set(fields.get(i).getKey(), fields.get(i).getValue());
    }
  }

  private static void assertRejected(String json, String path, String problem) {
    JsonFormatException e = readFails(json);
    assertThat(e.path()).isEqualTo(path);
    assertThat(e.getMessage()).startsWith("at " + path + ": ").contains(problem);
  }

  private static JsonFormatException readFails(String json) {
    JsonFormatException e =
        catchThrowableOfType(JsonFormatException.class, () -> FrikommuneJson.read(json, Portfolio.class));
    assertThat(e).isNotNull();
    return e;
  }
}
