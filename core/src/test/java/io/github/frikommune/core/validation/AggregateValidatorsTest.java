package io.github.frikommune.core.validation;

import static io.github.frikommune.core.validation.SeedVariants.found;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.application.ImmutableApplication;
import io.github.frikommune.core.application.PoliticalApproval;
import io.github.frikommune.core.decision.ImmutableDecision;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.programme.ApplicationRound;
import io.github.frikommune.core.seed.SeedCase;
import io.github.frikommune.core.trial.ImmutableTrial;
import io.github.frikommune.core.calendar.Period;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Each aggregate's validator gives paths relative to the validated object. */
class AggregateValidatorsTest {
  private final Portfolio seed = SeedCase.portfolio();

  @Test
  void applicationValidator_pathsStartAtTheApplication() {
    ImmutableApplication incoming =
        ImmutableApplication.copyOf(SeedVariants.application(0))
            .withCoApplicants(Municipality.of(630))
            .withApprovals(PoliticalApproval.undated(SeedCase.AALBORG), PoliticalApproval.undated(Municipality.of(630)));

    assertThat(found(ApplicationValidator.validate(incoming, seed)))
        .containsExactly("applicant-outside-network at coApplicants[0]");
    assertThat(ApplicationValidator.validate(SeedVariants.application(0), seed).isClean()).isTrue();
  }

  @Test
  void decisionValidator_pathsStartAtTheDecision() {
    assertThat(found(DecisionValidator.validate(ImmutableDecision.copyOf(SeedVariants.decision(1)).withReasons(), seed)))
        .containsExactly("rejection-without-reason at reasons");
  }

  @Test
  void trialValidator_pathsStartAtTheTrial() {
    ImmutableTrial early =
        ImmutableTrial.copyOf(SeedVariants.trial(1)).withPeriod(Period.of(LocalDate.of(2017, 1, 1), LocalDate.of(2021, 12, 31)));

    assertThat(found(TrialValidator.validate(early, seed))).containsExactly("trial-starts-before-legal-basis at period");
  }

  @Test
  void programmeValidator_checksOnlyProgrammeNetworksAndRounds() {
    Portfolio twoRoundsOne =
        SeedVariants.withPortfolio(p -> p
            .withRounds(SeedCase.rounds().get(0), ApplicationRound.of(SeedCase.FK2, 3, LocalDate.of(2017, 5, 1)))
            .withApplications());

    assertThat(found(ProgrammeValidator.validate(twoRoundsOne)))
        .containsExactly("round-numbers-not-consecutive at rounds[1].number");
  }
}
