package io.github.frikommune.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.frikommune.core.decision.ConditionKind;
import io.github.frikommune.core.decision.Outcome;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.seed.SeedCase;
import io.github.frikommune.json.format.JsonFormatException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The Jackson module: found by the ServiceLoader, and usable inside beans of your own. */
class FrikommuneModuleTest {

  /** A bean of an application of the library's users. */
  record CaseNote(String note, Municipality municipality, Provision provision, Outcome outcome) {}

  @Test
  void findAndRegisterModules_findsTheModule() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    assertThat(mapper.getRegisteredModuleIds()).contains(FrikommuneModule.class.getName());
    assertThat(new FrikommuneModule().getModuleName()).isEqualTo("frikommune");
    assertThat(mapper.readValue("{\"code\": 851}", Municipality.class)).isEqualTo(SeedCase.AALBORG);
  }

  @Test
  void domainValuesInABean_useTheFormat() throws Exception {
    CaseNote note = new CaseNote("lån", SeedCase.AALBORG, Provision.parse("aktivloven § 65"), Outcome.PARTIALLY_GRANTED);
    ObjectMapper mapper = new ObjectMapper().registerModule(new FrikommuneModule());

    String json = mapper.writeValueAsString(note);

    assertThat(json)
        .isEqualTo(
            "{\"note\":\"lån\",\"municipality\":{\"code\":851,\"name\":\"Aalborg\"},"
                + "\"provision\":\"aktivloven § 65\",\"outcome\":\"partially-granted\"}");
    assertThat(mapper.readValue(json, CaseNote.class)).isEqualTo(note);
  }

  @Test
  void badValueInABean_isWrappedByJackson_andTranslatesToThePathInTheDocument() {
    String json = "{\"note\":\"x\",\"municipality\":{\"code\":999},\"provision\":\"aktivloven\",\"outcome\":\"granted\"}";

    JsonMappingException e =
        catchThrowableOfType(JsonMappingException.class, () -> FrikommuneJson.mapper().readValue(json, CaseNote.class));

    assertThat(e).hasCauseInstanceOf(JsonFormatException.class);
    assertThat(FrikommuneJson.translate(e).path()).isEqualTo("/municipality/code");
  }

  @Test
  void noOutput_namesAJavaClass() {
    assertThat(FrikommuneJson.write(SeedCase.portfolio())).doesNotContain("io.github", "Immutable", "@class");
  }

  @Test
  void conditionTypes_areExactlyTheKindsCodes() {
    com.fasterxml.jackson.databind.JsonNode schema = SeedDocument.node(Golden.read(SchemaTest.SHIPPED));
    java.util.List<String> types = new java.util.ArrayList<>();
    for (com.fasterxml.jackson.databind.JsonNode member : schema.at("/$defs/Condition/oneOf")) {
      String name = member.get("$ref").asText().substring("#/$defs/".length());
      types.add(schema.at("/$defs/" + name + "/properties/type/const").asText());
    }

    assertThat(types).containsExactly(Arrays.stream(ConditionKind.values()).map(ConditionKind::code).toArray(String[]::new));
  }
}
