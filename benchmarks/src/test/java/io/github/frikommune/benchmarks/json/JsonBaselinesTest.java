package io.github.frikommune.benchmarks.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.json.FrikommuneJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON baselines do the library's JSON work: the records read and write exactly the
 * library's bytes, the token writer writes them too, and the streaming walk sees every token
 * the library wrote.
 */
class JsonBaselinesTest {

  @ParameterizedTest
  @ValueSource(strings = {"seed", "1000"})
  void records_writeTheLibrarysBytes(String scenario) {
    byte[] library = JsonBaselines.write(JsonBaselines.portfolio(scenario));

    byte[] records = JsonBaselines.write(JsonBaselines.readRecords(library));

    assertThat(new String(records, StandardCharsets.UTF_8)).isEqualTo(new String(library, StandardCharsets.UTF_8));
    assertThat(records).isEqualTo(library);
  }

  @ParameterizedTest
  @ValueSource(strings = {"seed", "1000"})
  void recordedTokens_writeTheLibrarysBytes(String scenario) throws IOException {
    byte[] library = JsonBaselines.write(JsonBaselines.portfolio(scenario));

    assertThat(JsonBaselines.write(JsonBaselines.record(library))).isEqualTo(library);
  }

  @ParameterizedTest
  @ValueSource(strings = {"seed", "1000"})
  void streamingWalk_seesEveryTokenOfTheDocument(String scenario) throws IOException {
    byte[] library = JsonBaselines.write(JsonBaselines.portfolio(scenario));
    byte[] records = JsonBaselines.write(JsonBaselines.readRecords(library));
    JsonBaselines.RecordedTokens tokens = JsonBaselines.record(library);

    assertThat(JsonBaselines.countTokens(library)).isEqualTo(tokens.size()).isEqualTo(JsonBaselines.countTokens(records));
    assertThat(JsonBaselines.walk(library)).isEqualTo(JsonBaselines.walk(records)).isGreaterThan(tokens.size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"seed", "1000"})
  void library_readsBackWhatItWrote(String scenario) throws IOException {
    Portfolio portfolio = JsonBaselines.portfolio(scenario);

    assertThat(JsonBaselines.MAPPER.readValue(JsonBaselines.write(portfolio), Portfolio.class)).isEqualTo(portfolio);
  }

  @Test
  void seedScenario_isTheGoldenDocument() throws IOException {
    byte[] golden = Files.readAllBytes(Path.of("..", "docs", "json", "seed-round1.json"));

    assertThat(new String(JsonBaselines.write(JsonBaselines.portfolio("seed")), StandardCharsets.UTF_8) + "\n")
        .isEqualTo(new String(golden, StandardCharsets.UTF_8))
        .isEqualTo(FrikommuneJson.write(JsonBaselines.portfolio("seed")) + "\n");
  }
}
