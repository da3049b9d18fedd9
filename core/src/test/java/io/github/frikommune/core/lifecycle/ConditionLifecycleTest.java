package io.github.frikommune.core.lifecycle;

import io.github.frikommune.core.seed.SeedCase;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static io.github.frikommune.core.lifecycle.Fixtures.CONDITION;
import static io.github.frikommune.core.lifecycle.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.decision.ConditionStatus;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ConditionLifecycleTest {
  private static final TransitionTable<ConditionStatus, ConditionEvent, ConditionContext> TABLE =
      ConditionLifecycle.table();

  @ParameterizedTest
  @CsvSource({"MET, MET", "NOT_MET, NOT_MET", "WAIVED, WAIVED"})
  void pendingCondition_isSettled(ConditionEventType type, ConditionStatus to) {
    Transition<ConditionStatus> t = TABLE.permit(ConditionStatus.PENDING, ConditionEvent.of(type), day("2017-02-01"), CONDITION);

    assertThat(t.isAccepted()).isTrue();
    assertThat(t.state()).isEqualTo(to);
    assertThat(t.followUps()).isEmpty();
  }

  @Test
  void examples_coverEveryTransitionOfTheTable() {
    assertThat(TABLE.rules().stream().map(TransitionRule::toString).collect(Collectors.toList()))
        .containsExactly("pending --met--> met", "pending --not-met--> not-met", "pending --waived--> waived");
  }

  @ParameterizedTest
  @EnumSource(ConditionEventType.class)
  void settledBeforeTheDecision_isRefusedByGuard(ConditionEventType type) {
    Transition<ConditionStatus> t = TABLE.permit(ConditionStatus.PENDING, ConditionEvent.of(type), day("2017-01-31"), CONDITION);

    assertThat(t.refusals())
        .extracting(Refusal::message)
        .containsExactly(
            "guard 'after-decision' failed (on or after the day of the decision that set the condition):"
                + " on=2017-01-31, decidedOn=2017-02-01");
  }

  @ParameterizedTest
  @EnumSource(value = ConditionStatus.class, names = {"MET", "NOT_MET", "WAIVED"})
  void settledCondition_acceptsNothing(ConditionStatus state) {
    assertThat(TABLE.isTerminal(state)).isTrue();
    assertThat(TABLE.permit(state, ConditionEvent.of(ConditionEventType.WAIVED), day("2018-01-01"), CONDITION)
            .refusals())
        .extracting(Refusal::kind)
        .containsExactly(RefusalKind.NOT_ALLOWED_IN_STATE);
  }

  @Test
  void contextOfADecision_isTheDayItWasDecided() {
    assertThat(ConditionContext.from(SeedCase.portfolio().decisions().get(0))).isEqualTo(ConditionContext.of(day("2017-02-01")));
  }

  @Test
  void eventWithANote_keepsIt_andAPaddedNoteIsRejected() {
    assertThat(ConditionEvent.of(ConditionEventType.WAIVED, "frafaldet af ministeriet").note())
        .contains("frafaldet af ministeriet");
    assertThatThrownBy(() -> ConditionEvent.of(ConditionEventType.WAIVED, "frafaldet "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("condition event note must not start or end with white space, was 'frafaldet '");
  }
}
