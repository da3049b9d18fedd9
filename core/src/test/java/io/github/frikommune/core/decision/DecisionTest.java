package io.github.frikommune.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.frikommune.core.Coded;
import io.github.frikommune.core.application.ApplicationId;
import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.targetgroup.TargetGroup;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DecisionTest {
  private static final LocalDate FEB_1 = LocalDate.of(2017, 2, 1);

  static Stream<Arguments> everyKind() {
    return Stream.of(
        Arguments.of(TargetGroupsKept.of(List.of(TargetGroup.JOB_READY)), ConditionKind.TARGET_GROUPS_KEPT, true),
        Arguments.of(TargetGroupsExcluded.of(List.of(TargetGroup.INTEGRATION_CITIZENS)), ConditionKind.TARGET_GROUPS_EXCLUDED, true),
        Arguments.of(ParticipantsRestricted.of(List.of(Municipality.of(851))), ConditionKind.PARTICIPANTS_RESTRICTED, true),
        Arguments.of(ProvisionsRestricted.of(List.of(Provision.parse("aktivloven § 65"))), ConditionKind.PROVISIONS_RESTRICTED, true),
        Arguments.of(PeriodRestricted.of(Period.parse("2017-07-01..2019-12-31")), ConditionKind.PERIOD_RESTRICTED, true),
        Arguments.of(EvaluationDuty.of("Forsøget evalueres"), ConditionKind.EVALUATION_DUTY, false),
        Arguments.of(ReportingDuty.of("Årlig afrapportering"), ConditionKind.REPORTING_DUTY, false),
        Arguments.of(FreeTextCondition.of("Kommunen offentliggør en frikommunevedtægt"), ConditionKind.FREE_TEXT, false));
  }

  @ParameterizedTest
  @MethodSource("everyKind")
  void eachKind_saysWhetherItNarrows_andStartsPending(Condition c, ConditionKind kind, boolean narrows) {
    assertThat(c.kind()).isEqualTo(kind);
    assertThat(c.narrowsScope()).isEqualTo(narrows);
    assertThat(c.status()).isEqualTo(ConditionStatus.PENDING);
    assertThat(c.statusDate()).isEmpty();
    Condition met = c.withStatus(ConditionStatus.MET, FEB_1);
    assertThat(met.status()).isEqualTo(ConditionStatus.MET);
    assertThat(met.statusDate()).hasValue(FEB_1);
    assertThat(met.kind()).isEqualTo(kind);
    assertThat(Coded.fromCode(ConditionKind.class, kind.code())).isEqualTo(kind);
  }

  @Test
  void statusOtherThanPending_needsADate() {
    assertThatThrownBy(() -> EvaluationDuty.builder().description("x").status(ConditionStatus.WAIVED).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("condition statusDate must be given for status waived, was empty");
  }

  @Test
  void emptyConditionSets_areRejected() {
    assertThatThrownBy(() -> TargetGroupsKept.of(List.of())).hasMessage("target groups kept groups must not be empty, was []");
    assertThatThrownBy(() -> TargetGroupsExcluded.of(List.of())).hasMessage("target groups excluded groups must not be empty, was []");
    assertThatThrownBy(() -> ParticipantsRestricted.of(List.of())).hasMessage("participants restricted participants must not be empty, was []");
    assertThatThrownBy(() -> ProvisionsRestricted.of(List.of())).hasMessage("provisions restricted provisions must not be empty, was []");
  }

  @Test
  void textConditions_needText() {
    assertThatThrownBy(() -> FreeTextCondition.builder().build()).hasMessage("free text condition text must be given, was empty");
    assertThatThrownBy(() -> EvaluationDuty.of(" ")).hasMessage("evaluation duty description must not be blank, was ' '");
    assertThatThrownBy(() -> ReportingDuty.of("")).hasMessage("reporting duty description must not be blank, was ''");
    assertThatThrownBy(() -> FreeTextCondition.of(" x ")).hasMessage("condition text must not start or end with white space, was ' x '");
  }

  @Test
  void participantsRestricted_othersMustApplySeparatelyByDefault() {
    assertThat(ParticipantsRestricted.of(List.of(Municipality.of(851))).othersMustApplySeparately()).isTrue();
  }

  @Test
  void decision_findsItsConditions() {
    Decision d =
        Decision.builder()
            .application(ApplicationId.of("NJ-1-01"))
            .decidedOn(FEB_1)
            .decidedBy("Økonomi- og Indenrigsministeriet")
            .outcome(Outcome.PARTIALLY_GRANTED)
            .addCondition(TargetGroupsKept.of(List.of(TargetGroup.JOB_READY)))
            .addCondition(ReportingDuty.of("Årlig afrapportering"))
            .build();
    assertThat(d.narrowingConditions()).extracting(Condition::kind).containsExactly(ConditionKind.TARGET_GROUPS_KEPT);
    assertThat(d.conditionsOf(ReportingDuty.class)).hasSize(1);
    assertThat(d.isGranted()).isTrue();
    assertThat(Decision.builder().from(d).outcome(Outcome.REJECTED).build().isGranted()).isFalse();
  }

  @Test
  void decision_blankReason_isRejected_withItsIndex() {
    assertThatThrownBy(
            () ->
                Decision.builder()
                    .application(ApplicationId.of("NJ-1-02"))
                    .decidedOn(FEB_1)
                    .decidedBy("Økonomi- og Indenrigsministeriet")
                    .outcome(Outcome.REJECTED)
                    .addReason("")
                    .build())
        .hasMessage("decision reasons[0] must not be blank, was ''");
  }

  @Test
  void outcomesAndStatuses_haveDanishLabels() {
    assertThat(Outcome.PARTIALLY_GRANTED.danishLabel()).isEqualTo("delvist imødekommet");
    assertThat(Outcome.REJECTED.code()).isEqualTo("rejected");
    assertThat(ConditionStatus.NOT_MET.code()).isEqualTo("not-met");
    assertThat(ConditionStatus.WAIVED.danishLabel()).isEqualTo("frafaldet");
  }
}
