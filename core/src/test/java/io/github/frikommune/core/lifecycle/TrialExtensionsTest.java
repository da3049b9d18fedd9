package io.github.frikommune.core.lifecycle;

import static io.github.frikommune.core.lifecycle.Fixtures.AMENDMENT_2021;
import static io.github.frikommune.core.lifecycle.Fixtures.TRIAL;
import static io.github.frikommune.core.lifecycle.Fixtures.at;
import static io.github.frikommune.core.lifecycle.Fixtures.correction;
import static io.github.frikommune.core.lifecycle.Fixtures.day;
import static io.github.frikommune.core.lifecycle.Fixtures.recorded;
import static io.github.frikommune.core.lifecycle.Fixtures.trial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import io.github.frikommune.core.law.Extension;
import io.github.frikommune.core.law.LegalAct;
import io.github.frikommune.core.law.LegalActKind;
import io.github.frikommune.core.seed.SeedCase;
import io.github.frikommune.core.trial.Trial;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An extension moves a trial's end past the end as extended so far, in the same history, live
 * and in replay, and both the end before and the end after stay visible.
 */
class TrialExtensionsTest {
  /** A later amendment as fictitious test data: no law has number 9998. */
  private static final LegalAct LATER_AMENDMENT =
      LegalAct.of(LegalActKind.LAW, 9998, LocalDate.of(2022, 6, 1), "lov om ændring af lov om frikommunenetværk");

  private static final Trial MIKROLAAN = SeedCase.round1Trials().get(0);

  private static History<TrialState, TrialEvent, TrialContext> running() {
    AppendResult<TrialState, TrialEvent, TrialContext> result =
        TrialLifecycle.history(TRIAL)
            .appendAll(
                List.of(
                    recorded("t1", trial(TrialEventType.LEGAL_BASIS_IN_FORCE), "2017-07-01", "2017-07-01T10:00:00Z"),
                    recorded("t2", trial(TrialEventType.STARTED), "2017-07-01", "2017-07-01T10:00:01Z")));
    assertThat(result.refusals()).isEmpty();
    return result.history();
  }

  private static History<TrialState, TrialEvent, TrialContext> extendedTo2023() {
    AppendResult<TrialState, TrialEvent, TrialContext> result =
        running().append(recorded("t3", TrialEvent.extended(day("2023-12-31"), AMENDMENT_2021), "2021-07-01", "2021-07-01T10:00:00Z"));
    assertThat(result.refusals()).isEmpty();
    return result.history();
  }

