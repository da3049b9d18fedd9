package io.github.frikommune.core.validation;

import static io.github.frikommune.core.validation.SeedVariants.found;
import static io.github.frikommune.core.validation.SeedVariants.withDecision;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.decision.EvaluationDuty;
import io.github.frikommune.core.decision.Outcome;
import io.github.frikommune.core.decision.ReportingDuty;
import io.github.frikommune.core.decision.TargetGroupsKept;
import io.github.frikommune.core.seed.SeedCase;
import io.github.frikommune.core.targetgroup.TargetGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule 7: outcome and conditions match, and only a grant becomes a trial. */
class OutcomeMatchesConditionsTest {

  @Test
  void partialGrantThatNarrows_andGrantWithADuty_areValid() {
    assertThat(found(withDecision(3, d -> d.withConditions(ReportingDuty.of("Årlig afrapportering til ministeriet")))))
        .isEmpty();
  }

  @Test
  void partialGrantWithOnlyADuty_isViolation() {
    assertThat(found(withDecision(2, d -> d.withConditions(EvaluationDuty.of("Evaluering efter KORAs design")))))
        .containsExactly("partial-grant-without-narrowing at decisions[2].conditions");
  }

  @Test
  void partialGrantWhoseConditionKeepsEverythingRequested_isViolation() {
    assertThat(found(withDecision(2, d -> d.withConditions(
            TargetGroupsKept.of(List.of(TargetGroup.GRADUATES, TargetGroup.INTEGRATION_CITIZENS))))))
        .containsExactly("partial-grant-without-narrowing at decisions[2].conditions");
  }

  @Test
  void rejectionWithoutReason_isViolation() {
    assertThat(found(withDecision(1, d -> d.withReasons())))
        .containsExactly("rejection-without-reason at decisions[1].reasons");
  }

  @Test
  void rejectionWithANarrowingCondition_isViolation() {
    assertThat(found(withDecision(1, d -> d.withConditions(
            TargetGroupsKept.of(List.of(TargetGroup.VULNERABLE_CITIZENS))))))
        .containsExactly("rejection-with-scope at decisions[1].conditions[0]");
  }

  @Test
  void trialOfARejectedApplication_isViolation() {
    ValidationResult result =
        PortfolioValidator.validate(withDecision(3, d -> d
            .withOutcome(Outcome.REJECTED)
            .withReasons("Regeringen ønsker ikke at imødekomme ansøgningen.")));

    assertThat(found(result)).containsExactly("trial-for-rejected-decision at trials[2].application");
    assertThat(result.violations().get(0).englishMessage())
        .isEqualTo("the application NJ-1-04 was rejected on 2017-02-01, so it cannot become a trial");
  }

  @Test
  void fullGrantWithANarrowingCondition_isViolation() {
    assertThat(found(withDecision(3, d -> d.withConditions(
            ReportingDuty.of("Årlig afrapportering til ministeriet"),
            TargetGroupsKept.of(List.of(SeedCase.UNEMPLOYED))))))
        .containsExactly("grant-with-narrowing-condition at decisions[3].conditions[1]");
  }

  @Test
  void decisionOnAnApplicationNotOnRecord_isJudgedByTheKindOfItsConditions() {
    io.github.frikommune.core.application.ApplicationId unknown =
        io.github.frikommune.core.application.ApplicationId.of("NJ-9-99");

    assertThat(found(withDecision(2, d -> d.withApplication(unknown))))
        .doesNotContain("partial-grant-without-narrowing at decisions[2].conditions");
    assertThat(found(withDecision(2, d -> d.withApplication(unknown).withConditions(EvaluationDuty.of("Evaluering efter KORAs design")))))
        .contains("partial-grant-without-narrowing at decisions[2].conditions");
  }
}
