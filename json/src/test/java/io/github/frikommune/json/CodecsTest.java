package io.github.frikommune.json;

import static io.github.frikommune.json.Tokens.fails;
import static io.github.frikommune.json.Tokens.read;
import static io.github.frikommune.json.Tokens.written;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.decision.Outcome;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.json.format.JsonFormatException;
import io.github.frikommune.json.format.internal.Codec;
import io.github.frikommune.json.format.internal.Codecs;
import io.github.frikommune.json.format.internal.SchemaBuilder;
import io.github.frikommune.json.format.internal.TokenReader;
import io.github.frikommune.json.format.internal.TokenWriter;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The leaf codecs of the format ({@code json-format}'s {@code Codecs}), made here at run time
 * and driven through the Jackson 2 adapters. The format's own codecs are made once, in a static
 * initializer, before a mutation test can change the factories; these tests call the factories
 * themselves. (They live in this module because the format's internal package is open to the
 * adapters only, and a test of it in its own package would split that package.)
 */
class CodecsTest {

  @Test
  void text_isAJsonString() {
    Codec<String> text = Codecs.text();

    assertThat(written(text, "Mikrolån \"x\"")).isEqualTo("\"Mikrolån \\\"x\\\"\"");
    assertThat(read(text, "\"Mikrolån\"")).isEqualTo("Mikrolån");
    assertThat(fails(text, "12")).hasMessage("at /x: text must be a JSON string, was 12");
    assertThat(fails(text, "[\"a\", {\"b\": 1}]")).hasMessage("at /x: text must be a JSON string, was an array");
    assertThat(text.schema(new SchemaBuilder())).isEqualTo(Map.of("type", "string", "minLength", 1));
  }

  @Test
  void textAs_parsesAndWritesTheCanonicalText_andReportsTheParsersRule() {
    Codec<Provision> provision =
        Codecs.textAs("provision", Provision::parse, Provision::toString, SchemaBuilder.of("type", "string"));

    assertThat(read(provision, "\"aktivloven § 65\"")).isEqualTo(Provision.parse("aktivloven § 65"));
    assertThat(written(provision, Provision.parse("aktivloven § 65"))).isEqualTo("\"aktivloven § 65\"");
    JsonFormatException noLaw = fails(provision, "\"§ 65\"");
    assertThat(noLaw.path()).isEqualTo("/x");
    assertThat(noLaw.problem()).startsWith("provision must be cited as").endsWith("it names no law before '§'");
    assertThat(noLaw).hasCauseInstanceOf(IllegalArgumentException.class);
    assertThat(fails(provision, "null")).hasMessage("at /x: provision must be a JSON string, was null");
    assertThat(provision.schema(new SchemaBuilder())).isEqualTo(Map.of("type", "string"));
  }

  @Test
  void named_ofACanonicalText_readsAndWritesAsTheText_andRefersToItsDefinition() {
    Codec<Provision> named =
        Codecs.named(
            "Provision",
            Codecs.textAs("provision", Provision::parse, Provision::toString, SchemaBuilder.of("type", "string")));

    assertThat(written(named, Provision.parse("aktivloven § 65"))).isEqualTo("\"aktivloven § 65\"");
    assertThat(read(named, "\"aktivloven § 65\"")).isEqualTo(Provision.parse("aktivloven § 65"));
    assertThat(fails(named, "65")).hasMessage("at /x: provision must be a JSON string, was 65");
    assertThat(named.schema(new SchemaBuilder())).isEqualTo(Map.of("$ref", "#/$defs/Provision"));
  }

  @Test
  void named_ofAnyOtherCodec_delegates_andBuildsItsDefinitionOnce() {
    AtomicInteger schemaCalls = new AtomicInteger();
    Codec<Boolean> counted =
        new Codec<>() {
          @Override
          public void encode(Boolean value, TokenWriter out) {
            Codecs.bool().encode(value, out);
          }

          @Override
          public Boolean decode(TokenReader in) {
            return Codecs.bool().decode(in);
          }

          @Override
          public Object schema(SchemaBuilder schemas) {
            schemaCalls.incrementAndGet();
            return SchemaBuilder.of("type", "boolean");
          }
        };
    Codec<Boolean> named = Codecs.named("Flag", counted);
    SchemaBuilder schemas = new SchemaBuilder();

    assertThat(written(named, true)).isEqualTo("true");
    assertThat(read(named, "false")).isFalse();
    assertThat(named.schema(schemas)).isEqualTo(Map.of("$ref", "#/$defs/Flag"));
    assertThat(named.schema(schemas)).isEqualTo(Map.of("$ref", "#/$defs/Flag"));
    assertThat(schemaCalls).hasValue(1);
  }

  @Test
  void integer_inItsRange_includingBothEnds() {
    Codec<Integer> number = Codecs.integer("legal act number", 1, 9);

    assertThat(read(number, "1")).isEqualTo(1);
    assertThat(read(number, "9")).isEqualTo(9);
    assertThat(written(number, 5)).isEqualTo("5");
    assertThat(number.schema(new SchemaBuilder()))
        .isEqualTo(Map.of("type", "integer", "minimum", 1L, "maximum", 9L));
  }

  @Test
  void integer_outsideItsRange_orOfAnotherKind_isRejected() {
    Codec<Integer> number = Codecs.integer("legal act number", 1, 9);

    assertThat(fails(number, "0")).hasMessage("at /x: legal act number must be from 1 to 9, was 0");
    assertThat(fails(number, "10")).hasMessage("at /x: legal act number must be from 1 to 9, was 10");
    assertThat(fails(number, "4294967297"))
        .hasMessage("at /x: legal act number must be from 1 to 9, was 4294967297");
    assertThat(fails(number, "-4294967295"))
        .hasMessage("at /x: legal act number must be from 1 to 9, was -4294967295");
    assertThat(fails(number, "99999999999999999999"))
        .hasMessage("at /x: legal act number must be from 1 to 9, was 99999999999999999999");
    assertThat(fails(number, "\"5\"")).hasMessage("at /x: legal act number must be a JSON integer, was '5'");
    assertThat(fails(number, "5.0")).hasMessage("at /x: legal act number must be a JSON integer, was 5.0");
    assertThat(fails(number, "{\"n\": 5}")).hasMessage("at /x: legal act number must be a JSON integer, was an object");
  }

  @Test
  void bool_isTrueOrFalse() {
    Codec<Boolean> bool = Codecs.bool();

    assertThat(read(bool, "true")).isTrue();
    assertThat(read(bool, "false")).isFalse();
    assertThat(written(bool, true)).isEqualTo("true");
    assertThat(written(bool, false)).isEqualTo("false");
    assertThat(fails(bool, "\"true\"")).hasMessage("at /x: must be true or false, was 'true'");
    assertThat(fails(bool, "1")).hasMessage("at /x: must be true or false, was 1");
    assertThat(fails(bool, "null")).hasMessage("at /x: must be true or false, was null");
    assertThat(bool.schema(new SchemaBuilder())).isEqualTo(Map.of("type", "boolean"));
  }

  @Test
  void date_isAnIsoDay_withEveryDigit() {
    Codec<LocalDate> date = Codecs.date();

    assertThat(read(date, "\"2017-07-01\"")).isEqualTo(LocalDate.of(2017, 7, 1));
    assertThat(read(date, "\"1989-12-29\"")).isEqualTo(LocalDate.of(1989, 12, 29));
    assertThat(read(date, "\"0000-01-01\"")).isEqualTo(LocalDate.of(0, 1, 1));
    assertThat(read(date, "\"9999-12-31\"")).isEqualTo(LocalDate.of(9999, 12, 31));
    assertThat(written(date, LocalDate.of(2017, 7, 1))).isEqualTo("\"2017-07-01\"");
    assertThat(written(date, LocalDate.of(1989, 12, 29))).isEqualTo("\"1989-12-29\"");
    assertThat(date.schema(new SchemaBuilder())).isEqualTo(Map.of("$ref", "#/$defs/Date"));
  }

  @Test
  void date_beyondFourDigitYears_isWrittenAsJavaWritesIt() {
    Codec<LocalDate> date = Codecs.date();

    assertThat(written(date, LocalDate.of(5, 3, 2))).isEqualTo("\"0005-03-02\"");
    assertThat(written(date, LocalDate.of(-1, 3, 2))).isEqualTo("\"-0001-03-02\"");
    assertThat(written(date, LocalDate.of(10_000, 3, 2))).isEqualTo("\"+10000-03-02\"");
  }

  @Test
  void date_ofAnotherForm_isRejected_withTheTextItWas() {
    Codec<LocalDate> date = Codecs.date();

    for (String text :
        new String[] {
          "2017-7-1", "2017-07-1x", "2017/07/01", "2017-07/01", "20170701xx", "2017-07-011", "/017-07-01",
          "2017-:7-01", "2017-07-0:", "+2017-07-01", "1 July 2017"
        }) {
      JsonFormatException e = fails(date, "\"" + text + "\"");
      assertThat(e).hasMessage("at /x: date must be an ISO-8601 day yyyy-mm-dd, was '" + text + "'");
      assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class).hasNoCause();
    }
    assertThat(fails(date, "20170701")).hasMessage("at /x: date must be a JSON string, was 20170701");
  }

  @Test
  void date_thatIsNoDayOfTheCalendar_isRejected_withTheCalendarsReason() {
    Codec<LocalDate> date = Codecs.date();

    for (String text : new String[] {"2017-02-30", "2017-00-01", "2017-13-01", "2017-01-00", "2017-01-32"}) {
      JsonFormatException e = fails(date, "\"" + text + "\"");
      assertThat(e).hasMessage("at /x: date must be an ISO-8601 day yyyy-mm-dd, was '" + text + "'");
      assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class).hasCauseInstanceOf(DateTimeException.class);
    }
  }

  @Test
  void instant_isIsoInUtc() {
    Codec<Instant> instant = Codecs.instant();

    assertThat(read(instant, "\"2017-02-01T09:30:00Z\"")).isEqualTo(Instant.parse("2017-02-01T09:30:00Z"));
    assertThat(written(instant, Instant.parse("2017-02-01T09:30:00Z"))).isEqualTo("\"2017-02-01T09:30:00Z\"");
    assertThat(fails(instant, "\"1 Feb 2017\""))
        .hasMessage("at /x: instant must be ISO-8601 in UTC, e.g. '2017-02-01T09:30:00Z', was '1 Feb 2017'");
    assertThat(fails(instant, "1485941400")).hasMessage("at /x: instant must be a JSON string, was 1485941400");
    assertThat(instant.schema(new SchemaBuilder())).isEqualTo(Map.of("$ref", "#/$defs/Instant"));
  }

  @Test
  void coded_isTheStableLowerCaseCode() {
    Codec<Outcome> outcome = Codecs.coded(Outcome.class);

    for (Outcome o : Outcome.values()) {
      assertThat(written(outcome, o)).isEqualTo("\"" + o.code() + "\"");
      assertThat(read(outcome, "\"" + o.code() + "\"")).isSameAs(o);
    }
    assertThat(read(outcome, "\"partially-granted\"")).isSameAs(Outcome.PARTIALLY_GRANTED);
    assertThat(outcome.schema(new SchemaBuilder())).isEqualTo(Map.of("$ref", "#/$defs/Outcome"));
  }

  @Test
  void coded_otherCode_isRejected_withTheCodesItMayBe() {
    Codec<Outcome> outcome = Codecs.coded(Outcome.class);

    assertThat(fails(outcome, "\"approved\""))
        .hasMessage("at /x: Outcome code must be one of [granted, partially-granted, rejected], was 'approved'");
    assertThat(fails(outcome, "\"GRANTED\""))
        .hasMessage("at /x: Outcome code must be one of [granted, partially-granted, rejected], was 'GRANTED'");
    assertThat(fails(outcome, "\"\""))
        .hasMessage("at /x: Outcome code must be one of [granted, partially-granted, rejected], was ''");
    assertThat(fails(outcome, "1")).hasMessage("at /x: Outcome must be a JSON string, was 1");
  }
}
