package io.github.frikommune.core.lifecycle;

import static io.github.frikommune.core.lifecycle.Fixtures.APPLICATION;
import static io.github.frikommune.core.lifecycle.Fixtures.at;
import static io.github.frikommune.core.lifecycle.Fixtures.correction;
import static io.github.frikommune.core.lifecycle.Fixtures.day;
import static io.github.frikommune.core.lifecycle.Fixtures.recorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import io.github.frikommune.core.decision.ConditionStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HistoryTest {
  private static final ApplicationEvent DESCRIBED = ApplicationEvent.of(ApplicationEventType.DESCRIBED);
  private static final ApplicationEvent APPROVED = ApplicationEvent.of(ApplicationEventType.APPROVED);
  private static final ApplicationEvent SUBMITTED = ApplicationEvent.of(ApplicationEventType.SUBMITTED);
  private static final ApplicationEvent REJECTED = ApplicationEvent.of(ApplicationEventType.REJECTED);
  private static final ApplicationEvent PARTIALLY_GRANTED = ApplicationEvent.of(ApplicationEventType.PARTIALLY_GRANTED);

  private static History<ApplicationState, ApplicationEvent, ApplicationContext> append(
      History<ApplicationState, ApplicationEvent, ApplicationContext> history,
      RecordedEvent<ApplicationEvent> event) {
    AppendResult<ApplicationState, ApplicationEvent, ApplicationContext> result = history.append(event);
    assertThat(result.refusals()).isEmpty();
    return result.history();
  }

  /** Described 15 Nov, approved 25 Nov, submitted 1 Dec 2016, each recorded that day at noon. */
  private static History<ApplicationState, ApplicationEvent, ApplicationContext> submitted() {
    History<ApplicationState, ApplicationEvent, ApplicationContext> h = ApplicationLifecycle.history(APPLICATION);
    h = append(h, recorded("e1", DESCRIBED, "2016-11-15", "2016-11-15T12:00:00Z"));
    h = append(h, recorded("e2", APPROVED, "2016-11-25", "2016-11-25T12:00:00Z"));
    return append(h, recorded("e3", SUBMITTED, "2016-12-01", "2016-12-01T12:00:00Z"));
  }

  /** The decision of 1 Feb 2017, recorded as rejected that day and corrected on 8 Feb. */
  private static History<ApplicationState, ApplicationEvent, ApplicationContext> corrected() {
    History<ApplicationState, ApplicationEvent, ApplicationContext> h = submitted();
    h = append(h, recorded("e4", REJECTED, "2017-02-01", "2017-02-01T14:00:00Z"));
    return append(h, correction("e5", "e4", PARTIALLY_GRANTED, "2017-02-01", "2017-02-08T09:00:00Z"));
  }

  @Test
  void appendAll_appendsEveryEventInOrder() {
    AppendResult<ApplicationState, ApplicationEvent, ApplicationContext> result =
        ApplicationLifecycle.history(APPLICATION)
            .appendAll(
                java.util.List.of(
                    recorded("e1", DESCRIBED, "2016-11-15", "2016-11-15T12:00:00Z"),
                    recorded("e2", APPROVED, "2016-11-25", "2016-11-25T12:00:00Z"),
                    recorded("e3", SUBMITTED, "2016-12-01", "2016-12-01T12:00:00Z")));
    assertThat(result.isAccepted()).isTrue();
    assertThat(result.history().recorded()).isEqualTo(submitted().recorded());
    assertThat(result.history().state()).isEqualTo(ApplicationState.SUBMITTED);
  }

  @Test
  void twoAppendsToTheSameHistory_giveTwoHistories_andLeaveItUnchanged() {
    History<ApplicationState, ApplicationEvent, ApplicationContext> h = submitted();

    History<ApplicationState, ApplicationEvent, ApplicationContext> rejected =
        append(h, recorded("e4", REJECTED, "2017-02-01", "2017-02-01T14:00:00Z"));
    History<ApplicationState, ApplicationEvent, ApplicationContext> granted =
        append(h, recorded("e4", PARTIALLY_GRANTED, "2017-02-01", "2017-02-01T15:00:00Z"));

    assertThat(h.recorded()).extracting(r -> r.id().value()).containsExactly("e1", "e2", "e3");
    assertThat(h.state()).isEqualTo(ApplicationState.SUBMITTED);
    assertThat(rejected.recorded().get(3).event()).isEqualTo(REJECTED);
    assertThat(rejected.state()).isEqualTo(ApplicationState.REJECTED);
    assertThat(granted.recorded().get(3).event()).isEqualTo(PARTIALLY_GRANTED);
    assertThat(granted.path()).hasSize(4);
    assertThat(granted.state()).isEqualTo(ApplicationState.PARTIALLY_GRANTED);
  }

  @Test
  void appendAll_ofALongCaseFile_keepsEveryEventAndStep_andEveryShorterHistory() {
    // A toy lifecycle with a cycle, so a case file can be long.
    TransitionTable<ConditionStatus, ConditionEvent, ConditionContext> cycle =
        TransitionTable.<ConditionStatus, ConditionEvent, ConditionContext>builder(
                "cycle", "kredsløb", ConditionStatus.class, ConditionStatus.PENDING, List.of(ConditionEventType.values()))
            .from(ConditionStatus.PENDING).on(ConditionEventType.MET).to(ConditionStatus.MET)
            .from(ConditionStatus.MET).on(ConditionEventType.NOT_MET).to(ConditionStatus.PENDING)
            .build();
    List<RecordedEvent<ConditionEvent>> events = new ArrayList<>();
    for (int i = 0; i < 5_001; i++) {
      events.add(
          RecordedEvent.of(
              EventId.of("c" + i),
              ConditionEvent.of(i % 2 == 0 ? ConditionEventType.MET : ConditionEventType.NOT_MET),
              day("2017-07-01").plusDays(i / 10),
              at("2017-07-01T00:00:00Z").plusSeconds(i),
              "Jobcenter Aalborg"));
    }
    History<ConditionStatus, ConditionEvent, ConditionContext> empty = History.of(cycle, Fixtures.CONDITION);
    History<ConditionStatus, ConditionEvent, ConditionContext> first10 =
        empty.appendAll(events.subList(0, 10)).history();

    AppendResult<ConditionStatus, ConditionEvent, ConditionContext> all = first10.appendAll(events.subList(10, events.size()));

    assertThat(all.isAccepted()).isTrue();
    assertThat(all.history().recorded()).isEqualTo(events);
    assertThat(all.history().path()).hasSize(5_001);
    assertThat(all.history().state()).isEqualTo(ConditionStatus.MET);
    assertThat(all.history().replay().state()).isEqualTo(ConditionStatus.MET);
    assertThat(first10.recorded()).isEqualTo(events.subList(0, 10));
    assertThat(first10.state()).isEqualTo(ConditionStatus.PENDING);
    assertThat(first10.append(events.get(10)).history().recorded()).isEqualTo(events.subList(0, 11));
    assertThat(empty.recorded()).isEmpty();
  }

  @Test
  void appendAll_stopsAtTheFirstRefusal_keepingWhatCameBefore() {
    AppendResult<ApplicationState, ApplicationEvent, ApplicationContext> result =
        ApplicationLifecycle.history(APPLICATION)
            .appendAll(
                java.util.List.of(
                    recorded("e1", DESCRIBED, "2016-11-15", "2016-11-15T12:00:00Z"),
                    recorded("e2", SUBMITTED, "2016-11-16", "2016-11-16T12:00:00Z"),
                    recorded("e3", APPROVED, "2016-11-25", "2016-11-25T12:00:00Z")));
    assertThat(result.isAccepted()).isFalse();
    assertThat(result.refusals()).isNotEmpty();
    assertThat(result.history().recorded()).extracting(r -> r.id().value()).containsExactly("e1");
  }

  @Test
  void appendAll_ofNothing_isAcceptedAndUnchanged() {
    History<ApplicationState, ApplicationEvent, ApplicationContext> empty = ApplicationLifecycle.history(APPLICATION);
    AppendResult<ApplicationState, ApplicationEvent, ApplicationContext> result = empty.appendAll(java.util.List.of());
    assertThat(result.isAccepted()).isTrue();
    assertThat(result.history()).isSameAs(empty);
    assertThat(result.transition()).isEmpty();
  }

  @Test
  void decisionRecordedAsRejected_correctedAWeekLater_showsBothAnswersByKnownAt() {
    History<ApplicationState, ApplicationEvent, ApplicationContext> h = corrected();

    assertThat(h.stateOn(day("2017-02-05"), at("2017-02-03T00:00:00Z"))).isEqualTo(ApplicationState.REJECTED);
    assertThat(h.stateOn(day("2017-02-05"), at("2017-02-09T00:00:00Z"))).isEqualTo(ApplicationState.PARTIALLY_GRANTED);
    assertThat(h.stateOn(day("2017-02-05"))).isEqualTo(ApplicationState.PARTIALLY_GRANTED);
    assertThat(h.stateOn(day("2017-01-31"), at("2017-02-09T00:00:00Z"))).isEqualTo(ApplicationState.SUBMITTED);
    assertThat(h.state()).isEqualTo(ApplicationState.PARTIALLY_GRANTED);
    // Both events stay on record; the correction takes the superseded event's place.
    assertThat(h.recorded()).extracting(r -> r.id().value()).containsExactly("e1", "e2", "e3", "e4", "e5");
    assertThat(h.effective()).extracting(r -> r.id().value()).containsExactly("e1", "e2", "e3", "e5");
    assertThat(h.effectiveAsKnownAt(at("2017-02-03T00:00:00Z")))
        .extracting(r -> r.id().value())
        .containsExactly("e1", "e2", "e3", "e4");
  }

  @Test
  void stateOn_beforeAnyEventOrAnyRecord_isTheInitialState() {
    History<ApplicationState, ApplicationEvent, ApplicationContext> h = corrected();

    assertThat(h.stateOn(day("2016-11-14"))).isEqualTo(ApplicationState.DRAFT);
    assertThat(h.stateOn(day("2017-02-05"), at("2016-01-01T00:00:00Z"))).isEqualTo(ApplicationState.DRAFT);
    assertThat(h.stateOn(day("2016-11-30"))).isEqualTo(ApplicationState.APPROVED);
  }

  @Test
  void replay_rebuildsTheLiveStateAndPath() {
    History<ApplicationState, ApplicationEvent, ApplicationContext> h = corrected();

    Replay<ApplicationState, ApplicationContext> replay = h.replay();

    assertThat(replay.isComplete()).isTrue();
    assertThat(replay.state()).isEqualTo(h.state());
    assertThat(replay.steps()).isEqualTo(h.path());
    assertThat(h.path()).extracting(Transition::toString)
        .containsExactly(
            "draft --described@2016-11-15--> described",
            "described --approved@2016-11-25--> approved",
            "approved --submitted@2016-12-01--> submitted",
            "submitted --partially-granted@2017-02-01--> partially-granted");
  }

  @Test
  void appendedCorrection_returnsTheTransitionItCauses() {
    AppendResult<ApplicationState, ApplicationEvent, ApplicationContext> result =
        append(submitted(), recorded("e4", REJECTED, "2017-02-01", "2017-02-01T14:00:00Z"))
            .append(correction("e5", "e4", PARTIALLY_GRANTED, "2017-02-01", "2017-02-08T09:00:00Z"));

    assertThat(result.isAccepted()).isTrue();
    assertThat(result.transition().orElseThrow().state()).isEqualTo(ApplicationState.PARTIALLY_GRANTED);
    assertThat(result.transition().orElseThrow().followUps()).contains(FollowUp.CONDITIONS_TO_FOLLOW);
  }

  @Test
  void eventTheLifecycleRejects_isNotAppended() {
    History<ApplicationState, ApplicationEvent, ApplicationContext> h = submitted();

    AppendResult<ApplicationState, ApplicationEvent, ApplicationContext> result =
        h.append(recorded("e4", DESCRIBED, "2017-02-01", "2017-02-01T14:00:00Z"));

    assertThat(result.isAccepted()).isFalse();
    assertThat(result.history()).isSameAs(h);
    assertThat(result.transition().orElseThrow().isRejected()).isTrue();
    assertThat(result.refusals()).extracting(Refusal::message)
        .containsExactly("event 'described' is not allowed in state 'submitted'");
  }

  @Test
  void correctionThatBreaksTheLaterEvents_isNotAppended() {
    History<ApplicationState, ApplicationEvent, ApplicationContext> h = submitted();

    AppendResult<ApplicationState, ApplicationEvent, ApplicationContext> result =
        h.append(correction("e5", "e2", REJECTED, "2016-11-25", "2017-02-08T09:00:00Z"));

    assertThat(result.isAccepted()).isFalse();
    assertThat(result.history()).isSameAs(h);
    assertThat(result.refusals()).extracting(Refusal::message)
        .containsExactly("event 'rejected' is not allowed in state 'described'");
  }

  @Test
  void effectiveDateBeforeThePreviousEvent_isRefused_rule11() {
    AppendResult<ApplicationState, ApplicationEvent, ApplicationContext> result =
        submitted().append(recorded("e4", REJECTED, "2016-11-30", "2017-02-01T14:00:00Z"));

    assertThat(result.refusals())
        .containsExactly(
            Refusal.of(
                RefusalKind.EFFECTIVE_DATE_BACKWARDS,
                "effectiveOn must not be before the effective day of the event before it",
                ImmutableMap.of(
                    "event", "e4", "effectiveOn", "2016-11-30", "eventBefore", "e3", "effectiveOnBefore", "2016-12-01")));
    assertThat(result.refusals().get(0).message())
        .isEqualTo(
            "effectiveOn must not be before the effective day of the event before it:"
                + " event=e4, effectiveOn=2016-11-30, eventBefore=e3, effectiveOnBefore=2016-12-01");
    assertThat(result.transition()).isEmpty();
  }

  @Test
  void correctionTakingEffectAfterTheEventAfterIt_isRefused_rule11() {
    AppendResult<ApplicationState, ApplicationEvent, ApplicationContext> result =
        submitted().append(correction("e4", "e2", APPROVED, "2016-12-02", "2017-02-01T14:00:00Z"));

    assertThat(result.refusals())
        .extracting(Refusal::kind, Refusal::values)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                RefusalKind.EFFECTIVE_DATE_BACKWARDS,
                ImmutableMap.of(
                    "event", "e3", "effectiveOn", "2016-12-01", "eventBefore", "e4", "effectiveOnBefore", "2016-12-02")));
  }

  @Test
  void recordedAtNotAfterTheLastRecord_isRefused_rule11() {
    AppendResult<ApplicationState, ApplicationEvent, ApplicationContext> same =
        submitted().append(recorded("e4", REJECTED, "2017-02-01", "2016-12-01T12:00:00Z"));

    assertThat(same.refusals())
        .extracting(Refusal::message)
        .containsExactly(
            "recordedAt must be after the last recorded event's:"
                + " recordedAt=2016-12-01T12:00:00Z, lastRecordedAt=2016-12-01T12:00:00Z");
    assertThat(same.refusals().get(0).kind()).isEqualTo(RefusalKind.RECORDED_AT_NOT_INCREASING);
  }

  @Test
  void duplicateId_isRefused_rule11() {
    assertThat(submitted().append(recorded("e3", REJECTED, "2017-02-01", "2017-02-01T14:00:00Z")).refusals())
        .extracting(Refusal::kind, Refusal::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                RefusalKind.DUPLICATE_EVENT_ID, "event id must be unique in the history: id=e3"));
  }

  @Test
  void correctionOfAnUnknownEvent_isRefused_rule11() {
    assertThat(submitted().append(correction("e4", "e9", REJECTED, "2017-02-01", "2017-02-01T14:00:00Z")).refusals())
        .extracting(Refusal::kind, Refusal::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                RefusalKind.SUPERSEDES_UNKNOWN_EVENT,
                "a correction must supersede an event in the history: supersedes=e9"));
  }

  @Test
  void secondCorrectionOfTheSameEvent_isRefused_aCorrectionOfTheCorrectionIsNot() {
    History<ApplicationState, ApplicationEvent, ApplicationContext> h = corrected();

    assertThat(h.append(correction("e6", "e4", REJECTED, "2017-02-01", "2017-02-10T09:00:00Z")).refusals())
        .extracting(Refusal::kind, Refusal::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                RefusalKind.SUPERSEDES_SUPERSEDED_EVENT,
                "a correction must supersede an event not already superseded: supersedes=e4, supersededBy=e5"));
    History<ApplicationState, ApplicationEvent, ApplicationContext> twice =
        append(h, correction("e6", "e5", ApplicationEvent.of(ApplicationEventType.GRANTED), "2017-02-01", "2017-02-10T09:00:00Z"));
    assertThat(twice.state()).isEqualTo(ApplicationState.GRANTED);
    assertThat(twice.stateOn(day("2017-02-05"), at("2017-02-09T00:00:00Z"))).isEqualTo(ApplicationState.PARTIALLY_GRANTED);
  }

  @Test
  void everyBreakOfOrder_isReportedTogether() {
    assertThat(submitted().append(recorded("e3", REJECTED, "2016-11-30", "2016-11-01T00:00:00Z")).refusals())
        .extracting(Refusal::kind)
        .containsExactly(
            RefusalKind.DUPLICATE_EVENT_ID, RefusalKind.RECORDED_AT_NOT_INCREASING, RefusalKind.EFFECTIVE_DATE_BACKWARDS);
  }

  @Test
  void recordedEvent_checksItsOwnFields() {
    assertThatThrownBy(() -> RecordedEvent.of(EventId.of("e1"), DESCRIBED, day("2016-11-15"), at("2016-11-15T12:00:00Z"), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recorded event recordedBy must not be blank, was ' '");
    assertThatThrownBy(() -> correction("e1", "e1", DESCRIBED, "2016-11-15", "2016-11-15T12:00:00Z"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recorded event supersedes must name another event, was its own id e1");
    assertThat(correction("e2", "e1", DESCRIBED, "2016-11-15", "2016-11-15T12:00:00Z").isCorrection()).isTrue();
    assertThat(EventId.parse(EventId.of("NJ-1-01-e1").toString())).isEqualTo(EventId.of("NJ-1-01-e1"));
  }

  @Test
  void append_ofNull_throws() {
    assertThatThrownBy(() -> submitted().append(null)).isInstanceOf(NullPointerException.class);
    assertThat(submitted().context()).isEqualTo(APPLICATION);
    assertThat(submitted().table()).isSameAs(ApplicationLifecycle.table());
    assertThat(submitted().toString()).isEqualTo("History[application, submitted, 3 recorded]");
    assertThat(Optional.of(submitted().recorded().get(0).recordedBy())).hasValue("sagsbehandler");
  }

  @Test
  void correctionThatMovesAnEventEarlier_laterEventsAreCheckedAgainstTheCorrectedOrder() {
    // e1 (described 15 Nov) is corrected to 10 Nov: the last recorded event now takes effect
    // on 10 Nov, but the last effective one is still e3 of 1 Dec.
    History<ApplicationState, ApplicationEvent, ApplicationContext> h =
        append(submitted(), correction("e4", "e1", DESCRIBED, "2016-11-10", "2016-12-02T12:00:00Z"));

    AppendResult<ApplicationState, ApplicationEvent, ApplicationContext> result =
        h.append(recorded("e5", REJECTED, "2016-11-30", "2016-12-03T12:00:00Z"));

    assertThat(result.isAccepted()).isFalse();
    assertThat(result.refusals())
        .extracting(Refusal::message)
        .containsExactly(
            "effectiveOn must not be before the effective day of the event before it:"
                + " event=e5, effectiveOn=2016-11-30, eventBefore=e3, effectiveOnBefore=2016-12-01");
    assertThat(result.history()).isSameAs(h);
  }

  @Test
  void appendResult_saysWhetherItWasAccepted_withTheTransitionOrTheRefusals() {
    History<ApplicationState, ApplicationEvent, ApplicationContext> h = submitted();

    assertThat(h.append(recorded("e4", REJECTED, "2017-02-01", "2017-02-01T14:00:00Z")))
        .hasToString("AppendResult[accepted submitted --rejected@2017-02-01--> rejected]");
    assertThat(h.append(recorded("e4", APPROVED, "2017-02-01", "2017-02-01T14:00:00Z")))
        .hasToString("AppendResult[rejected [Refusal{kind=NOT_ALLOWED_IN_STATE, values={state=submitted, event=approved},"
            + " message=event 'approved' is not allowed in state 'submitted'}]]");
  }
}
