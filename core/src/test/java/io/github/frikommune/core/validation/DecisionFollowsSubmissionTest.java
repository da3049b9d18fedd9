package io.github.frikommune.core.validation;

import static io.github.frikommune.core.validation.SeedVariants.found;
import static io.github.frikommune.core.validation.SeedVariants.withDecision;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.application.ApplicationId;
import io.github.frikommune.core.application.ImmutableApplication;
import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.decision.ImmutableDecision;
import io.github.frikommune.core.portfolio.ImmutablePortfolio;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.seed.SeedCase;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Rule 6: a decision concerns a submitted application and is dated on or after submission. */
class DecisionFollowsSubmissionTest {

  @Test
  void decisionOnTheSubmissionDay_isValid() {
    assertThat(found(withDecision(1, d -> d.withDecidedOn(SeedCase.ROUND_1_DEADLINE)))).isEmpty();
  }

  @Test
  void decisionBeforeSubmission_isViolation() {
    assertThat(found(withDecision(1, d -> d.withDecidedOn(LocalDate.of(2016, 11, 30)))))
        .containsExactly("decided-before-submission at decisions[1].decidedOn");
  }

  @Test
  void decisionOnAnApplicationNotOnRecord_isViolation() {
    Decision stray = ImmutableDecision.copyOf(SeedVariants.decision(1)).withApplication(ApplicationId.of("NJ-1-99"));
    Portfolio portfolio =
        ImmutablePortfolio.copyOf(SeedVariants.seed())
            .withDecisions(ImmutableListOf.plus(SeedVariants.seed().decisions(), stray));

    assertThat(found(portfolio)).containsExactly("decision-on-unknown-application at decisions[7].application");
  }

  @Test
  void decisionOnAnApplicationNeverSubmitted_isViolation() {
    ImmutableApplication draft =
        ImmutableApplication.copyOf(SeedVariants.application(1))
            .withId(ApplicationId.of("NJ-1-08"))
            .withSubmittedOn((LocalDate) null);
    Decision decision = ImmutableDecision.copyOf(SeedVariants.decision(1)).withApplication(draft.id());
    Portfolio portfolio =
        ImmutablePortfolio.copyOf(SeedVariants.seed())
            .withApplications(ImmutableListOf.plus(SeedVariants.seed().applications(), draft))
            .withDecisions(ImmutableListOf.plus(SeedVariants.seed().decisions(), decision));

    assertThat(found(portfolio)).containsExactly("decision-on-unsubmitted-application at decisions[7].application");
  }
}
