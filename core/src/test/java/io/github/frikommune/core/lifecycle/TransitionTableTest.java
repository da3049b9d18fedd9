package io.github.frikommune.core.lifecycle;

import static io.github.frikommune.core.lifecycle.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import io.github.frikommune.core.decision.ConditionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransitionTableTest {
  private static final Guard<ConditionEvent, ConditionContext> ANY_DAY =
      Guard.onContext("any-day", "on any day", (on, c) -> true, (on, c) -> ImmutableMap.of());

  private static TransitionTable.Builder<ConditionStatus, ConditionEvent, ConditionContext> builder() {
    return TransitionTable.builder(
        "condition", "vilkår", ConditionStatus.class, ConditionStatus.PENDING, List.of(ConditionEventType.values()));
  }

  @Test
  void twoTransitionsForTheSameStateAndEvent_failToBuild_namingBoth() {
    TransitionTable.Builder<ConditionStatus, ConditionEvent, ConditionContext> b =
        builder()
            .from(ConditionStatus.PENDING).on(ConditionEventType.MET).to(ConditionStatus.MET)
            .from(ConditionStatus.PENDING).on(ConditionEventType.MET).when(ANY_DAY).to(ConditionStatus.WAIVED);

    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "transition table condition has two transitions that could both apply to state 'pending'"
                + " on event 'met': pending --met--> met and pending --met--> waived");
  }

  /** A table whose "met" records the day it took effect, then one day more, as the context. */
  private static TransitionTable<ConditionStatus, ConditionEvent, ConditionContext> recordingMet() {
    return builder()
        .from(ConditionStatus.PENDING).on(ConditionEventType.MET)
        .updating((c, e, on) -> ConditionContext.of(on))
        .updating((c, e, on) -> ConditionContext.of(c.decidedOn().plusDays(1)))
        .to(ConditionStatus.MET)
        .from(ConditionStatus.PENDING).on(ConditionEventType.WAIVED).to(ConditionStatus.WAIVED)
        .build();
  }

  @Test
  void contextAfter_appliesTheAcceptedTransitionsUpdates_inTheOrderGiven() {
    TransitionTable<ConditionStatus, ConditionEvent, ConditionContext> table = recordingMet();
    ConditionEvent met = ConditionEvent.of(ConditionEventType.MET);

    Transition<ConditionStatus> t = table.permit(ConditionStatus.PENDING, met, day("2017-03-01"), Fixtures.CONDITION);

    assertThat(table.contextAfter(t, met, Fixtures.CONDITION)).isEqualTo(ConditionContext.of(day("2017-03-02")));
    assertThat(table.rule(ConditionStatus.PENDING, ConditionEventType.MET).orElseThrow().contextUpdate()).isPresent();
    assertThat(table.rule(ConditionStatus.PENDING, ConditionEventType.WAIVED).orElseThrow().contextUpdate()).isEmpty();
  }

  @Test
  void contextAfter_aRejectedTransitionOrOneWithoutUpdate_leavesTheContext() {
    TransitionTable<ConditionStatus, ConditionEvent, ConditionContext> table = recordingMet();
    ConditionEvent met = ConditionEvent.of(ConditionEventType.MET);
    ConditionEvent waived = ConditionEvent.of(ConditionEventType.WAIVED);

    Transition<ConditionStatus> rejected = table.permit(ConditionStatus.MET, met, day("2017-03-01"), Fixtures.CONDITION);
    Transition<ConditionStatus> plain = table.permit(ConditionStatus.PENDING, waived, day("2017-03-01"), Fixtures.CONDITION);

    assertThat(rejected.isRejected()).isTrue();
    assertThat(table.contextAfter(rejected, met, Fixtures.CONDITION)).isSameAs(Fixtures.CONDITION);
    assertThat(table.contextAfter(plain, waived, Fixtures.CONDITION)).isSameAs(Fixtures.CONDITION);
  }

  @Test
  void contextAfter_withAnotherEventThanTheTransitions_isRejected() {
    TransitionTable<ConditionStatus, ConditionEvent, ConditionContext> table = recordingMet();
    Transition<ConditionStatus> t =
        table.permit(ConditionStatus.PENDING, ConditionEvent.of(ConditionEventType.MET), day("2017-03-01"), Fixtures.CONDITION);

    assertThatThrownBy(() -> table.contextAfter(t, ConditionEvent.of(ConditionEventType.WAIVED), Fixtures.CONDITION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("transition table condition context update needs the transition's event, was an event of type"
            + " waived for a transition on met");
  }

  @Test
  void replay_foldsTheContext_andHistoryKeepsItNextToTheInitialOne() {
    TransitionTable<ConditionStatus, ConditionEvent, ConditionContext> table = recordingMet();
    RecordedEvent<ConditionEvent> met =
        Fixtures.recorded("e1", ConditionEvent.of(ConditionEventType.MET), "2017-03-01", "2017-03-01T10:00:00Z");

    History<ConditionStatus, ConditionEvent, ConditionContext> h = History.of(table, Fixtures.CONDITION).append(met).history();

    assertThat(table.replay(List.of(met), Fixtures.CONDITION).context()).isEqualTo(ConditionContext.of(day("2017-03-02")));
    assertThat(h.context()).isEqualTo(ConditionContext.of(day("2017-03-02")));
    assertThat(h.initialContext()).isEqualTo(Fixtures.CONDITION);
    assertThat(h.contextOn(day("2017-02-28"))).isEqualTo(Fixtures.CONDITION);
    assertThat(h.contextOn(day("2017-03-01"), Fixtures.at("2017-03-01T09:59:59Z"))).isEqualTo(Fixtures.CONDITION);
  }

  @Test
  void eventTypeOutsideTheTable_failsToBuild() {
    assertThatThrownBy(() -> builder().from(ConditionStatus.PENDING).on(ApplicationEventType.SUBMITTED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("transition table condition event type must be one of [met, not-met, waived], was submitted");
  }

  @Test
  void malformedNames_failToBuild() {
    assertThatThrownBy(
            () -> TransitionTable.builder("Condition", "vilkår", ConditionStatus.class, ConditionStatus.PENDING, List.of(ConditionEventType.MET)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("transition table name must be lower-case words joined by '-', was 'Condition'");
    assertThatThrownBy(
            () -> TransitionTable.builder("condition", "vilkår", ConditionStatus.class, ConditionStatus.PENDING, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("transition table eventTypes must not be empty, was []");
    assertThatThrownBy(() -> Guard.onContext("Any day", "x", (on, c) -> true, (on, c) -> ImmutableMap.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("guard name must be lower-case words joined by '-', was 'Any day'");
  }

  @Test
  void table_isData_listingStatesEventsRulesAndTerminals() {
    TransitionTable<ApplicationState, ApplicationEvent, ApplicationContext> table = ApplicationLifecycle.table();

    assertThat(table.name()).isEqualTo("application");
    assertThat(table.danishName()).isEqualTo("ansøgning");
    assertThat(table.initialState()).isEqualTo(ApplicationState.DRAFT);
    assertThat(table.states()).containsExactly(ApplicationState.values());
    assertThat(table.eventTypes()).containsExactly((io.github.frikommune.core.Coded[]) ApplicationEventType.values());
    assertThat(table.rules()).hasSize(15);
    assertThat(table.rules().get(0).toString()).isEqualTo("draft --described--> described");
    assertThat(table.rule(ApplicationState.APPROVED, ApplicationEventType.SUBMITTED).orElseThrow().guards())
        .extracting(Guard::name)
        .containsExactly("on-or-before-deadline");
    assertThat(table.rule(ApplicationState.DRAFT, ApplicationEventType.SUBMITTED)).isEmpty();
    assertThat(table.terminalStates())
        .containsExactly(
            ApplicationState.GRANTED, ApplicationState.PARTIALLY_GRANTED, ApplicationState.REJECTED, ApplicationState.WITHDRAWN);
  }

  @Test
  void permit_withNull_throws_butNeverForARejectedEvent() {
    TransitionTable<ConditionStatus, ConditionEvent, ConditionContext> table = ConditionLifecycle.table();
    ConditionEvent met = ConditionEvent.of(ConditionEventType.MET);

    assertThatThrownBy(() -> table.permit(null, met, day("2017-02-01"), Fixtures.CONDITION))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> table.permit(ConditionStatus.PENDING, null, day("2017-02-01"), Fixtures.CONDITION))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> table.permit(ConditionStatus.PENDING, met, null, Fixtures.CONDITION))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> table.permit(ConditionStatus.PENDING, met, day("2017-02-01"), null))
        .isInstanceOf(NullPointerException.class);
    assertThat(table.canFire(ConditionStatus.MET, met, day("2017-02-01"), Fixtures.CONDITION)).isFalse();
    assertThat(table.canFire(ConditionStatus.PENDING, met, day("2017-02-01"), Fixtures.CONDITION)).isTrue();
  }

  @Test
  void everyFailingGuard_isReported_notOnlyTheFirst() {
    Guard<ConditionEvent, ConditionContext> never =
        Guard.onContext("never", "never holds", (on, c) -> false, (on, c) -> ImmutableMap.of("on", on.toString()));
    Guard<ConditionEvent, ConditionContext> notMet =
        Guard.onEvent(
            "has-a-note", "the event has a note", (e, on, c) -> e.note().isPresent(), (e, on, c) -> ImmutableMap.of());
    TransitionTable<ConditionStatus, ConditionEvent, ConditionContext> table =
        builder().from(ConditionStatus.PENDING).on(ConditionEventType.MET).when(never).when(notMet).to(ConditionStatus.MET).build();

    Transition<ConditionStatus> t =
        table.permit(ConditionStatus.PENDING, ConditionEvent.of(ConditionEventType.MET), day("2017-02-01"), Fixtures.CONDITION);

    assertThat(t.refusals())
        .extracting(Refusal::message)
        .containsExactly(
            "guard 'never' failed (never holds): on=2017-02-01",
            "guard 'has-a-note' failed (the event has a note)");
    assertThat(t.toString())
        .isEqualTo(
            "pending --met@2017-02-01--> rejected [guard 'never' failed (never holds): on=2017-02-01,"
                + " guard 'has-a-note' failed (the event has a note)]");
    assertThat(table.options(ConditionStatus.PENDING, day("2017-02-01"), Fixtures.CONDITION).get(0))
        .satisfies(o -> {
          assertThat(o.isPermitted()).isFalse();
          assertThat(o.refusals()).extracting(Refusal::guard).containsExactly(java.util.Optional.of("never"));
          assertThat(o.guardsJudgedOnFiring()).containsExactly("has-a-note");
        });
  }

  @Test
  void refusal_guardIsGivenExactlyForGuardFailures() {
    assertThatThrownBy(
            () -> Refusal.builder().kind(RefusalKind.NOT_ALLOWED_IN_STATE).guard("x").message("m").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("refusal guard must be given exactly for kind guard-failed, was x for kind not-allowed-in-state");
  }

  @Test
  void replay_stopsAtTheFirstRejection() {
    Replay<ConditionStatus, ConditionContext> replay =
        ConditionLifecycle.table()
            .replay(
                List.of(
                    Fixtures.recorded("e1", ConditionEvent.of(ConditionEventType.MET), "2017-03-01", "2017-03-01T10:00:00Z"),
                    Fixtures.recorded("e2", ConditionEvent.of(ConditionEventType.WAIVED), "2017-03-02", "2017-03-02T10:00:00Z")),
                Fixtures.CONDITION);

    assertThat(replay.state()).isEqualTo(ConditionStatus.MET);
    assertThat(replay.steps()).hasSize(1);
    assertThat(replay.isComplete()).isFalse();
    assertThat(replay.rejection().orElseThrow().refusals())
        .extracting(Refusal::message)
        .containsExactly("event 'waived' is not allowed in state 'met'");
  }

  @Test
  void eventAndContextBuilders_matchTheFactories() {
    assertThat(ApplicationEvent.builder().type(ApplicationEventType.SUBMITTED).build())
        .isEqualTo(ApplicationEvent.of(ApplicationEventType.SUBMITTED));
    assertThat(ParticipationEvent.builder().type(ParticipationEventType.CONFIRMED).note("bekræftet af ministeriet").build())
        .isEqualTo(ParticipationEvent.of(ParticipationEventType.CONFIRMED, "bekræftet af ministeriet"));
    assertThat(ConditionEvent.builder().type(ConditionEventType.MET).build()).isEqualTo(ConditionEvent.of(ConditionEventType.MET));
    assertThat(ConditionContext.builder().decidedOn(day("2017-02-01")).build()).isEqualTo(Fixtures.CONDITION);
  }

  @Test
  void fromSeveralStates_givesEachOfThemTheTransition() {
    TransitionTable<ConditionStatus, ConditionEvent, ConditionContext> table =
        builder()
            .from(ConditionStatus.PENDING, ConditionStatus.NOT_MET).on(ConditionEventType.WAIVED).to(ConditionStatus.WAIVED)
            .build();

    assertThat(table.rules()).extracting(r -> r.from().code() + " -> " + r.to().code())
        .containsExactly("pending -> waived", "not-met -> waived");
    assertThat(table.permit(ConditionStatus.NOT_MET, ConditionEvent.of(ConditionEventType.WAIVED), day("2017-03-01"), Fixtures.CONDITION)
            .state())
        .isEqualTo(ConditionStatus.WAIVED);
  }

  @Test
  void replay_ofAnyIterable_isTheReplayOfTheSameEventsInAList() {
    List<RecordedEvent<ConditionEvent>> events =
        List.of(Fixtures.recorded("e1", ConditionEvent.of(ConditionEventType.MET), "2017-03-01", "2017-03-01T10:00:00Z"));
    Iterable<RecordedEvent<ConditionEvent>> notACollection = () -> events.iterator();

    Replay<ConditionStatus, ConditionContext> replay = ConditionLifecycle.table().replay(notACollection, Fixtures.CONDITION);

    assertThat(replay).isEqualTo(ConditionLifecycle.table().replay(events, Fixtures.CONDITION));
    assertThat(replay.state()).isEqualTo(ConditionStatus.MET);
  }

  @Test
  void replays_areEqualExactlyWhenTheirStepsAndRejectionAre() {
    RecordedEvent<ConditionEvent> met =
        Fixtures.recorded("e1", ConditionEvent.of(ConditionEventType.MET), "2017-03-01", "2017-03-01T10:00:00Z");
    RecordedEvent<ConditionEvent> waived =
        Fixtures.recorded("e2", ConditionEvent.of(ConditionEventType.WAIVED), "2017-03-02", "2017-03-02T10:00:00Z");
    TransitionTable<ConditionStatus, ConditionEvent, ConditionContext> table = ConditionLifecycle.table();
    Replay<ConditionStatus, ConditionContext> once = table.replay(List.of(met), Fixtures.CONDITION);
    Replay<ConditionStatus, ConditionContext> again = table.replay(List.of(met), Fixtures.CONDITION);
    Replay<ConditionStatus, ConditionContext> stopped = table.replay(List.of(met, waived), Fixtures.CONDITION);
    Replay<ConditionStatus, ConditionContext> empty = table.replay(List.of(), Fixtures.CONDITION);
    Replay<ConditionStatus, ConditionContext> otherDay =
        table.replay(List.of(Fixtures.recorded("e1", ConditionEvent.of(ConditionEventType.MET), "2017-03-05", "2017-03-05T10:00:00Z")),
            Fixtures.CONDITION);

    assertThat(once).isEqualTo(again).hasSameHashCodeAs(again);
    assertThat(once).isNotEqualTo(stopped).isNotEqualTo(empty).isNotEqualTo(otherDay).isNotEqualTo("a replay");
    assertThat(empty).isNotEqualTo(ParticipationLifecycle.table().replay(List.of(), Fixtures.OPEN));
    assertThat(once).hasToString("Replay[pending --met@2017-03-01--> met]");
    assertThat(stopped)
        .hasToString("Replay[pending --met@2017-03-01--> met] stopped at met --waived@2017-03-02--> rejected"
            + " [event 'waived' is not allowed in state 'met']");
  }

  @Test
  void transitions_areEqualExactlyWhenEveryPartIs() {
    TransitionTable<ConditionStatus, ConditionEvent, ConditionContext> table = ConditionLifecycle.table();
    ConditionEvent met = ConditionEvent.of(ConditionEventType.MET);
    Transition<ConditionStatus> accepted = table.permit(ConditionStatus.PENDING, met, day("2017-03-01"), Fixtures.CONDITION);

    assertThat(accepted)
        .isEqualTo(table.permit(ConditionStatus.PENDING, met, day("2017-03-01"), Fixtures.CONDITION))
        .hasSameHashCodeAs(table.permit(ConditionStatus.PENDING, met, day("2017-03-01"), Fixtures.CONDITION));
    assertThat(accepted)
        .isNotEqualTo(table.permit(ConditionStatus.PENDING, met, day("2017-03-02"), Fixtures.CONDITION))
        .isNotEqualTo(table.permit(ConditionStatus.PENDING, ConditionEvent.of(ConditionEventType.NOT_MET), day("2017-03-01"), Fixtures.CONDITION))
        .isNotEqualTo(table.permit(ConditionStatus.PENDING, met, day("2017-01-01"), Fixtures.CONDITION))
        .isNotEqualTo(table.permit(ConditionStatus.MET, met, day("2017-03-01"), Fixtures.CONDITION))
        .isNotEqualTo("a transition");
  }

  @Test
  void guard_readsAsItsName() {
    assertThat(ANY_DAY).hasToString("any-day");
  }

  @Test
  void refusalKinds_haveCodesAndDanishLabels() {
    assertThat(RefusalKind.GUARD_FAILED.code()).isEqualTo("guard-failed");
    assertThat(RefusalKind.GUARD_FAILED.danishLabel()).isEqualTo("betingelse ikke opfyldt");
    assertThat(RefusalKind.SUPERSEDES_SUPERSEDED_EVENT.danishLabel()).isEqualTo("rettelse af en allerede rettet hændelse");
  }
}
