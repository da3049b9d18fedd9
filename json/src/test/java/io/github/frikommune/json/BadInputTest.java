package io.github.frikommune.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.json.format.JsonFormatException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input is rejected with a {@link JsonFormatException} whose message names
 * the JSON path, the rule and the value. Each case breaks the seed case's golden document in
 * one place. (Reading limits are covered by {@link ReadLimitsTest}.)
 */
class BadInputTest {

  static Stream<Arguments> badDocuments() {
    return Stream.of(
        // unknown fields
        bad(
            "unknown field",
            SeedDocument.withObject("/applications/0", a -> a.put("colour", "red")),
            "/applications/0/colour",
            "unknown field 'colour' in Application; its fields are [id, title, description, round,"),
        bad(
            "unknown field in a municipality",
            SeedDocument.withObject("/networks/0/members/0", m -> m.put("region", "nordjylland")),
            "/networks/0/members/0/region",
            "unknown field 'region' in Municipality; its fields are [code, name]"),
        // missing required fields
        bad(
            "missing required field",
            SeedDocument.withObject("/applications/2", a -> a.remove("title")),
            "/applications/2/title",
            "field 'title' is required in Application, was missing"),
        bad(
            "missing schemaVersion",
            SeedDocument.withObject("", d -> d.remove("schemaVersion")),
            "/schemaVersion",
            "field 'schemaVersion' is required in Portfolio, was missing"),
        bad(
            "missing condition type",
            SeedDocument.withObject("/decisions/0/conditions/0", c -> c.remove("type")),
            "/decisions/0/conditions/0/type",
            "field 'type' is required in Condition, was missing; it must be one of [target-groups-kept,"),
        // null
        bad(
            "null for an optional field",
            SeedDocument.withObject("/applications/0", a -> a.putNull("description")),
            "/applications/0/description",
            "field 'description' in Application must not be null; leave out a field without a value"),
        // wrong types
        bad(
            "number for a string",
            SeedDocument.withObject("/programme", p -> p.put("name", 12)),
            "/programme/name",
            "must be a JSON string, was 12"),
        bad(
            "string for a number",
            SeedDocument.withObject("/programme/extensions/0/by", a -> a.put("number", "658")),
            "/programme/extensions/0/by/number",
            "legal act number must be a JSON integer, was '658'"),
        bad(
            "number whose exponent BigDecimal cannot hold",
            Golden.read("seed-round1.json").replaceFirst("\"number\": 658", "\"number\": 1e2147483648"),
            "/programme/extensions/0/by/number",
            "a number's exponent must lie within ±2147483647, was 1e2147483648"),
        bad(
            "object for an array",
            SeedDocument.withObject("", d -> d.putObject("rounds")),
            "/rounds",
            "must be a JSON array, was an object"),
        bad(
            "array for an object",
            SeedDocument.withObject("", d -> d.putArray("programme")),
            "/programme",
            "Programme must be a JSON object, was an array"),
        bad(
            "fraction for a whole number",
            SeedDocument.withObject("/networks/0/members/0", m -> m.put("code", 773.5)),
            "/networks/0/members/0/code",
            "municipality code must be a JSON integer, was 773.5"),
        // unknown codes
        bad(
            "unknown municipality code",
            SeedDocument.withObject("/applications/0/applicants/0", m -> m.put("code", 999).remove("name")),
            "/applications/0/applicants/0/code",
            "999"),
        bad(
            "unknown condition type",
            SeedDocument.withObject("/decisions/0/conditions/0", c -> c.put("type", "target-groups-widened")),
            "/decisions/0/conditions/0/type",
            "Condition type must be one of [target-groups-kept, target-groups-excluded, participants-restricted,"
                + " provisions-restricted, period-restricted, evaluation-duty, reporting-duty, free-text],"
                + " was 'target-groups-widened'"),
        bad(
            "unknown outcome",
            SeedDocument.withObject("/decisions/1", d -> d.put("outcome", "approved")),
            "/decisions/1/outcome",
            "Outcome code must be one of [granted, partially-granted, rejected], was 'approved'"),
        bad(
            "class name for a condition type",
            SeedDocument.withObject(
                "/decisions/0/conditions/0",
                c -> c.put("type", "io.github.frikommune.core.decision.ImmutableTargetGroupsKept")),
            "/decisions/0/conditions/0/type",
            "was 'io.github.frikommune.core.decision.ImmutableTargetG"),
        bad(
            "other schemaVersion",
            SeedDocument.withObject("", d -> d.put("schemaVersion", 2)),
            "/schemaVersion",
            "field 'schemaVersion' of Portfolio must be 1, was 2"),
        // broken invariants
        bad(
            "municipality name that is not the code's",
            SeedDocument.withObject("/networks/0/members/9", m -> m.put("name", "Hjørring")),
            "/networks/0/members/9/name",
            "municipality name must be the name of code 851, 'Aalborg', was 'Hjørring'"),
        bad(
            "malformed round id",
            SeedDocument.withObject("/applications/0", a -> a.put("round", "FK2-1")),
            "/applications/0/round",
            "round id must be written '<programme>/<number>', e.g. 'FK2/1', was 'FK2-1'"),
        bad(
            "malformed citation",
            SeedDocument.withArray("/applications/0/exemptions/0/provisions", p -> p.set(0, "aktivloven §65")),
            "/applications/0/exemptions/0/provisions/0",
            "was 'aktivloven §65'"),
        bad(
            "blank title",
            SeedDocument.withObject("/applications/0", a -> a.put("title", " ")),
            "/applications/0",
            "application title must not be blank, was ' '"),
        bad(
            "extension that does not move the end forward",
            SeedDocument.withObject("/programme/extensions/0", e -> e.put("newEnd", "2019-12-31")),
            "/programme/extensions/0",
            "extension newEnd must be after previousEnd (2020-06-30), was 2019-12-31"),
        bad(
            "the same application twice",
            SeedDocument.withObject("/applications/1", a -> a.put("id", "NJ-1-01")),
            "",
            "portfolio applications[1] must have a unique application id, was NJ-1-01 again"),
        bad(
            "a target group twice in a set",
            SeedDocument.withArray(
                "/decisions/0/conditions/0/groups", g -> g.add(g.get(0).deepCopy())),
            "/decisions/0/conditions/0/groups/2",
            "elements must not repeat, was jobparate again"),
        // dates
        bad(
            "period that ends before it starts",
            SeedDocument.withObject("/programme/period", p -> p.put("endInclusive", "2015-12-31")),
            "/programme/period",
            "period endInclusive must be on or after startInclusive (2016-01-01), was 2015-12-31"),
        bad(
            "day that does not exist",
            SeedDocument.withObject("/decisions/0", d -> d.put("decidedOn", "2017-02-30")),
            "/decisions/0/decidedOn",
            "date must be an ISO-8601 day yyyy-mm-dd, was '2017-02-30'"),
        bad(
            "day in another form",
            SeedDocument.withObject("/decisions/0", d -> d.put("decidedOn", "1.2.2017")),
            "/decisions/0/decidedOn",
            "date must be an ISO-8601 day yyyy-mm-dd, was '1.2.2017'"),
        // duplicate keys
        bad(
            "duplicate key",
            Golden.read("seed-round1.json")
                .replaceFirst("\"name\": \"Frikommuneforsøg II\",", "\"name\": \"A\", \"name\": \"B\","),
            "/programme/name",
            "field 'name' must appear once in an object, was repeated"),
        // not JSON at all
        bad("null for the whole document", "null", "", "the document must be a Portfolio, was null"),
        bad("malformed JSON", "{\"schemaVersion\": 1,, }", "/schemaVersion", "Unexpected character (','"),
        bad("trailing tokens", Golden.read("seed-round1.json") + " {}", "", "Trailing token"));
  }

