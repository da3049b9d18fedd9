package io.github.frikommune.core.validation;

import static io.github.frikommune.core.validation.SeedVariants.found;
import static io.github.frikommune.core.validation.SeedVariants.withTrial;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.application.ApplicationId;
import io.github.frikommune.core.application.ImmutableApplication;
import io.github.frikommune.core.portfolio.ImmutablePortfolio;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.seed.SeedCase;
import org.junit.jupiter.api.Test;

/**
 * Implied rule trial-follows-decision: a trial comes from an application on record that has a
 * decision. A trial from a rejected application is rule 7's, in {@link OutcomeMatchesConditionsTest}.
 */
class TrialFollowsDecisionTest {

  @Test
  void trialsOfTheSeed_comeFromDecidedApplications() {
    assertThat(found(SeedVariants.seed())).isEmpty();
  }

  @Test
  void trialOfAnApplicationNotOnRecord_isViolation() {
    assertThat(found(withTrial(2, t -> t.withApplication(ApplicationId.of("NJ-1-99")))))
        .containsExactly("trial-for-unknown-application at trials[2].application");
  }

  @Test
  void trialOfAnUndecidedApplication_isViolation() {
    ImmutableApplication undecided =
        ImmutableApplication.copyOf(SeedVariants.application(3)).withId(ApplicationId.of("NJ-1-08"));
    Portfolio portfolio =
        SeedVariants.withTrial(
            ImmutablePortfolio.copyOf(SeedVariants.seed())
                .withApplications(ImmutableListOf.plus(SeedVariants.seed().applications(), undecided)),
            2,
            t -> t.withApplication(undecided.id()));

    assertThat(found(portfolio)).containsExactly("trial-without-decision at trials[2].application");
    assertThat(SeedCase.FORMKRAV).isNotEqualTo(undecided.id());
  }
}
