package io.github.frikommune.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.frikommune.core.application.ApplicationId;
import io.github.frikommune.core.programme.NetworkId;
import io.github.frikommune.core.seed.SeedCase;
import io.github.frikommune.core.trial.TrialId;
import org.junit.jupiter.api.Test;

class PortfolioTest {
  private final Portfolio seed = SeedCase.portfolio();

  @Test
  void lookups_findByIdentifier() {
    assertThat(seed.application(SeedCase.MIKROLAAN)).map(a -> a.title()).hasValue("Mikrolån");
    assertThat(seed.application(ApplicationId.of("none"))).isEmpty();
    assertThat(seed.network(NetworkId.of("nordjylland"))).isPresent();
    assertThat(seed.round(SeedCase.ROUND_2)).map(r -> r.deadline().toString()).hasValue("2017-05-01");
    assertThat(seed.trial(TrialId.of("NJ-1-01"))).isPresent();
    assertThat(seed.decisionOn(SeedCase.FORMKRAV)).isPresent();
    assertThat(seed.applicationsIn(SeedCase.ROUND_2)).isEmpty();
  }

  @Test
  void duplicateApplicationId_isRejected_withItsIndex() {
    assertThatThrownBy(() -> Portfolio.builder().from(seed).addApplication(seed.applications().get(0)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("portfolio applications[7] must have a unique application id, was NJ-1-01 again");
  }

  @Test
  void secondDecisionOnAnApplication_isRejected() {
    assertThatThrownBy(() -> Portfolio.builder().from(seed).addDecision(seed.decisions().get(3)).build())
        .hasMessage("portfolio decisions[7] must have a unique decision on application, was NJ-1-04 again");
  }

  @Test
  void duplicateNetworkRoundOrTrial_isRejected_withItsIndex() {
    assertThatThrownBy(() -> Portfolio.builder().from(seed).addNetwork(seed.networks().get(0)).build())
        .hasMessage("portfolio networks[1] must have a unique network id, was nordjylland again");
    assertThatThrownBy(() -> Portfolio.builder().from(seed).addRound(seed.rounds().get(0)).build())
        .hasMessage("portfolio rounds[3] must have a unique round id, was FK2/1 again");
    assertThatThrownBy(() -> Portfolio.builder().from(seed).addTrial(seed.trials().get(0)).build())
        .hasMessage("portfolio trials[5] must have a unique trial id, was NJ-1-01 again");
  }
}
