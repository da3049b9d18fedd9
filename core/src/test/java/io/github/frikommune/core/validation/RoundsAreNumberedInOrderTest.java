package io.github.frikommune.core.validation;

import static io.github.frikommune.core.validation.SeedVariants.found;
import static io.github.frikommune.core.validation.SeedVariants.withPortfolio;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.programme.ApplicationRound;
import io.github.frikommune.core.seed.SeedCase;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Rule 12: rounds numbered 1, 2, 3 … with increasing deadlines inside the programme. */
class RoundsAreNumberedInOrderTest {
  private static final ApplicationRound ROUND_1 = SeedCase.rounds().get(0);
  private static final ApplicationRound ROUND_2 = SeedCase.rounds().get(1);

  @Test
  void roundsGivenOutOfOrder_butNumberedAndDatedInOrder_areValid() {
    assertThat(found(withPortfolio(p -> p.withRounds(SeedCase.rounds().get(2), ROUND_2, ROUND_1)))).isEmpty();
  }

  @Test
  void gapInTheNumbers_isViolation() {
    assertThat(found(withPortfolio(p -> p.withRounds(
            ROUND_1, ROUND_2, ApplicationRound.of(SeedCase.FK2, 4, LocalDate.of(2017, 11, 1))))))
        .containsExactly("round-numbers-not-consecutive at rounds[2].number");
  }

  @Test
  void deadlineNotAfterThePreviousRound_isViolation() {
    assertThat(found(withPortfolio(p -> p.withRounds(
            ROUND_1, ROUND_2, ApplicationRound.of(SeedCase.FK2, 3, LocalDate.of(2017, 5, 1))))))
        .containsExactly("round-deadlines-not-increasing at rounds[2].deadline");
  }

  @Test
  void deadlineAfterTheProgramme_isViolation() {
    assertThat(found(withPortfolio(p -> p.withRounds(
            ROUND_1, ROUND_2, ApplicationRound.of(SeedCase.FK2, 3, LocalDate.of(2022, 1, 1))))))
        .containsExactly("round-deadline-outside-programme at rounds[2].deadline");
  }

  @Test
  void gapInTheNumbers_saysWhichNumberTheRoundShouldHave() {
    ValidationResult result =
        PortfolioValidator.validate(withPortfolio(p -> p.withRounds(
            ROUND_1, ROUND_2, ApplicationRound.of(SeedCase.FK2, 1000, LocalDate.of(2017, 11, 1)))));

    assertThat(result.violations()).singleElement().satisfies(v -> {
      assertThat(v.englishMessage()).isEqualTo("round number 1000 should be 3: rounds are numbered 1, 2, 3 …");
      assertThat(v.danishMessage()).isEqualTo("runde nummer 1000 skulle være 3: runderne nummereres 1, 2, 3 …");
    });
  }
}
