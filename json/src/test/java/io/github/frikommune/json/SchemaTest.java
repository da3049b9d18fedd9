package io.github.frikommune.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.seed.SeedCase;
import io.github.frikommune.json.format.JsonFormat;
import io.github.frikommune.json.format.JsonFormatException;
import io.github.frikommune.json.format.internal.SchemaBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema (draft 2020-12) that ships in the jar: it is the one the format describes,
 * the module's output validates against it with an independent validator (networknt), and
 * invalid documents are rejected by both the schema and the module.
 */
class SchemaTest {
  static final Path SHIPPED =
      Path.of("..", "json-format", "src", "main", "resources", "io", "github", "frikommune", "json", "format",
          "frikommune-1.schema.json");

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  @Test
  void shippedSchema_isTheOneTheFormatDescribes() throws JsonProcessingException {
    String generated = FrikommuneJson.mapper().writeValueAsString(SchemaBuilder.formatSchema()) + "\n";

    Golden.assertMatches(SHIPPED, generated);
  }

  @Test
  void schemaInTheJar_isTheShippedFile() throws IOException {
    try (InputStream in = JsonFormat.openSchema()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(Golden.read(SHIPPED));
    }
  }

  @Test
  void seedCase_isValid() {
    assertThat(errors(documentSchema(), FrikommuneJson.write(SeedCase.portfolio()))).isEmpty();
  }

  static Stream<Arguments> typesInTheSeedCase() {
    return Stream.of(
        Arguments.of("Programme", "/programme"),
        Arguments.of("Period", "/programme/period"),
        Arguments.of("Extension", "/programme/extensions/0"),
        Arguments.of("LegalAct", "/programme/extensions/0/by"),
        Arguments.of("Network", "/networks/0"),
        Arguments.of("Municipality", "/networks/0/members/0"),
        Arguments.of("ApplicationRound", "/rounds/0"),
        Arguments.of("Application", "/applications/0"),
        Arguments.of("RequestedExemption", "/applications/0/exemptions/0"),
        Arguments.of("TargetGroup", "/applications/0/exemptions/0/targetGroups/0"),
        Arguments.of("PoliticalApproval", "/applications/0/approvals/0"),
        Arguments.of("Decision", "/decisions/0"),
        Arguments.of("Condition", "/decisions/0/conditions/0"),
        Arguments.of("TargetGroupsKept", "/decisions/0/conditions/0"),
        Arguments.of("ParticipantsRestricted", "/decisions/0/conditions/1"),
        Arguments.of("TargetGroupsExcluded", "/decisions/2/conditions/0"),
        Arguments.of("Trial", "/trials/0"),
        Arguments.of("LegalBasis", "/trials/0/legalBases/0"),
        Arguments.of("Participation", "/trials/0/participants/0"));
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("typesInTheSeedCase")
  void eachTypeOfTheSeedCase_isValidAgainstItsDefinition(String type, String pointer) {
    JsonNode value = SeedDocument.tree().at(pointer);

    assertThat(errors(typeSchema(type), value.toString())).isEmpty();
  }

  @Test
  void everyTypeOfTheFormat_hasADefinition() {
    JsonNode defs = SeedDocument.node(Golden.read(SHIPPED)).get("$defs");

    assertThat(defs.fieldNames())
        .toIterable()
        .contains(
            "Application", "ApplicationRound", "Condition", "Consultation", "Decision", "EvaluationDesign",
            "EvaluationDuty", "Extension", "FreeTextCondition", "LegalAct", "LegalBasis", "MeasurementPoint",
            "Municipality", "Network", "ParticipantsRestricted", "Participation", "Period", "PeriodRestricted",
            "PoliticalApproval", "Portfolio", "Programme", "ProvisionsRestricted", "ReportingDuty",
            "RequestedExemption", "TargetGroup", "TargetGroupsExcluded", "TargetGroupsKept", "Trial");
  }

  static Stream<Arguments> invalidDocuments() {
    return Stream.of(
        Arguments.of("unknown field", SeedDocument.withObject("/applications/0", a -> a.put("colour", "red"))),
        Arguments.of("missing required field", SeedDocument.withObject("/applications/2", a -> a.remove("title"))),
        Arguments.of("missing schemaVersion", SeedDocument.withObject("", d -> d.remove("schemaVersion"))),
        Arguments.of("other schemaVersion", SeedDocument.withObject("", d -> d.put("schemaVersion", 2))),
        Arguments.of("null", SeedDocument.withObject("/applications/0", a -> a.putNull("description"))),
        Arguments.of("number for a string", SeedDocument.withObject("/programme", p -> p.put("name", 12))),
        Arguments.of("object for an array", SeedDocument.withObject("", d -> d.putObject("rounds"))),
        Arguments.of(
            "municipality 999",
            SeedDocument.withObject("/applications/0/applicants/0", m -> m.put("code", 999).remove("name"))),
        Arguments.of(
            "unknown condition type",
            SeedDocument.withObject("/decisions/0/conditions/0", c -> c.put("type", "target-groups-widened"))),
        Arguments.of("unknown outcome", SeedDocument.withObject("/decisions/1", d -> d.put("outcome", "approved"))),
        Arguments.of("malformed round id", SeedDocument.withObject("/applications/0", a -> a.put("round", "FK2-1"))),
        Arguments.of("day in another form", SeedDocument.withObject("/decisions/0", d -> d.put("decidedOn", "1.2.2017"))),
        Arguments.of(
            "a target group twice",
            SeedDocument.withArray("/decisions/0/conditions/0/groups", g -> g.add(g.get(0).deepCopy()))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDocuments")
  void invalidDocument_isRejectedByTheSchemaAndByTheModule(String what, String json) {
    assertThat(errors(documentSchema(), json)).as(what).isNotEmpty();
    assertThatThrownBy(() -> FrikommuneJson.read(json, Portfolio.class)).as(what).isInstanceOf(JsonFormatException.class);
  }

  static Schema documentSchema() {
    return REGISTRY.getSchema(Golden.read(SHIPPED), InputFormat.JSON);
  }

  /** The shipped schema with its root pointed at one type's definition. */
  static Schema typeSchema(String type) {
    ObjectNode schema = (ObjectNode) SeedDocument.node(Golden.read(SHIPPED));
    schema.put("$ref", "#/$defs/" + type);
    return REGISTRY.getSchema(schema.toString(), InputFormat.JSON);
  }

  static List<Error> errors(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON);
  }
}
