package io.github.frikommune.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.seed.SeedCase;
import org.junit.jupiter.api.Test;

/** The round-1 seed case as a document: its golden file, and its way back. */
class SeedCaseGoldenTest {
  private static final String GOLDEN = "seed-round1.json";

  @Test
  void seedCase_isWrittenExactlyAsTheGoldenFile() {
    Golden.assertMatches(GOLDEN, FrikommuneJson.write(SeedCase.portfolio()) + "\n");
  }

  @Test
  void goldenFile_readsBackAsTheSeedCase() {
    assertThat(FrikommuneJson.read(Golden.read(GOLDEN), Portfolio.class)).isEqualTo(SeedCase.portfolio());
  }

  @Test
  void seedCase_roundTrips() {
    Portfolio seed = SeedCase.portfolio();
    assertThat(FrikommuneJson.read(FrikommuneJson.write(seed), Portfolio.class)).isEqualTo(seed);
  }

  @Test
  void writing_isDeterministic() {
    assertThat(FrikommuneJson.write(SeedCase.portfolio())).isEqualTo(FrikommuneJson.write(SeedCase.portfolio()));
  }
}