  @Test
  void secondExtensionEarlierThanTheFirst_isRefused_namingTheNewEndAndTheEndAsExtended() {
    History<TrialState, TrialEvent, TrialContext> extended = extendedTo2023();

    AppendResult<TrialState, TrialEvent, TrialContext> result =
        extended.append(recorded("t4", TrialEvent.extended(day("2022-12-31"), LATER_AMENDMENT), "2022-07-01", "2022-07-01T10:00:00Z"));

    assertThat(result.isAccepted()).isFalse();
    assertThat(result.history()).isSameAs(extended);
    assertThat(result.refusals()).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(RefusalKind.GUARD_FAILED);
      assertThat(r.guard()).hasValue(TrialLifecycle.MOVES_END_FORWARD);
      assertThat(r.values()).isEqualTo(ImmutableMap.of("newEnd", "2022-12-31", "endAsExtended", "2023-12-31"));
      assertThat(r.message())
          .isEqualTo("guard 'moves-end-forward' failed (the new end lies after the trial's end as extended so far):"
              + " newEnd=2022-12-31, endAsExtended=2023-12-31");
    });
  }

  @Test
  void secondExtensionToTheSameEnd_isRefused() {
    AppendResult<TrialState, TrialEvent, TrialContext> result =
        extendedTo2023().append(recorded("t4", TrialEvent.extended(day("2023-12-31"), LATER_AMENDMENT), "2022-07-01", "2022-07-01T10:00:00Z"));

    assertThat(result.refusals()).extracting(Refusal::values)
        .containsExactly(ImmutableMap.of("newEnd", "2023-12-31", "endAsExtended", "2023-12-31"));
  }

  @Test
  void secondExtensionLaterThanTheFirst_isAccepted_andEveryEndStaysInTheHistory() {
    AppendResult<TrialState, TrialEvent, TrialContext> first =
        running().append(recorded("t3", TrialEvent.extended(day("2022-12-31"), AMENDMENT_2021), "2021-07-01", "2021-07-01T10:00:00Z"));
    AppendResult<TrialState, TrialEvent, TrialContext> second =
        first.history().append(recorded("t4", TrialEvent.extended(day("2023-12-31"), LATER_AMENDMENT), "2022-07-01", "2022-07-01T10:00:00Z"));

    assertThat(first.refusals()).isEmpty();
    assertThat(second.refusals()).isEmpty();
    History<TrialState, TrialEvent, TrialContext> h = second.history();
    assertThat(h.state()).isEqualTo(TrialState.RUNNING);
    assertThat(h.initialContext().endAsExtended()).isEqualTo(day("2021-12-31"));
    assertThat(h.context().plannedEnd()).isEqualTo(day("2021-12-31"));
    assertThat(h.context().endAsExtended()).isEqualTo(day("2023-12-31"));
    assertThat(h.contextOn(day("2021-06-30")).endAsExtended()).isEqualTo(day("2021-12-31"));
    assertThat(h.contextOn(day("2021-07-01")).endAsExtended()).isEqualTo(day("2022-12-31"));
    assertThat(h.contextOn(day("2022-07-01")).endAsExtended()).isEqualTo(day("2023-12-31"));
    assertThat(h.contextOn(day("2022-07-01"), at("2022-01-01T00:00:00Z")).endAsExtended()).isEqualTo(day("2022-12-31"));
    assertThat(h.effective()).extracting(r -> r.event().newEnd().map(LocalDate::toString).orElse("-"))
        .containsExactly("-", "-", "2022-12-31", "2023-12-31");
  }

  @Test
  void replay_reachesTheSameEndAsExtended_asHandlingLive() {
    History<TrialState, TrialEvent, TrialContext> h = extendedTo2023();

    Replay<TrialState, TrialContext> replay = h.replay();

    assertThat(replay.isComplete()).isTrue();
    assertThat(replay.context()).isEqualTo(h.context());
    assertThat(replay.context().endAsExtended()).isEqualTo(day("2023-12-31"));
  }

  @Test
  void correctionThatPutsALaterExtensionBehindIt_isRefused() {
    History<TrialState, TrialEvent, TrialContext> h =
        extendedTo2023()
            .append(recorded("t4", TrialEvent.extended(day("2024-12-31"), LATER_AMENDMENT), "2022-07-01", "2022-07-01T10:00:00Z"))
            .history();

    AppendResult<TrialState, TrialEvent, TrialContext> moved =
        h.append(correction("t5", "t3", TrialEvent.extended(day("2025-06-30"), AMENDMENT_2021), "2021-07-01", "2022-08-01T10:00:00Z"));
    AppendResult<TrialState, TrialEvent, TrialContext> shortened =
        h.append(correction("t5", "t3", TrialEvent.extended(day("2022-06-30"), AMENDMENT_2021), "2021-07-01", "2022-08-01T10:00:00Z"));

    assertThat(moved.refusals()).extracting(Refusal::values)
        .containsExactly(ImmutableMap.of("newEnd", "2024-12-31", "endAsExtended", "2025-06-30"));
    assertThat(shortened.refusals()).isEmpty();
    assertThat(shortened.history().context().endAsExtended()).isEqualTo(day("2024-12-31"));
    assertThat(shortened.history().contextOn(day("2022-01-01")).endAsExtended()).isEqualTo(day("2022-06-30"));
    assertThat(shortened.history().contextOn(day("2022-01-01"), at("2022-07-31T00:00:00Z")).endAsExtended())
        .isEqualTo(day("2023-12-31"));
  }

  @Test
  void contextFromATrialOnRecord_takesItsEndAsExtended_soANewExtensionMustMovePastIt() {
    Trial extended =
        Trial.builder().from(MIKROLAAN).addExtension(Extension.of(day("2021-12-31"), day("2022-12-31"), AMENDMENT_2021)).build();

    TrialContext context = TrialContext.from(extended, SeedCase.programme());
    AppendResult<TrialState, TrialEvent, TrialContext> earlier =
        TrialLifecycle.history(context)
            .appendAll(
                List.of(
                    recorded("t1", trial(TrialEventType.LEGAL_BASIS_IN_FORCE), "2017-07-01", "2017-07-01T10:00:00Z"),
                    recorded("t2", trial(TrialEventType.STARTED), "2017-07-01", "2017-07-01T10:00:01Z"),
                    recorded("t3", TrialEvent.extended(day("2022-06-30"), LATER_AMENDMENT), "2022-06-01", "2022-06-01T10:00:00Z")));

    assertThat(context.plannedEnd()).isEqualTo(day("2021-12-31"));
    assertThat(context.endAsExtended()).isEqualTo(day("2022-12-31"));
    assertThat(TrialContext.beforeExtensions(extended, SeedCase.programme()).endAsExtended()).isEqualTo(day("2021-12-31"));
    assertThat(earlier.refusals()).extracting(Refusal::values)
        .containsExactly(ImmutableMap.of("newEnd", "2022-06-30", "endAsExtended", "2022-12-31"));
  }

  @Test
  void historyDerivedFromARecord_recordsEachExtension_andEndsInTheContextOfTheRecord() {
    Trial extended =
        Trial.builder()
            .from(MIKROLAAN)
            .addExtension(Extension.of(day("2021-12-31"), day("2022-12-31"), AMENDMENT_2021))
            .addExtension(Extension.of(day("2022-12-31"), day("2023-12-31"), LATER_AMENDMENT))
            .build();

    AppendResult<TrialState, TrialEvent, TrialContext> derived =
        RecordHistories.trial(extended, SeedCase.programme(), "frikommunesekretariatet");

    assertThat(derived.refusals()).isEmpty();
    assertThat(derived.history().initialContext()).isEqualTo(TrialContext.beforeExtensions(extended, SeedCase.programme()));
    assertThat(derived.history().context()).isEqualTo(TrialContext.from(extended, SeedCase.programme()));
    assertThat(derived.history().contextOn(day("2022-01-01")).endAsExtended()).isEqualTo(day("2022-12-31"));
  }

  @Test
  void contextWhoseEndAsExtendedIsBeforeThePlannedEnd_cannotBeBuilt() {
    assertThatThrownBy(() -> TRIAL.withEndAsExtended(day("2021-06-30")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trial context endAsExtended must not be before plannedEnd (2021-12-31), was 2021-06-30");
  }
}
