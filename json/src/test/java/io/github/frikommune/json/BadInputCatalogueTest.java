package io.github.frikommune.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.frikommune.core.portfolio.Portfolio;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every {@code json.} row of {@code docs/bad-input.md}: the row's document, read with
 * {@link FrikommuneJson#read(String, Class)} as a {@code Portfolio}, gives exactly the
 * exception and message the row promises. The core module's catalogue test checks the other
 * rows.
 */
class BadInputCatalogueTest {
  /** A row; a message that holds a backtick is written between double backticks. */
  private static final Pattern ROW =
      Pattern.compile("^\\| `(json\\.[a-z0-9.-]+)` \\| `(.+)` \\| `([A-Za-z]+)` \\| (?:`([^`]*)`|`` (.*) ``) \\|$");

  /** The bad documents, by row id: what the row's second column says, as code. */
  private static final Map<String, Case> CASES = new LinkedHashMap<>();

  static {
    // Not JSON, or not one value
    text("json.malformed", "{\"schemaVersion\": 1,, }", () -> "{\"schemaVersion\": 1,, }");
    text("json.trailing-tokens", "seed document + \" {}\"", () -> Golden.read("seed-round1.json") + " {}");
    text("json.null-document", "null", () -> "null");
    bytes("json.not-utf-32", "bytes 31 00 00 00 00 00 00 00 00 00, then \"2017-07-cn\":1}",
        () -> "1\0\0\0\0\0\0\0\0\0\"2017-07-cn\":1}".getBytes(StandardCharsets.US_ASCII));
    text("json.duplicate-key", "seed document, /programme: \"name\": \"A\", \"name\": \"B\"",
        () -> Golden.read("seed-round1.json")
            .replaceFirst("\"name\": \"Frikommuneforsøg II\",", "\"name\": \"A\", \"name\": \"B\","));
    // Fields
    text("json.unknown-field", "seed document, /applications/0 + \"colour\": \"red\"",
        () -> SeedDocument.withObject("/applications/0", a -> a.put("colour", "red")));
    text("json.missing-required-field", "seed document, /applications/2 without \"title\"",
        () -> SeedDocument.withObject("/applications/2", a -> a.remove("title")));
    text("json.missing-schema-version", "seed document without \"schemaVersion\"",
        () -> SeedDocument.withObject("", d -> d.remove("schemaVersion")));
    text("json.other-schema-version", "seed document + \"schemaVersion\": 2",
        () -> SeedDocument.withObject("", d -> d.put("schemaVersion", 2)));
    text("json.null-field", "seed document, /applications/0 + \"description\": null",
        () -> SeedDocument.withObject("/applications/0", a -> a.putNull("description")));
    // JSON types
    text("json.number-for-string", "seed document, /programme + \"name\": 12",
        () -> SeedDocument.withObject("/programme", p -> p.put("name", 12)));
    text("json.string-for-number", "seed document, /programme/extensions/0/by + \"number\": \"658\"",
        () -> SeedDocument.withObject("/programme/extensions/0/by", a -> a.put("number", "658")));
    text("json.fraction-for-whole-number", "seed document, /networks/0/members/0 + \"code\": 773.5",
        () -> SeedDocument.withObject("/networks/0/members/0", m -> m.put("code", 773.5)));
    text("json.exponent-beyond-bigdecimal", "seed document, /programme/extensions/0/by + \"number\": 1e2147483648",
        () -> Golden.read("seed-round1.json").replaceFirst("\"number\": 658", "\"number\": 1e2147483648"));
    text("json.array-for-object", "seed document + \"programme\": []",
        () -> SeedDocument.withObject("", d -> d.putArray("programme")));
    // Codes
    text("json.unknown-municipality-code", "seed document, /applications/0/applicants/0 + \"code\": 999, without \"name\"",
        () -> SeedDocument.withObject("/applications/0/applicants/0", m -> m.put("code", 999).remove("name")));
    text("json.name-not-the-codes", "seed document, /networks/0/members/9 + \"name\": \"Hjørring\"",
        () -> SeedDocument.withObject("/networks/0/members/9", m -> m.put("name", "Hjørring")));
    text("json.unknown-condition-type", "seed document, /decisions/0/conditions/0 + \"type\": \"target-groups-widened\"",
        () -> SeedDocument.withObject("/decisions/0/conditions/0", c -> c.put("type", "target-groups-widened")));
    text("json.class-name-for-condition-type",
        "seed document, /decisions/0/conditions/0 + \"type\": \"io.github.frikommune.core.decision.ImmutableTargetGroupsKept\"",
        () -> SeedDocument.withObject(
            "/decisions/0/conditions/0", c -> c.put("type", "io.github.frikommune.core.decision.ImmutableTargetGroupsKept")));
    text("json.unknown-outcome", "seed document, /decisions/1 + \"outcome\": \"approved\"",
        () -> SeedDocument.withObject("/decisions/1", d -> d.put("outcome", "approved")));
    // Texts the domain parses
    text("json.malformed-round-id", "seed document, /applications/0 + \"round\": \"FK2-1\"",
        () -> SeedDocument.withObject("/applications/0", a -> a.put("round", "FK2-1")));
    text("json.malformed-citation", "seed document, /applications/0/exemptions/0/provisions/0 = \"aktivloven §65\"",
        () -> SeedDocument.withArray("/applications/0/exemptions/0/provisions", p -> p.set(0, "aktivloven §65")));
    text("json.day-that-does-not-exist", "seed document, /decisions/0 + \"decidedOn\": \"2017-02-30\"",
        () -> SeedDocument.withObject("/decisions/0", d -> d.put("decidedOn", "2017-02-30")));
    // Invariants of the domain
    text("json.blank-title", "seed document, /applications/0 + \"title\": \" \"",
        () -> SeedDocument.withObject("/applications/0", a -> a.put("title", " ")));
    text("json.period-end-before-start", "seed document, /programme/period + \"endInclusive\": \"2015-12-31\"",
        () -> SeedDocument.withObject("/programme/period", p -> p.put("endInclusive", "2015-12-31")));
    text("json.repeated-set-element", "seed document, /decisions/0/conditions/0/groups + its first group again",
        () -> SeedDocument.withArray("/decisions/0/conditions/0/groups", g -> g.add(g.get(0).deepCopy())));
    text("json.duplicate-application-id", "seed document, /applications/1 + \"id\": \"NJ-1-01\"",
        () -> SeedDocument.withObject("/applications/1", a -> a.put("id", "NJ-1-01")));
    // Reading limits
    text("json.string-too-long", "seed document, /applications/0 + \"description\": 100,001 × \"x\"",
        () -> SeedDocument.withObject("/applications/0", a -> a.put("description", "x".repeat(100_001))));
    text("json.nested-too-deep", "seed document, /applications/0 + \"description\": 40 nested arrays",
        () -> SeedDocument.withObject("/applications/0", a -> a.put("description", "PLACEHOLDER"))
            .replace("\"PLACEHOLDER\"", "[".repeat(40) + "]".repeat(40)));
  }

  static Stream<Row> rows() throws IOException {
    return jsonRows().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void eachRow_givesTheExceptionAndMessageItDocuments(Row row) {
    assertThat(CASES).as("a case for row %s in this test", row.id).containsKey(row.id);
    assertThat(row.input).as("row %s's input", row.id).isEqualTo(CASES.get(row.id).input);
    Throwable thrown = catchThrowable(CASES.get(row.id).read);
    assertThat(thrown).as("row %s must fail", row.id).isNotNull();
    assertThat(thrown.getClass().getSimpleName()).as("row %s", row.id).isEqualTo(row.exception);
    assertThat(thrown.getMessage()).as("row %s", row.id).isEqualTo(row.message);
  }

  @Test
  void everyCase_hasARowInTheCatalogue() throws IOException {
    List<String> documented = jsonRows().stream().map(r -> r.id).collect(Collectors.toList());
    List<String> missing =
        CASES.keySet().stream().filter(id -> !documented.contains(id)).collect(Collectors.toList());
    assertThat(missing)
        .as("rows to add to docs/bad-input.md:%n%s",
            missing.stream().map(BadInputCatalogueTest::rowFor).collect(Collectors.joining("\n")))
        .isEmpty();
  }

  private static String rowFor(String id) {
    Throwable t = catchThrowable(CASES.get(id).read);
    String message = t == null ? "" : t.getMessage();
    return "| `" + id + "` | `" + CASES.get(id).input + "` | `" + (t == null ? "none" : t.getClass().getSimpleName())
        + "` | " + (message.contains("`") ? "`` " + message + " ``" : "`" + message + "`") + " |";
  }

  private static List<Row> jsonRows() throws IOException {
    Path dir = Path.of("").toAbsolutePath();
    while (!Files.exists(dir.resolve("docs/bad-input.md"))) {
      dir = dir.getParent();
    }
    return Files.readAllLines(dir.resolve("docs/bad-input.md"), StandardCharsets.UTF_8).stream()
        .map(ROW::matcher)
        .filter(Matcher::matches)
        .map(m -> new Row(m.group(1), m.group(2), m.group(3), m.group(4) != null ? m.group(4) : m.group(5)))
        .collect(Collectors.toList());
  }

  private static void text(String id, String input, Supplier<String> json) {
    CASES.put(id, new Case(input, () -> FrikommuneJson.read(json.get(), Portfolio.class)));
  }

  private static void bytes(String id, String input, Supplier<byte[]> json) {
    CASES.put(id, new Case(input, () -> FrikommuneJson.read(new ByteArrayInputStream(json.get()), Portfolio.class)));
  }

  /** A bad document: how the catalogue shows it, and the read that rejects it. */
  private static final class Case {
    final String input;
    final ThrowingCallable read;

    Case(String input, ThrowingCallable read) {
      this.input = input;
      this.read = read;
    }
  }

  /** One row of the catalogue: id, input as shown, exception's simple name, exact message. */
  static final class Row {
    final String id;
    final String input;
    final String exception;
    final String message;

    Row(String id, String input, String exception, String message) {
      this.id = id;
      this.input = input;
      this.exception = exception;
      this.message = message;
    }

    @Override
    public String toString() {
      return id;
    }
  }
}