  @Test
  void bytesThatAreNoUtf32Character_areBadInput_notAnUnreadableStream() {
    // Three zero bytes after the first make Jackson read UTF-32; 0x32210000 is no character.
    byte[] bytes = "1\0\0\0\0\0\0\0\0\0\"2017-07-cn\":1}".getBytes(StandardCharsets.US_ASCII);

    JsonFormatException e =
        catchThrowableOfType(
            JsonFormatException.class, () -> FrikommuneJson.read(new ByteArrayInputStream(bytes), Portfolio.class));

    assertThat(e).isNotNull();
    assertThat(e.path()).isEmpty();
    assertThat(e.getMessage())
        .isEqualTo("at the document root: Invalid UTF-32 character 0x32210000 (above 0x0010ffff) at char #2, byte #11)");
  }

  private static Arguments bad(String what, String json, String path, String problem) {
    return Arguments.of(what, json, path, problem);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDocuments")
  void badDocument_isRejectedWithPathRuleAndValue(String what, String json, String path, String problem) {
    JsonFormatException e =
        catchThrowableOfType(JsonFormatException.class, () -> FrikommuneJson.read(json, Portfolio.class));

    assertThat(e).as(what).isNotNull();
    assertThat(e.path()).as(what).isEqualTo(path);
    assertThat(e.getMessage())
        .as(what)
        .startsWith("at " + (path.isEmpty() ? "the document root" : path) + ": ")
        .contains(problem);
  }
}
