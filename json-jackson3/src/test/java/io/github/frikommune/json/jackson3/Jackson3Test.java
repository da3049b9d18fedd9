package io.github.frikommune.json.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.frikommune.core.decision.Outcome;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.seed.SeedCase;
import io.github.frikommune.json.format.JsonFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 module writes the Jackson 2 module's bytes: the same golden file, the same
 * bad-input paths, and each reads what the other wrote.
 */
class Jackson3Test {
  private static final Path GOLDEN = Path.of("..", "docs", "json", "seed-round1.json");

  /**
   * Jackson 2 with the frikommune-json module, found by the ServiceLoader. (The test sources lie
   * under io/github/frikommune/json/, so javac would take io.github.frikommune.json for a
   * package of this module; the test reaches the Jackson 2 module through Jackson instead.)
   */
  private static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 =
      new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules();

  @Test
  void seedCase_isWrittenExactlyAsTheGoldenFile() throws IOException {
    byte[] golden = Files.readAllBytes(GOLDEN);

    assertThat((FrikommuneJson.write(SeedCase.portfolio()) + "\n").getBytes(StandardCharsets.UTF_8))
        .isEqualTo(golden);
  }

  @Test
  void goldenFile_readsBackAsTheSeedCase() throws IOException {
    assertThat(FrikommuneJson.read(Files.readString(GOLDEN), Portfolio.class)).isEqualTo(SeedCase.portfolio());
  }

  @Test
  void jackson3_readsWhatJackson2Wrote() throws Exception {
    String byJackson2 = JACKSON2.writeValueAsString(SeedCase.portfolio());

    assertThat(FrikommuneJson.read(byJackson2, Portfolio.class)).isEqualTo(SeedCase.portfolio());
  }

  @Test
  void jackson2_readsWhatJackson3Wrote() throws Exception {
    String byJackson3 = FrikommuneJson.write(SeedCase.portfolio());

    assertThat(JACKSON2.readValue(byJackson3, Portfolio.class)).isEqualTo(SeedCase.portfolio());
  }

  @Test
  void bothModules_writeTheSameBytesForEveryPartOfTheSeedCase() throws Exception {
    Portfolio seed = SeedCase.portfolio();
    JsonMapper jackson3 = JsonMapper.builder().findAndAddModules().build();
    for (Object value :
        List.of(seed, seed.programme(), seed.networks().get(0), seed.applications().get(0), seed.decisions().get(0),
            seed.decisions().get(0).conditions().get(1), seed.trials().get(0), Outcome.REJECTED, SeedCase.AALBORG)) {
      assertThat(jackson3.writeValueAsString(value))
          .as(value.getClass().getSimpleName())
          .isEqualTo(JACKSON2.writeValueAsString(value));
    }
  }

  @Test
  void findAndAddModules_findsTheModule() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

    assertThat(mapper.readValue("{\"code\": 851}", Municipality.class)).isEqualTo(SeedCase.AALBORG);
  }

  static Stream<Arguments> badDocuments() throws IOException {
    String golden = Files.readString(GOLDEN);
    return Stream.of(
        Arguments.of(
            golden.replaceFirst("\"title\": \"Mikrolån\",", "\"title\": \"Mikrolån\", \"colour\": \"red\","),
            "/applications/0/colour",
            "unknown field 'colour' in Application"),
        Arguments.of(golden.replaceFirst("\"title\": \"Mikrolån\",", ""), "/applications/0/title",
            "field 'title' is required in Application, was missing"),
        Arguments.of(golden.replaceFirst("\"code\": 851", "\"code\": 999"), "/networks/0/members/9/code", "999"),
        Arguments.of(golden.replaceFirst("\"type\": \"target-groups-kept\"", "\"type\": \"widened\""),
            "/decisions/0/conditions/0/type", "Condition type must be one of"),
        Arguments.of(golden.replaceFirst("\"endInclusive\": \"2020-06-30\"", "\"endInclusive\": \"2015-12-31\""),
            "/programme/period", "period endInclusive must be on or after startInclusive (2016-01-01), was 2015-12-31"),
        Arguments.of(golden.replaceFirst("\"number\": 658", "\"number\": 1e2147483648"),
            "/programme/extensions/0/by/number", "a number's exponent must lie within ±2147483647, was 1e2147483648"),
        Arguments.of(golden.replaceFirst("\"name\": \"Frikommuneforsøg II\",", "\"name\": \"A\", \"name\": \"B\","),
            "/programme/name", "field 'name' must appear once in an object, was repeated"));
  }

  @Test
  void deepNesting_isRejected() throws IOException {
    String json =
        Files.readString(GOLDEN)
            .replaceFirst(
                "\"title\": \"Mikrolån\",",
                "\"title\": \"Mikrolån\", \"description\": " + "[".repeat(40) + "]".repeat(40) + ",");

    JsonFormatException e =
        catchThrowableOfType(JsonFormatException.class, () -> FrikommuneJson.read(json, Portfolio.class));

    assertThat(e.path()).startsWith("/applications/0/description");
    assertThat(e.getMessage()).contains("exceeds the maximum allowed (32");
  }

  @Test
  void hugeString_isRejected() throws IOException {
    String json =
        Files.readString(GOLDEN)
            .replaceFirst("\"title\": \"Mikrolån\",", "\"title\": \"" + "x".repeat(100_001) + "\",");

    JsonFormatException e =
        catchThrowableOfType(JsonFormatException.class, () -> FrikommuneJson.read(json, Portfolio.class));

    assertThat(e.path()).isEqualTo("/applications/0/title");
    assertThat(e.getMessage()).contains("exceeds the maximum allowed (100000");
  }

  /** The same message as frikommune-json's {@code FrikommuneJson.read} gives. */
  @Test
  void nullForTheWholeDocument_isRejected() {
    JsonFormatException e =
        catchThrowableOfType(JsonFormatException.class, () -> FrikommuneJson.read(" null ", Portfolio.class));

    assertThat(e).isNotNull();
    assertThat(e.path()).isEmpty();
    assertThat(e.getMessage()).isEqualTo("at the document root: the document must be a Portfolio, was null");
  }

  @ParameterizedTest
  @MethodSource("badDocuments")
  void badDocument_isRejectedWithThePathJackson2Gives(String json, String path, String problem) {
    JsonFormatException byJackson3 =
        catchThrowableOfType(JsonFormatException.class, () -> FrikommuneJson.read(json, Portfolio.class));
    JsonFormatException byJackson2 =
        catchThrowableOfType(JsonFormatException.class, () -> JACKSON2.readValue(json, Portfolio.class));

    assertThat(byJackson3).isNotNull();
    assertThat(byJackson3.path()).isEqualTo(path);
    assertThat(byJackson3.getMessage()).startsWith("at " + path + ": ").contains(problem);
    assertThat(byJackson2.path()).isEqualTo(path);
  }
}
