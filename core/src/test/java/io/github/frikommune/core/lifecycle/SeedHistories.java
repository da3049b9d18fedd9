package io.github.frikommune.core.lifecycle;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.programme.ApplicationRound;
import io.github.frikommune.core.seed.SeedCase;
import io.github.frikommune.core.trial.Trial;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The histories of the round-1 seed case, built from {@link SeedCase}.
 *
 * <p>The seeds date only the submission (the round's deadline, as the fixture reads it), the
 * decisions of 1 February 2017, the law of 8 June 2017 and its coming into force on 1 July
 * 2017. Round 1's applications were described and approved by the submission; their histories
 * record that on the latest possible day, the submission day. Each event is recorded at noon,
 * Danish time, on the day it takes effect.
 */
final class SeedHistories {
  private static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");
  /** Folketinget passed lov om frikommunenetværk (bill L 200) on 1 June 2017. */
  private static final LocalDate LAW_ADOPTED = LocalDate.of(2017, 6, 1);

  private SeedHistories() {}

  static Instant noon(LocalDate day) {
    return day.atTime(LocalTime.NOON).atZone(DANISH).toInstant();
  }

  private static <E extends LifecycleEvent> RecordedEvent<E> event(
      String caseId, int n, E event, LocalDate on) {
    return RecordedEvent.of(EventId.of(caseId + "-e" + n), event, on, noon(on).plusSeconds(n), "frikommunesekretariatet");
  }

  static ApplicationEventType decisionEvent(Decision decision) {
    return switch (decision.outcome()) {
      case GRANTED -> ApplicationEventType.GRANTED;
      case PARTIALLY_GRANTED -> ApplicationEventType.PARTIALLY_GRANTED;
      case REJECTED -> ApplicationEventType.REJECTED;
    };
  }

  /** An application from drafting through the decision of 1 February 2017. */
  static History<ApplicationState, ApplicationEvent, ApplicationContext> application(
      Application application, Decision decision) {
    ApplicationRound round1 = SeedCase.rounds().get(0);
    LocalDate submitted = application.submittedOn().orElseThrow();
    String id = application.id().value();
    History<ApplicationState, ApplicationEvent, ApplicationContext> h =
        ApplicationLifecycle.history(ApplicationContext.from(application, round1));
    List<RecordedEvent<ApplicationEvent>> events =
        List.of(
            event(id, 1, ApplicationEvent.of(ApplicationEventType.DESCRIBED), submitted),
            event(id, 2, ApplicationEvent.of(ApplicationEventType.APPROVED), submitted),
            event(id, 3, ApplicationEvent.of(ApplicationEventType.SUBMITTED), submitted),
            event(id, 4, ApplicationEvent.of(decisionEvent(decision)), decision.decidedOn()));
    return appendAll(h, events);
  }

  static ImmutableList<History<ApplicationState, ApplicationEvent, ApplicationContext>> applications() {
    ImmutableList<Application> applications = SeedCase.round1Applications();
    ImmutableList<Decision> decisions = SeedCase.round1Decisions();
    ImmutableList.Builder<History<ApplicationState, ApplicationEvent, ApplicationContext>> out = ImmutableList.builder();
    for (int i = 0; i < applications.size(); i++) {
      out.add(application(applications.get(i), decisions.get(i)));
    }
    return out.build();
  }

  /** A trial from the decision: law adopted 8 June 2017, in force and started 1 July 2017. */
  static History<TrialState, TrialEvent, TrialContext> trial(Trial trial) {
    String id = "T-" + trial.id().value();
    LocalDate inForce = trial.inForceFrom().orElseThrow();
    return appendAll(
        TrialLifecycle.history(TrialContext.from(trial, SeedCase.programme())),
        List.of(
            event(id, 1, TrialEvent.of(TrialEventType.LEGAL_BASIS_ADOPTED), LAW_ADOPTED),
            event(id, 2, TrialEvent.of(TrialEventType.LEGAL_BASIS_IN_FORCE), inForce),
            event(id, 3, TrialEvent.of(TrialEventType.STARTED), inForce)));
  }

  static ImmutableList<History<TrialState, TrialEvent, TrialContext>> trials() {
    return SeedCase.round1Trials().stream().map(SeedHistories::trial).collect(ImmutableList.toImmutableList());
  }

  /**
   * A municipality's participation in Mikrolån: Aalborg confirmed by the decision and using the
   * exemption from 1 July 2017; every other municipality sent to apply separately.
   */
  static History<io.github.frikommune.core.trial.ParticipationStatus, ParticipationEvent, ParticipationContext>
      mikrolaanParticipation(Municipality municipality) {
    Decision decision = SeedCase.round1Decisions().get(0);
    ParticipationContext context =
        ParticipationContext.from(decision, municipality, Optional.of(SeedCase.IN_FORCE));
    String id = "P-" + municipality.code();
    return appendAll(
        ParticipationLifecycle.history(context),
        context.mustApplySeparately()
            ? List.of(event(id, 1, ParticipationEvent.of(ParticipationEventType.RESTRICTED), decision.decidedOn()))
            : List.of(
                event(id, 1, ParticipationEvent.of(ParticipationEventType.CONFIRMED), decision.decidedOn()),
                event(id, 2, ParticipationEvent.of(ParticipationEventType.ACTIVATED), SeedCase.IN_FORCE)));
  }

  private static <S extends Enum<S> & io.github.frikommune.core.Coded, E extends LifecycleEvent, C> History<S, E, C>
      appendAll(History<S, E, C> history, List<RecordedEvent<E>> events) {
    AppendResult<S, E, C> result = history.appendAll(events);
    if (!result.isAccepted()) {
      throw new AssertionError("seed event refused: " + result.refusals());
    }
    return result.history();
  }
}
