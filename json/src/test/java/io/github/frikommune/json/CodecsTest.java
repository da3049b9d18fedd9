package io.github.frikommune.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.frikommune.core.decision.Outcome;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.json.format.JsonFormatException;
import io.github.frikommune.json.format.internal.Codec;
import io.github.frikommune.json.format.internal.Codecs;
import io.github.frikommune.json.format.internal.Nodes;
import io.github.frikommune.json.format.internal.Path;
import io.github.frikommune.json.format.internal.SchemaBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The leaf codecs of the format ({@code json-format}'s {@code Codecs}), made here at run time.
 * The format's own codecs are made once, in a static initializer, before a mutation test can
 * change the factories; these tests call the factories themselves. (They live in this module
 * because the format's internal package is open to the adapters only, and a test of it in its
 * own package would split that package.)
 */
class CodecsTest {
  private static final Path AT = Path.at("/x");

  private static JsonFormatException fails(Codec<?> codec, Object node) {
    try {
      codec.decode(node, AT);
    } catch (JsonFormatException e) {
      return e;
    }
    throw new AssertionError("decoded " + node);
  }

  @Test
  void text_isAJsonString() {
    Codec<String> text = Codecs.text();

    assertThat(text.encode("Mikrolån")).isEqualTo("Mikrolån");
    assertThat(text.decode("Mikrolån", AT)).isEqualTo("Mikrolån");
    assertThat(fails(text, 12L)).hasMessage("at /x: text must be a JSON string, was 12");
    assertThat(text.schema(new SchemaBuilder())).isEqualTo(Map.of("type", "string", "minLength", 1));
  }

  @Test
  void textAs_parsesAndWritesTheCanonicalText_andReportsTheParsersRule() {
    Codec<Provision> provision =
        Codecs.textAs("provision", Provision::parse, Provision::toString, SchemaBuilder.of("type", "string"));

    assertThat(provision.decode("aktivloven § 65", AT)).isEqualTo(Provision.parse("aktivloven § 65"));
    assertThat(provision.encode(Provision.parse("aktivloven § 65"))).isEqualTo("aktivloven § 65");
    assertThat(fails(provision, "§ 65").getMessage()).startsWith("at /x: provision must be cited as").endsWith("it names no law before '§'");
    assertThat(fails(provision, Nodes.NULL)).hasMessage("at /x: provision must be a JSON string, was null");
  }

  @Test
  void named_definesItsSchemaOnce_andRefersToIt() {
    Codec<String> named = Codecs.named("Title", Codecs.text());
    SchemaBuilder schemas = new SchemaBuilder();

    assertThat(named.encode("a")).isEqualTo("a");
    assertThat(named.decode("a", AT)).isEqualTo("a");
    assertThat(named.schema(schemas)).isEqualTo(Map.of("$ref", "#/$defs/Title"));
  }

  @Test
  void integer_inItsRange_includingBothEnds() {
    Codec<Integer> number = Codecs.integer("legal act number", 1, 9);

    assertThat(number.decode(1L, AT)).isEqualTo(1);
    assertThat(number.decode(9L, AT)).isEqualTo(9);
    assertThat(number.encode(5)).isEqualTo(5L);
    assertThat(fails(number, 0L)).hasMessage("at /x: legal act number must be from 1 to 9, was 0");
    assertThat(fails(number, 10L)).hasMessage("at /x: legal act number must be from 1 to 9, was 10");
    assertThat(fails(number, "5")).hasMessage("at /x: legal act number must be a JSON integer, was '5'");
    assertThat(number.schema(new SchemaBuilder())).isEqualTo(Map.of("type", "integer", "minimum", 1L, "maximum", 9L));
  }

  @Test
  void bool_isTrueOrFalse() {
    Codec<Boolean> bool = Codecs.bool();

    assertThat(bool.decode(Boolean.FALSE, AT)).isFalse();
    assertThat(bool.encode(true)).isEqualTo(Boolean.TRUE);
    assertThat(fails(bool, "true")).hasMessage("at /x: must be true or false, was 'true'");
    assertThat(bool.schema(new SchemaBuilder())).isEqualTo(Map.of("type", "boolean"));
  }

  @Test
  void date_isAnIsoDay() {
    Codec<LocalDate> date = Codecs.date();

    assertThat(date.decode("2017-07-01", AT)).isEqualTo(LocalDate.of(2017, 7, 1));
    assertThat(date.encode(LocalDate.of(2017, 7, 1))).isEqualTo("2017-07-01");
    assertThat(fails(date, "2017-7-1")).hasMessage("at /x: date must be an ISO-8601 day yyyy-mm-dd, was '2017-7-1'");
    assertThat(fails(date, "2017-02-30")).hasMessage("at /x: date must be an ISO-8601 day yyyy-mm-dd, was '2017-02-30'");
  }

  @Test
  void instant_isIsoInUtc() {
    Codec<Instant> instant = Codecs.instant();

    assertThat(instant.decode("2017-02-01T09:30:00Z", AT)).isEqualTo(Instant.parse("2017-02-01T09:30:00Z"));
    assertThat(instant.encode(Instant.parse("2017-02-01T09:30:00Z"))).isEqualTo("2017-02-01T09:30:00Z");
    assertThat(fails(instant, "1 Feb 2017"))
        .hasMessage("at /x: instant must be ISO-8601 in UTC, e.g. '2017-02-01T09:30:00Z', was '1 Feb 2017'");
  }

  @Test
  void coded_isTheStableLowerCaseCode() {
    Codec<Outcome> outcome = Codecs.coded(Outcome.class);
    SchemaBuilder schemas = new SchemaBuilder();

    assertThat(outcome.decode("partially-granted", AT)).isEqualTo(Outcome.PARTIALLY_GRANTED);
    assertThat(outcome.encode(Outcome.PARTIALLY_GRANTED)).isEqualTo("partially-granted");
    assertThat(fails(outcome, "approved"))
        .hasMessage("at /x: Outcome code must be one of [granted, partially-granted, rejected], was 'approved'");
    assertThat(outcome.schema(schemas)).isEqualTo(Map.of("$ref", "#/$defs/Outcome"));
    assertThat(List.of(Outcome.values())).allMatch(o -> outcome.decode(outcome.encode(o), AT) == o);
  }
}
