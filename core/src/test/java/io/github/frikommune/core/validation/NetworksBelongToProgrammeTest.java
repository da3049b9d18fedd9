package io.github.frikommune.core.validation;

import static io.github.frikommune.core.validation.SeedVariants.found;
import static io.github.frikommune.core.validation.SeedVariants.withPortfolio;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.programme.ImmutableNetwork;
import io.github.frikommune.core.programme.ProgrammeId;
import io.github.frikommune.core.seed.SeedCase;
import org.junit.jupiter.api.Test;

/** Every network on record belongs to the portfolio's programme. */
class NetworksBelongToProgrammeTest {

  @Test
  void networkOfTheProgramme_isValid() {
    assertThat(found(SeedVariants.seed())).isEmpty();
  }

  @Test
  void networkOfAnotherProgramme_isViolation() {
    assertThat(found(withPortfolio(p -> p.withNetworks(
            ImmutableNetwork.copyOf(SeedCase.network()).withProgramme(ProgrammeId.of("FK1"))))))
        .containsExactly("network-of-other-programme at networks[0].programme");
  }
}
