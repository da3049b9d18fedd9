package io.github.frikommune.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.frikommune.core.portfolio.Portfolio;
import java.util.Optional;

/**
 * Fuzzes the reading of a whole document, a {@link Portfolio}. In a normal build the committed
 * inputs under {@code PortfolioJsonFuzzTestInputs/} (the seed case's golden document among
 * them) replay as regression tests; with {@code JAZZER_FUZZ=1} Jazzer searches for new ones for
 * a fixed time (see {@code docs/fuzzing.md}).
 */
class PortfolioJsonFuzzTest {

  /**
   * Any bytes, read as text and as a stream, either give a portfolio that writes and reads back
   * as itself, or are rejected with a {@code JsonFormatException} whose message is
   * {@code at <pointer>: <problem>}; nothing else may escape. Where both reads give a
   * portfolio, it is the same one.
   */
  @FuzzTest(maxDuration = "3m")
  @DictionaryFile(resourcePath = "format.dict")
  void read_givesAPortfolioThatReadsBackAsItself_orThrowsOnlyJsonFormatException(byte[] input) {
    Optional<Portfolio> fromText = FuzzedJson.readText(input, Portfolio.class);
    Optional<Portfolio> fromBytes = FuzzedJson.readBytes(input, Portfolio.class);
    fromText.ifPresent(p -> FuzzedJson.assertRoundTrips(p, Portfolio.class));
    fromBytes.ifPresent(p -> FuzzedJson.assertRoundTrips(p, Portfolio.class));
    if (fromText.isPresent() && fromBytes.isPresent()) {
      assertThat(fromBytes).isEqualTo(fromText);
    }
  }
}
