package io.github.frikommune.core.lifecycle;

import static io.github.frikommune.core.lifecycle.Fixtures.MUST_APPLY;
import static io.github.frikommune.core.lifecycle.Fixtures.OPEN;
import static io.github.frikommune.core.lifecycle.Fixtures.day;
import static io.github.frikommune.core.trial.ParticipationStatus.ACTIVE;
import static io.github.frikommune.core.trial.ParticipationStatus.CONFIRMED;
import static io.github.frikommune.core.trial.ParticipationStatus.JOIN_REQUESTED;
import static io.github.frikommune.core.trial.ParticipationStatus.MUST_APPLY_SEPARATELY;
import static io.github.frikommune.core.trial.ParticipationStatus.PENDING_CONFIRMATION;
import static io.github.frikommune.core.trial.ParticipationStatus.REFUSED;
import static io.github.frikommune.core.trial.ParticipationStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.collect.ImmutableMap;
import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.decision.Outcome;
import io.github.frikommune.core.decision.ParticipantsRestricted;
import io.github.frikommune.core.application.ApplicationId;
import io.github.frikommune.core.trial.ParticipationStatus;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ParticipationLifecycleTest {
  private static final TransitionTable<ParticipationStatus, ParticipationEvent, ParticipationContext> TABLE =
      ParticipationLifecycle.table();

  static Stream<Arguments> everyTransition() {
    return Stream.of(
        arguments(PENDING_CONFIRMATION, ParticipationEventType.CONFIRMED, OPEN, CONFIRMED, List.of()),
        arguments(PENDING_CONFIRMATION, ParticipationEventType.RESTRICTED, MUST_APPLY, MUST_APPLY_SEPARATELY,
            List.of(FollowUp.JOIN_APPLICATION_DUE)),
        arguments(MUST_APPLY_SEPARATELY, ParticipationEventType.JOIN_REQUESTED, MUST_APPLY, JOIN_REQUESTED,
            List.of(FollowUp.JOIN_DECISION_AWAITED)),
        arguments(JOIN_REQUESTED, ParticipationEventType.JOIN_GRANTED, MUST_APPLY, CONFIRMED, List.of()),
        arguments(JOIN_REQUESTED, ParticipationEventType.JOIN_REFUSED, MUST_APPLY, REFUSED, List.of()),
        arguments(CONFIRMED, ParticipationEventType.ACTIVATED, OPEN, ACTIVE, List.of()),
        arguments(PENDING_CONFIRMATION, ParticipationEventType.WITHDRAWN, OPEN, WITHDRAWN, List.of()),
        arguments(MUST_APPLY_SEPARATELY, ParticipationEventType.WITHDRAWN, MUST_APPLY, WITHDRAWN, List.of()),
        arguments(JOIN_REQUESTED, ParticipationEventType.WITHDRAWN, MUST_APPLY, WITHDRAWN, List.of()),
        arguments(CONFIRMED, ParticipationEventType.WITHDRAWN, OPEN, WITHDRAWN, List.of()),
        arguments(ACTIVE, ParticipationEventType.WITHDRAWN, OPEN, WITHDRAWN, List.of()));
  }

  @ParameterizedTest(name = "{0} --{1}--> {3}")
  @MethodSource("everyTransition")
  void transition_isAccepted_withItsTargetAndFollowUps(
      ParticipationStatus from, ParticipationEventType type, ParticipationContext context,
      ParticipationStatus to, List<FollowUp> followUps) {
    Transition<ParticipationStatus> t = TABLE.permit(from, ParticipationEvent.of(type), day("2017-08-01"), context);

    assertThat(t.isAccepted()).isTrue();
    assertThat(t.state()).isEqualTo(to);
    assertThat(t.followUps()).containsExactlyElementsOf(followUps);
  }

  @Test
  void examples_coverEveryTransitionOfTheTable() {
    Set<String> examples = everyTransition().map(a -> a.get()[0] + " " + a.get()[1]).collect(Collectors.toSet());
    Set<String> rules = TABLE.rules().stream().map(r -> r.from() + " " + r.eventType()).collect(Collectors.toSet());
    assertThat(examples).isEqualTo(rules);
  }

  @Test
  void confirmingAMunicipalityThatMustApplySeparately_isRefusedByGuard() {
    Transition<ParticipationStatus> t =
        TABLE.permit(PENDING_CONFIRMATION, ParticipationEvent.of(ParticipationEventType.CONFIRMED), day("2017-02-01"), MUST_APPLY);

    assertThat(t.refusals()).singleElement().satisfies(r -> {
      assertThat(r.guard()).hasValue(ParticipationLifecycle.NOT_RESTRICTED);
      assertThat(r.values()).isEqualTo(ImmutableMap.of("mustApplySeparately", "true"));
      assertThat(r.message())
          .isEqualTo(
              "guard 'not-restricted' failed (the decision does not require this municipality to"
                  + " apply separately): mustApplySeparately=true");
    });
  }

  @Test
  void restrictingAMunicipalityTheDecisionLetsIn_isRefusedByGuard() {
    assertThat(TABLE.permit(PENDING_CONFIRMATION, ParticipationEvent.of(ParticipationEventType.RESTRICTED), day("2017-02-01"), OPEN)
            .refusals())
        .extracting(Refusal::guard)
        .containsExactly(Optional.of(ParticipationLifecycle.RESTRICTED_BY_DECISION));
  }

  @Test
  void activatingBeforeTheTrialIsInForce_isRefusedByGuard() {
    assertThat(TABLE.permit(CONFIRMED, ParticipationEvent.of(ParticipationEventType.ACTIVATED), day("2017-06-30"), OPEN)
            .refusals())
        .singleElement()
        .satisfies(r -> {
          assertThat(r.guard()).hasValue(ParticipationLifecycle.TRIAL_IN_FORCE);
          assertThat(r.values()).isEqualTo(ImmutableMap.of("on", "2017-06-30", "trialInForceFrom", "2017-07-01"));
        });
  }

  @Test
  void municipalityThatMustApplySeparately_cannotTakePartBeforeItsJoinIsGranted() {
    assertThat(TABLE.permittedEvents(MUST_APPLY_SEPARATELY, day("2017-08-01"), MUST_APPLY))
        .containsExactly(ParticipationEventType.JOIN_REQUESTED, ParticipationEventType.WITHDRAWN);
    assertThat(TABLE.permit(MUST_APPLY_SEPARATELY, ParticipationEvent.of(ParticipationEventType.ACTIVATED), day("2017-08-01"), MUST_APPLY)
            .refusals())
        .extracting(Refusal::message)
        .containsExactly("event 'activated' is not allowed in state 'must-apply-separately'");
  }

  @Test
  void refusedAndWithdrawn_acceptNothing() {
    assertThat(TABLE.terminalStates()).containsExactly(WITHDRAWN, REFUSED);
  }

  @Test
  void context_fromMikrolaansDecision_sendsHjoerringToApplySeparately() {
    Decision decision =
        Decision.builder()
            .application(ApplicationId.of("NJ-1-01"))
            .decidedOn(Fixtures.DECIDED_ON)
            .decidedBy("Økonomi- og Indenrigsministeriet")
            .outcome(Outcome.PARTIALLY_GRANTED)
            .addCondition(ParticipantsRestricted.of(List.of(Fixtures.AALBORG)))
            .build();

    assertThat(ParticipationContext.from(decision, Fixtures.HJOERRING, Optional.of(Fixtures.IN_FORCE)).mustApplySeparately())
        .isTrue();
    assertThat(ParticipationContext.from(decision, Fixtures.AALBORG, Optional.empty()).mustApplySeparately())
        .isFalse();
  }

  @Test
  void eventWithAPaddedNote_isRejected() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ParticipationEvent.of(ParticipationEventType.CONFIRMED, " bekræftet af ministeriet"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("participation event note must not start or end with white space, was ' bekræftet af ministeriet'");
  }
}
