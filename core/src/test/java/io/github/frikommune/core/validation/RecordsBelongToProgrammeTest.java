package io.github.frikommune.core.validation;

import static io.github.frikommune.core.validation.SeedVariants.found;
import static io.github.frikommune.core.validation.SeedVariants.withPortfolio;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.programme.ApplicationRound;
import io.github.frikommune.core.programme.ImmutableNetwork;
import io.github.frikommune.core.programme.NetworkId;
import io.github.frikommune.core.programme.ProgrammeId;
import io.github.frikommune.core.seed.SeedCase;
import io.github.frikommune.core.trial.ImmutableEvaluationWorkshop;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Implied rule records-belong-to-programme: networks and rounds on record belong to the programme. */
class RecordsBelongToProgrammeTest {

  @Test
  void networkAndRoundsOfTheProgramme_areValid() {
    assertThat(found(SeedVariants.seed())).isEmpty();
  }

  @Test
  void networkOfAnotherProgramme_isViolation() {
    assertThat(found(withPortfolio(p -> p.withNetworks(
            ImmutableNetwork.copyOf(SeedCase.network()).withProgramme(ProgrammeId.of("FK1"))))))
        .containsExactly("network-of-other-programme at networks[0].programme");
  }

  @Test
  void evaluationWorkshopOfANetworkOnRecord_isValid() {
    assertThat(SeedVariants.seed().evaluationWorkshops()).isNotEmpty();
    assertThat(found(ProgrammeValidator.validate(SeedVariants.seed()))).isEmpty();
  }

  @Test
  void evaluationWorkshopOfANetworkNotOnRecord_isViolation() {
    ValidationResult result = ProgrammeValidator.validate(withPortfolio(p -> p.withEvaluationWorkshops(
        ImmutableEvaluationWorkshop.copyOf(SeedCase.evaluationKickOff()).withNetwork(NetworkId.of("vestjylland")))));

    assertThat(found(result)).containsExactly("workshop-network-unknown at evaluationWorkshops[0].network");
    assertThat(result.violations().get(0).englishMessage())
        .isEqualTo("the evaluation workshop names network vestjylland, which is not on record");
  }

  @Test
  void roundOfAnotherProgramme_isViolation_andLeftOutOfTheNumbering() {
    ValidationResult result =
        ProgrammeValidator.validate(withPortfolio(p -> p.withRounds(ImmutableListOf.plus(
            p.rounds(), ApplicationRound.of(ProgrammeId.of("FK1"), 1, LocalDate.of(2012, 5, 1))))));

    assertThat(found(result)).containsExactly("round-of-other-programme at rounds[3].id");
    assertThat(result.violations().get(0).englishMessage()).isEqualTo("the round FK1/1 belongs to another programme than FK2");
  }
}
