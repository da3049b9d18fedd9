package io.github.frikommune.core.validation;

import static io.github.frikommune.core.validation.SeedVariants.found;
import static io.github.frikommune.core.validation.SeedVariants.withDecision;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.decision.ParticipantsRestricted;
import io.github.frikommune.core.decision.PeriodRestricted;
import io.github.frikommune.core.decision.ProvisionsRestricted;
import io.github.frikommune.core.decision.TargetGroupsExcluded;
import io.github.frikommune.core.decision.TargetGroupsKept;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.seed.SeedCase;
import io.github.frikommune.core.targetgroup.TargetGroup;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule 8: conditions only narrow the request. */
class ConditionsOnlyNarrowTest {
  private static final Provision SECTION_65 = Provision.section("aktivloven", "65");

  @Test
  void narrowerConditionsOfEveryKind_areValid() {
    assertThat(found(withDecision(0, d -> d.withConditions(
            TargetGroupsKept.of(List.of(TargetGroup.JOB_READY_CASH_BENEFIT)),
            ParticipantsRestricted.of(List.of(SeedCase.AALBORG)),
            ProvisionsRestricted.of(List.of(SECTION_65.withSubsection(1))),
            PeriodRestricted.of(Period.of(SeedCase.IN_FORCE, LocalDate.of(2019, 12, 31)))))))
        .isEmpty();
  }

  @Test
  void keptGroupNotRequested_isViolation() {
    assertThat(found(withDecision(0, d -> d.withConditions(
            TargetGroupsKept.of(List.of(TargetGroup.JOB_READY, TargetGroup.EDUCATION_READY, TargetGroup.GRADUATES)),
            d.conditions().get(1)))))
        .containsExactly("kept-target-group-not-requested at decisions[0].conditions[0].groups[2]");
  }

  @Test
  void excludedGroupUnrelatedToTheRequest_isWarning() {
    ValidationResult result = PortfolioValidator.validate(withDecision(2, d -> d.withConditions(
        TargetGroupsExcluded.of(List.of(TargetGroup.INTEGRATION_CITIZENS, TargetGroup.SICKNESS_BENEFIT_RECIPIENTS)))));

    assertThat(found(result)).containsExactly("excluded-target-group-not-requested at decisions[2].conditions[0].groups[1]");
    assertThat(result.isValid()).isTrue();
  }

  @Test
  void participantOutsideApplicantsAndNetwork_isViolation() {
    assertThat(found(withDecision(0, d -> d.withConditions(
            d.conditions().get(0), ParticipantsRestricted.of(List.of(SeedCase.AALBORG, Municipality.of(630)))))))
        .containsExactly("restricted-participant-outside at decisions[0].conditions[1].participants[0]");
  }

  @Test
  void provisionNotRequested_isViolation() {
    assertThat(found(withDecision(0, d -> d.withConditions(
            ImmutableListOf.plus(d.conditions(), ProvisionsRestricted.of(List.of(Provision.section("aktivloven", "66"))))))))
        .containsExactly("restricted-provision-not-requested at decisions[0].conditions[2].provisions[0]");
  }

  @Test
  void periodBeyondTheProgramme_isViolation() {
    assertThat(found(withDecision(0, d -> d.withConditions(
            ImmutableListOf.plus(d.conditions(), PeriodRestricted.of(Period.of(SeedCase.IN_FORCE, LocalDate.of(2022, 12, 31))))))))
        .containsExactly("restricted-period-outside-programme at decisions[0].conditions[2].period");
  }

  @Test
  void participantOutside_isNamedByItsPlaceInTheCondition() {
    assertThat(found(withDecision(0, d -> d.withConditions(
            d.conditions().get(0),
            ParticipantsRestricted.of(List.of(Municipality.of(787), Municipality.of(791), SeedCase.AALBORG))))))
        .containsExactly("restricted-participant-outside at decisions[0].conditions[1].participants[1]");
  }
}
