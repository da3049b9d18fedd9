package io.github.frikommune.core.exemption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.decision.ConditionStatus;
import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.decision.ImmutableDecision;
import io.github.frikommune.core.decision.PeriodRestricted;
import io.github.frikommune.core.decision.ProvisionsRestricted;
import io.github.frikommune.core.decision.TargetGroupsExcluded;
import io.github.frikommune.core.decision.TargetGroupsKept;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.municipality.Municipalities;
import io.github.frikommune.core.municipality.Region;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.seed.SeedCase;
import io.github.frikommune.core.targetgroup.TargetGroup;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExemptionScopeTest {
  private final Portfolio seed = SeedCase.portfolio();
  private static final Provision SECTION_65 = Provision.section("aktivloven", "65");

  @Test
  void mikrolaan_givesAalborgOnly_forJobReadyAndEducationReadyOnly_othersApplySeparately() {
    ExemptionScope scope = ExemptionScope.of(seed, SeedCase.MIKROLAAN).orElseThrow();

    assertThat(scope.municipalities()).containsExactly(SeedCase.AALBORG);
    assertThat(scope.mayApplySeparately()).hasSize(10).contains(SeedCase.HJOERRING).doesNotContain(SeedCase.AALBORG);
    assertThat(scope.exemptions()).containsExactly(
        GrantedExemption.of(List.of(SECTION_65), List.of(TargetGroup.JOB_READY, TargetGroup.EDUCATION_READY)));
    assertThat(scope.covers(SECTION_65.withSubsection(1), TargetGroup.JOB_READY_CASH_BENEFIT)).isTrue();
    assertThat(scope.covers(SECTION_65, TargetGroup.ACTIVITY_READY)).isFalse();
    assertThat(scope.period()).isEqualTo(Period.of(LocalDate.of(2016, 1, 1), LocalDate.of(2021, 12, 31)));
  }

  @Test
  void ivaerksaetteri_dropsIntegrationCitizens_keepsGraduates_wholeNetwork() {
    ExemptionScope scope = ExemptionScope.of(seed, SeedCase.IVAERKSAETTERI).orElseThrow();

    assertThat(scope.exemptions()).singleElement()
        .satisfies(e -> assertThat(e.targetGroups()).containsExactly(TargetGroup.GRADUATES));
    assertThat(scope.covers(Provision.parse("integrationsloven § 16"), TargetGroup.INTEGRATION_CITIZENS)).isFalse();
    assertThat(scope.covers(Provision.parse("integrationsloven § 16"), TargetGroup.GRADUATES)).isTrue();
    assertThat(scope.municipalities()).isEqualTo(Municipalities.inRegion(Region.NORDJYLLAND));
    assertThat(scope.mayApplySeparately()).isEmpty();
  }

  @Test
  void grantedApplications_coverTheWholeNetwork_asRequested() {
    for (var id : List.of(SeedCase.FORMKRAV, SeedCase.FORHOLDSTALSKRAV, SeedCase.FLEKSIBLE_RAMMER)) {
      ExemptionScope scope = ExemptionScope.of(seed, id).orElseThrow();
      assertThat(scope.municipalities()).hasSize(11);
      assertThat(scope).isEqualTo(ExemptionScope.requested(seed.application(id).orElseThrow(), seed));
    }
  }

  @Test
  void rejection_hasNoScope() {
    assertThat(ExemptionScope.of(seed, SeedCase.ARBEJDSMARKEDSERFARING)).isEmpty();
    assertThat(ExemptionScope.of(seed, SeedCase.INTEGRATIONSPROGRAM)).isEmpty();
  }

  @Test
  void waivedCondition_narrowsNoLonger() {
    Decision decision = seed.decisionOn(SeedCase.IVAERKSAETTERI).orElseThrow();
    Decision waived =
        ImmutableDecision.copyOf(decision)
            .withConditions(decision.conditions().get(0).withStatus(ConditionStatus.WAIVED, LocalDate.of(2018, 1, 1)));

    ExemptionScope scope = ExemptionScope.of(seed.application(SeedCase.IVAERKSAETTERI).orElseThrow(), waived, seed).orElseThrow();

    assertThat(scope.covers(Provision.wholeLaw("integrationsloven"), TargetGroup.INTEGRATION_CITIZENS)).isTrue();
  }

  @Test
  void narrowing_onlyNarrows_andLeavesAScopeEqualWhenNothingIsCut() {
    ExemptionScope requested = ExemptionScope.requested(seed.application(SeedCase.MIKROLAAN).orElseThrow(), seed);

    assertThat(requested.narrowedBy(ProvisionsRestricted.of(List.of(SECTION_65)))).isEqualTo(requested);
    assertThat(requested.narrowedBy(ProvisionsRestricted.of(List.of(SECTION_65.withSubsection(2)))).exemptions().get(0).provisions())
        .containsExactly(SECTION_65.withSubsection(2));
    assertThat(requested.narrowedBy(TargetGroupsExcluded.of(List.of(TargetGroup.SICKNESS_BENEFIT_RECIPIENTS)))).isEqualTo(requested);
    ExemptionScope withoutCashBenefit = requested.narrowedBy(TargetGroupsExcluded.of(List.of(TargetGroup.JOB_READY_CASH_BENEFIT)));
    assertThat(withoutCashBenefit.excludedGroups()).containsExactly(TargetGroup.JOB_READY_CASH_BENEFIT);
    assertThat(withoutCashBenefit.covers(SECTION_65, TargetGroup.JOB_READY_CASH_BENEFIT)).isFalse();
    assertThat(withoutCashBenefit.covers(SECTION_65, TargetGroup.JOB_READY_SELF_SUPPORTING)).isTrue();
    Period shorter = Period.of(LocalDate.of(2017, 7, 1), LocalDate.of(2019, 6, 30));
    assertThat(requested.narrowedBy(PeriodRestricted.of(shorter)).period()).isEqualTo(shorter);
  }

  @Test
  void keptGroupsNarrowerThanTheRequested_areKept_othersAreNot() {
    ExemptionScope requested = ExemptionScope.requested(seed.application(SeedCase.MIKROLAAN).orElseThrow(), seed);

    ExemptionScope narrowed =
        requested.narrowedBy(TargetGroupsKept.of(List.of(TargetGroup.JOB_READY_CASH_BENEFIT, TargetGroup.GRADUATES)));

    assertThat(narrowed.exemptions()).containsExactly(
        GrantedExemption.of(List.of(SECTION_65), List.of(TargetGroup.JOB_READY_CASH_BENEFIT)));
  }

  @Test
  void keptGroupsOutsideTheRequest_leaveNothing() {
    ExemptionScope requested = ExemptionScope.requested(seed.application(SeedCase.MIKROLAAN).orElseThrow(), seed);

    ExemptionScope narrowed = requested.narrowedBy(TargetGroupsKept.of(List.of(TargetGroup.GRADUATES)));

    assertThat(narrowed.exemptions()).isEmpty();
    assertThat(narrowed.coversProvision(SECTION_65)).isFalse();
    assertThat(requested.coversProvision(SECTION_65.withSubsection(3))).isTrue();
    assertThat(requested.coversProvision(Provision.section("aktivloven", "66"))).isFalse();
  }

  @Test
  void keptProvisionThatContainsTheRequested_keepsTheRequested() {
    ExemptionScope requested = ExemptionScope.requested(seed.application(SeedCase.MIKROLAAN).orElseThrow(), seed);

    assertThat(requested.narrowedBy(ProvisionsRestricted.of(List.of(Provision.wholeLaw("aktivloven")))))
        .isEqualTo(requested);
    assertThat(requested.narrowedBy(ProvisionsRestricted.of(List.of(Provision.wholeLaw("LAB")))).exemptions()).isEmpty();
  }

  @Test
  void periodThatOverlapsTheRequested_keepsTheExemptionsForTheOverlap() {
    ExemptionScope requested = ExemptionScope.requested(seed.application(SeedCase.MIKROLAAN).orElseThrow(), seed);

    ExemptionScope narrowed =
        requested.narrowedBy(PeriodRestricted.of(Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31))));

    assertThat(narrowed.period()).isEqualTo(Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31)));
    assertThat(narrowed.exemptions()).isEqualTo(requested.exemptions());
  }

  @Test
  void periodOutsideTheRequested_leavesNothing_andKeepsTheConditionsPeriod() {
    ExemptionScope requested = ExemptionScope.requested(seed.application(SeedCase.MIKROLAAN).orElseThrow(), seed);
    Period later = Period.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));

    ExemptionScope narrowed = requested.narrowedBy(PeriodRestricted.of(later));

    assertThat(narrowed.period()).isEqualTo(later);
    assertThat(narrowed.exemptions()).isEmpty();
    assertThat(narrowed.covers(SECTION_65, TargetGroup.JOB_READY)).isFalse();
  }

  @Test
  void of_refusesADecisionOnAnotherApplication() {
    assertThatThrownBy(() -> ExemptionScope.of(
            seed.application(SeedCase.MIKROLAAN).orElseThrow(), seed.decisionOn(SeedCase.FORMKRAV).orElseThrow(), seed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("decision application must be NJ-1-01, was NJ-1-04");
  }
}
