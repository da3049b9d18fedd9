package io.github.frikommune.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.seed.SeedCase;
import io.github.frikommune.json.format.JsonFormatException;
import io.github.frikommune.json.format.ReadLimits;
import org.junit.jupiter.api.Test;

/**
 * The reading limits hold while the document is parsed: oversized documents, deep nesting and
 * huge strings are rejected with the path where the document went over.
 */
class ReadLimitsTest {

  @Test
  void defaults_areTheDocumentedOnes() {
    assertThat(ReadLimits.DEFAULT)
        .hasToString(
            "ReadLimits[maxDocumentLength=16777216, maxNestingDepth=32, maxStringLength=100000,"
                + " maxNumberLength=20, maxNameLength=200]");
  }

  @Test
  void seedCase_isWellWithinTheDefaults() {
    assertThat(FrikommuneJson.read(Golden.read("seed-round1.json"), Portfolio.class)).isEqualTo(SeedCase.portfolio());
  }

  @Test
  void oversizedDocument_isRejected() {
    // Padding after the first field takes the document past 16 MiB before the reader reaches
    // anything it would build.
    String json = "{\"schemaVersion\": 1," + " ".repeat(17 * 1024 * 1024) + "\"programme\": {}}";

    JsonFormatException e = readFails(json);

    assertThat(e.path()).isEqualTo("/schemaVersion");
    assertThat(e.getMessage()).contains("Document length").contains("exceeds the maximum allowed (16777216");
  }

  @Test
  void deepNesting_isRejected() {
    String json =
        SeedDocument.withObject("/applications/0", a -> a.put("description", "PLACEHOLDER"))
            .replace("\"PLACEHOLDER\"", "[".repeat(40) + "]".repeat(40));

    JsonFormatException e = readFails(json);

    assertThat(e.path()).startsWith("/applications/0/description/0/0/0");
    assertThat(e.getMessage()).contains("nesting depth (33) exceeds the maximum allowed (32");
  }

  @Test
  void hugeString_isRejected() {
    String json =
        SeedDocument.withObject("/applications/0", a -> a.put("description", "x".repeat(100_001)));

    JsonFormatException e = readFails(json);

    assertThat(e.path()).isEqualTo("/applications/0/description");
    assertThat(e.getMessage()).contains("String value length (100001) exceeds the maximum allowed (100000");
  }

  @Test
  void limitsOfYourOwn_applyToTheMapperMadeWithThem() {
    JsonMapper small = FrikommuneJson.mapper(ReadLimits.of(1_000, 32, 100_000, 20, 200));

    JsonFormatException e =
        catchThrowableOfType(
            JsonFormatException.class,
            () -> {
              try {
                // Jackson counts the document's length as it loads input in chunks, so the limit
                // shows on a stream; the default limit is far above any String held whole.
                small.readValue(
                    new java.io.ByteArrayInputStream(
                        Golden.read("seed-round1.json").getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    Portfolio.class);
              } catch (JsonProcessingException thrown) {
                throw FrikommuneJson.translate(thrown);
              } catch (java.io.IOException thrown) {
                throw new java.io.UncheckedIOException(thrown);
              }
            });

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("exceeds the maximum allowed (1000");
  }

  @Test
  void limitBelowOne_isRefused() {
    IllegalArgumentException e =
        catchThrowableOfType(IllegalArgumentException.class, () -> ReadLimits.of(1, 0, 1, 1, 1));

    assertThat(e).hasMessage("read limit maxNestingDepth must be ≥ 1, was 0");
  }

  private static JsonFormatException readFails(String json) {
    JsonFormatException e =
        catchThrowableOfType(JsonFormatException.class, () -> FrikommuneJson.read(json, Portfolio.class));
    assertThat(e).isNotNull();
    return e;
  }

  @Test
  void limits_areEqualExactlyWhenEveryLimitIs() {
    ReadLimits limits = ReadLimits.of(1_000, 32, 100_000, 20, 200);

    assertThat(limits).isEqualTo(ReadLimits.of(1_000, 32, 100_000, 20, 200))
        .hasSameHashCodeAs(ReadLimits.of(1_000, 32, 100_000, 20, 200));
    assertThat(limits)
        .isNotEqualTo(ReadLimits.of(1_001, 32, 100_000, 20, 200))
        .isNotEqualTo(ReadLimits.of(1_000, 33, 100_000, 20, 200))
        .isNotEqualTo(ReadLimits.of(1_000, 32, 100_001, 20, 200))
        .isNotEqualTo(ReadLimits.of(1_000, 32, 100_000, 21, 200))
        .isNotEqualTo(ReadLimits.of(1_000, 32, 100_000, 20, 201))
        .isNotEqualTo("ReadLimits");
  }
}
