package io.github.frikommune.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.targetgroup.TargetGroup;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules every kind of condition shares. The cases are built inside the test, not in the
 * argument source, so that a broken factory or check fails the test that covers it.
 */
class ConditionTest {

  static Stream<Arguments> factories() {
    return Stream.of(
        Arguments.of(
            ConditionKind.TARGET_GROUPS_KEPT,
            factory("kept", () -> TargetGroupsKept.of(List.of(TargetGroup.JOB_READY))),
            "[jobparate]"),
        Arguments.of(
            ConditionKind.TARGET_GROUPS_EXCLUDED,
            factory("excluded", () -> TargetGroupsExcluded.of(List.of(TargetGroup.INTEGRATION_CITIZENS))),
            "[integrationsborgere]"),
        Arguments.of(
            ConditionKind.PARTICIPANTS_RESTRICTED,
            factory("participants", () -> ParticipantsRestricted.of(List.of(Municipality.of(851)))),
            "[Aalborg]"),
        Arguments.of(
            ConditionKind.PROVISIONS_RESTRICTED,
            factory("provisions", () -> ProvisionsRestricted.of(List.of(Provision.parse("aktivloven § 65")))),
            "[aktivloven § 65]"),
        Arguments.of(
            ConditionKind.PERIOD_RESTRICTED,
            factory("period", () -> PeriodRestricted.of(Period.parse("2017-07-01..2019-12-31"))),
            "2017-07-01..2019-12-31"),
        Arguments.of(
            ConditionKind.EVALUATION_DUTY,
            factory("evaluation", () -> EvaluationDuty.of("Forsøget evalueres")),
            "Forsøget evalueres"),
        Arguments.of(
            ConditionKind.REPORTING_DUTY,
            factory("reporting", () -> ReportingDuty.of("Årlig afrapportering")),
            "Årlig afrapportering"),
        Arguments.of(
            ConditionKind.FREE_TEXT,
            factory("free text", () -> FreeTextCondition.of("Kommunen offentliggør en frikommunevedtægt")),
            "Optional[Kommunen offentliggør en frikommunevedtægt]"));
  }

  @ParameterizedTest
  @MethodSource("factories")
  void of_keepsWhatItWasGiven(ConditionKind kind, Supplier<Condition> factory, String content) {
    Condition condition = factory.get();
    assertThat(condition.kind()).isEqualTo(kind);
    assertThat(contentOf(condition)).isEqualTo(content);
  }

  static Stream<Arguments> metWithoutDate() {
    return Stream.of(
        Arguments.of(building("kept", () -> TargetGroupsKept.builder().addGroups(TargetGroup.JOB_READY).status(ConditionStatus.MET).build())),
        Arguments.of(building("excluded", () -> TargetGroupsExcluded.builder().addGroups(TargetGroup.JOB_READY).status(ConditionStatus.MET).build())),
        Arguments.of(building("participants", () -> ParticipantsRestricted.builder().addParticipants(Municipality.of(851)).status(ConditionStatus.MET).build())),
        Arguments.of(building("provisions", () -> ProvisionsRestricted.builder().addProvisions(Provision.parse("LAB § 116")).status(ConditionStatus.MET).build())),
        Arguments.of(building("period", () -> PeriodRestricted.builder().period(Period.parse("2017-07-01..2019-12-31")).status(ConditionStatus.MET).build())),
        Arguments.of(building("evaluation", () -> EvaluationDuty.builder().description("x").status(ConditionStatus.MET).build())),
        Arguments.of(building("reporting", () -> ReportingDuty.builder().description("x").status(ConditionStatus.MET).build())),
        Arguments.of(building("free text", () -> FreeTextCondition.builder().text("x").status(ConditionStatus.MET).build())));
  }

  @ParameterizedTest
  @MethodSource("metWithoutDate")
  void everyKind_metWithoutStatusDate_isRejected(ThrowingCallable build) {
    assertThatThrownBy(build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("condition statusDate must be given for status met, was empty");
  }

  private static Named<Supplier<Condition>> factory(String name, Supplier<Condition> factory) {
    return Named.of(name, factory);
  }

  private static Named<ThrowingCallable> building(String name, ThrowingCallable build) {
    return Named.of(name, build);
  }

  private static String contentOf(Condition condition) {
    if (condition instanceof TargetGroupsKept) {
      return ((TargetGroupsKept) condition).groups().toString();
    } else if (condition instanceof TargetGroupsExcluded) {
      return ((TargetGroupsExcluded) condition).groups().toString();
    } else if (condition instanceof ParticipantsRestricted) {
      return ((ParticipantsRestricted) condition).participants().toString();
    } else if (condition instanceof ProvisionsRestricted) {
      return ((ProvisionsRestricted) condition).provisions().toString();
    } else if (condition instanceof PeriodRestricted) {
      return ((PeriodRestricted) condition).period().toString();
    } else if (condition instanceof EvaluationDuty) {
      return ((EvaluationDuty) condition).description();
    } else if (condition instanceof ReportingDuty) {
      return ((ReportingDuty) condition).description();
    }
    return condition.text().toString();
  }
}
