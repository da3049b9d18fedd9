package io.github.frikommune.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.seed.SeedCase;
import io.github.frikommune.core.trial.ParticipationStatus;
import io.github.frikommune.core.trial.Trial;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SeedRound1HistoryTest {
  private static final LocalDate JUNE_30 = LocalDate.of(2017, 6, 30);
  private static final LocalDate JULY_1 = LocalDate.of(2017, 7, 1);

  @Test
  void round1Applications_replayTo5GrantedWhollyOrPartlyAnd2Rejected() {
    List<History<ApplicationState, ApplicationEvent, ApplicationContext>> histories = SeedHistories.applications();

    assertThat(histories).extracting(h -> h.replay().state())
        .containsExactly(
            ApplicationState.PARTIALLY_GRANTED, // Mikrolån
            ApplicationState.REJECTED, // Arbejdsmarkedserfaring
            ApplicationState.PARTIALLY_GRANTED, // Iværksætteri
            ApplicationState.GRANTED, // Formkrav
            ApplicationState.GRANTED, // Forholdstalskrav
            ApplicationState.GRANTED, // Fleksible rammer
            ApplicationState.REJECTED); // Integrationsprogram
    Map<ApplicationState, Long> summary =
        histories.stream().collect(Collectors.groupingBy(History::state, Collectors.counting()));
    assertThat(summary)
        .containsOnly(
            Map.entry(ApplicationState.GRANTED, 3L),
            Map.entry(ApplicationState.PARTIALLY_GRANTED, 2L),
            Map.entry(ApplicationState.REJECTED, 2L));
    for (History<ApplicationState, ApplicationEvent, ApplicationContext> h : histories) {
      assertThat(h.replay().isComplete()).isTrue();
      assertThat(h.replay().state()).isEqualTo(h.state());
      assertThat(h.stateOn(SeedCase.ROUND_1_DEADLINE)).isEqualTo(ApplicationState.SUBMITTED);
      assertThat(h.stateOn(SeedCase.DECIDED_ON.minusDays(1))).isEqualTo(ApplicationState.SUBMITTED);
    }
  }

  @Test
  void round1Trials_awaitTheLawOn30June_andRunFrom1July2017() {
    List<History<TrialState, TrialEvent, TrialContext>> trials = SeedHistories.trials();

    assertThat(trials).hasSize(5);
    for (History<TrialState, TrialEvent, TrialContext> h : trials) {
      assertThat(h.stateOn(SeedCase.DECIDED_ON)).isEqualTo(TrialState.AWAITING_LEGAL_BASIS);
      assertThat(h.stateOn(JUNE_30)).isEqualTo(TrialState.LEGAL_BASIS_ADOPTED);
      assertThat(h.stateOn(JULY_1)).isEqualTo(TrialState.RUNNING);
      assertThat(h.replay().state()).isEqualTo(TrialState.RUNNING);
    }
  }

  @Test
  void round1Trials_couldNotStartOn30June2017() {
    TransitionTable<TrialState, TrialEvent, TrialContext> table = TrialLifecycle.table();
    Trial mikrolaan = SeedCase.round1Trials().get(0);
    TrialContext context = TrialContext.from(mikrolaan, SeedCase.programme());

    assertThat(context.legalBasisInForceFrom()).hasValue(JULY_1);
    assertThat(context.programmeEnd()).isEqualTo(LocalDate.of(2021, 12, 31));
    assertThat(table.permittedEvents(TrialState.LEGAL_BASIS_ADOPTED, JUNE_30, context))
        .containsExactly(TrialEventType.CONCLUDED);
    assertThat(table.permittedEvents(TrialState.LEGAL_BASIS_ADOPTED, JULY_1, context))
        .containsExactly(TrialEventType.LEGAL_BASIS_IN_FORCE, TrialEventType.CONCLUDED);
  }

  @Test
  void mikrolaan_aalborgTakesPartFrom1July_othersMustApplySeparately() {
    Trial mikrolaan = SeedCase.round1Trials().get(0);
    Map<Municipality, History<ParticipationStatus, ParticipationEvent, ParticipationContext>> byMunicipality =
        SeedCase.network().members().stream()
            .collect(Collectors.toMap(Function.identity(), SeedHistories::mikrolaanParticipation));

    History<ParticipationStatus, ParticipationEvent, ParticipationContext> aalborg = byMunicipality.get(SeedCase.AALBORG);
    assertThat(aalborg.stateOn(JUNE_30)).isEqualTo(ParticipationStatus.CONFIRMED);
    assertThat(aalborg.stateOn(JULY_1)).isEqualTo(ParticipationStatus.ACTIVE);
    History<ParticipationStatus, ParticipationEvent, ParticipationContext> hjoerring = byMunicipality.get(SeedCase.HJOERRING);
    assertThat(hjoerring.state()).isEqualTo(ParticipationStatus.MUST_APPLY_SEPARATELY);
    assertThat(
            hjoerring.append(
                    RecordedEvent.of(
                        EventId.of("P-860-e2"),
                        ParticipationEvent.of(ParticipationEventType.ACTIVATED),
                        JULY_1,
                        SeedHistories.noon(JULY_1),
                        "frikommunesekretariatet"))
                .refusals())
        .extracting(Refusal::message)
        .containsExactly("event 'activated' is not allowed in state 'must-apply-separately'");
    // On the decision day every participation agrees with the seed fixture's record.
    for (Map.Entry<Municipality, History<ParticipationStatus, ParticipationEvent, ParticipationContext>> e :
        byMunicipality.entrySet()) {
      assertThat(e.getValue().stateOn(SeedCase.DECIDED_ON))
          .as(e.getKey().name())
          .isEqualTo(mikrolaan.participationOf(e.getKey()).orElseThrow().status());
    }
  }
}
