package io.github.frikommune.core.lifecycle;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.application.Consultation;
import io.github.frikommune.core.application.PoliticalApproval;
import io.github.frikommune.core.calendar.DanishTime;
import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.internal.Checks;
import io.github.frikommune.core.law.Extension;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.programme.ApplicationRound;
import io.github.frikommune.core.programme.Programme;
import io.github.frikommune.core.trial.LegalBasis;
import io.github.frikommune.core.trial.Participation;
import io.github.frikommune.core.trial.ParticipationStatus;
import io.github.frikommune.core.trial.Trial;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Histories derived from a record (<i>sagens akter</i>): the events that the dates of an
 * application, a trial or a participation say took place, appended to the lifecycle's history.
 *
 * <p>A portfolio tool that keeps applications, decisions and trials as values, as the seed
 * documents do, can ask what state each case was in on a day without keeping events of its own.
 * The derivation follows the record and adds nothing it does not say, with two rules for dates
 * the record lacks:
 *
 * <ul>
 *   <li>an application that was submitted was described and approved by then; where the record
 *       gives no day for that, the event takes effect on the latest possible day, the day of the
 *       next dated step;
 *   <li>a consultation without a day (e.g. "at the end of March") is not placed in the history.
 * </ul>
 *
 * <p>Each event is recorded at noon, Danish time, on the day it takes effect (one second apart
 * within a case), as if the record had been kept as things happened, so {@code stateOn(day,
 * knownAt)} is meaningful. Whatever the lifecycle refuses, such as a submission after the
 * deadline, comes back as the refusals of the {@link AppendResult}, with the history up to the
 * refused event.
 */
public final class RecordHistories {
  private RecordHistories() {}

  /**
   * The history of an application from drafting through its decision, if any.
   *
   * @param application the application
   * @param round the round it was submitted to
   * @param decision the decision on it, if there is one
   * @param recordedBy who is recorded as having recorded the events, not blank
   * @return the result of appending the derived events
   * @throws IllegalArgumentException if {@code recordedBy} is blank, or the decision is on
   *     another application
   */
  public static AppendResult<ApplicationState, ApplicationEvent, ApplicationContext> application(
      Application application, ApplicationRound round, Optional<Decision> decision, String recordedBy) {
    Checks.trimmed(recordedBy, "recordedBy");
    decision.ifPresent(
        d ->
            Checks.require(
                d.application().equals(application.id()),
                "decision application must be %s, was %s",
                application.id(),
                d.application()));
    List<Step<ApplicationEvent>> steps = new ArrayList<>();
    Optional<LocalDate> consultationSent =
        application.consultations().stream().flatMap(c -> c.sentOn().stream()).min(Comparator.naturalOrder());
    Optional<LocalDate> consultationAnswered =
        consultationSent.isEmpty()
            ? Optional.empty()
            : application.consultations().stream()
                .map(Consultation::answeredOn)
                .flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
    Optional<LocalDate> approved =
        application.approvals().isEmpty()
            ? Optional.empty()
            : latestOrElse(
                application.approvals().stream().map(PoliticalApproval::approvedOn),
                application.submittedOn());
    Optional<LocalDate> described =
        application.describedOn().or(() -> first(consultationSent, approved, application.submittedOn()));

    described.ifPresent(d -> steps.add(step(ApplicationEventType.DESCRIBED, d)));
    consultationSent.ifPresent(d -> steps.add(step(ApplicationEventType.CONSULTATION_SENT, d)));
    consultationAnswered.ifPresent(d -> steps.add(step(ApplicationEventType.CONSULTATION_ANSWERED, d)));
    approved.or(application::submittedOn).ifPresent(d -> steps.add(step(ApplicationEventType.APPROVED, d)));
    application.submittedOn().ifPresent(d -> steps.add(step(ApplicationEventType.SUBMITTED, d)));
    decision.ifPresent(d -> steps.add(step(outcomeEvent(d), d.decidedOn())));
    return ApplicationLifecycle.history(ApplicationContext.from(application, round))
        .appendAll(recorded(application.id().value(), steps, recordedBy));
  }

  /**
   * The history of a trial as its record dates it: the law adopted, in force, the trial started
   * on its period's first day, and each extension on the day its law was adopted (or the start,
   * if later). A trial's end, evaluation and conclusion are not dated by the record and are not
   * derived. The history starts from {@link TrialContext#beforeExtensions}; once it holds the
   * extensions, its context is {@link TrialContext#from}, the trial's end as extended.
   *
   * @param trial the trial
   * @param programme the programme it belongs to
   * @param recordedBy who is recorded as having recorded the events, not blank
   * @return the result of appending the derived events
   * @throws IllegalArgumentException if {@code recordedBy} is blank
   */
  public static AppendResult<TrialState, TrialEvent, TrialContext> trial(
      Trial trial, Programme programme, String recordedBy) {
    Checks.trimmed(recordedBy, "recordedBy");
    List<Step<TrialEvent>> steps = new ArrayList<>();
    Optional<LegalBasis> first = trial.legalBases().stream().min(Comparator.comparing(LegalBasis::inForceFrom));
    if (first.isPresent()) {
      LegalBasis basis = first.get();
      if (basis.act().adoptedOn().isBefore(basis.inForceFrom())) {
        steps.add(new Step<>(TrialEvent.of(TrialEventType.LEGAL_BASIS_ADOPTED), basis.act().adoptedOn()));
      }
      steps.add(new Step<>(TrialEvent.of(TrialEventType.LEGAL_BASIS_IN_FORCE), basis.inForceFrom()));
      if (trial.period().isPresent()) {
        LocalDate start = latest(basis.inForceFrom(), trial.period().get().startInclusive());
        steps.add(new Step<>(TrialEvent.of(TrialEventType.STARTED), start));
        for (Extension e : trial.extensions()) {
          steps.add(new Step<>(TrialEvent.extended(e.newEnd(), e.by()), latest(start, e.by().date())));
        }
      }
    }
    // The extensions on record are recorded as events, so the history starts from the end as
    // first planned and each extension moves it; afterwards its context is TrialContext.from.
    return TrialLifecycle.history(TrialContext.beforeExtensions(trial, programme))
        .appendAll(recorded("T-" + trial.id().value(), steps, recordedBy));
  }

  /**
   * The history of one municipality's participation in a trial, from the status the trial
   * records for it: confirmed or sent to apply separately by the decision, and the steps that
   * lead to its status since the day recorded (or the decision's day).
   *
   * @param trial the trial
   * @param decision the decision the trial comes from
   * @param municipality the municipality
   * @param recordedBy who is recorded as having recorded the events, not blank
   * @return the result of appending the derived events; an empty history where the trial
   *     records no participation for the municipality, or it still awaits confirmation
   * @throws IllegalArgumentException if {@code recordedBy} is blank
   */
  public static AppendResult<ParticipationStatus, ParticipationEvent, ParticipationContext> participation(
      Trial trial, Decision decision, Municipality municipality, String recordedBy) {
    Checks.trimmed(recordedBy, "recordedBy");
    ParticipationContext context = ParticipationContext.from(decision, municipality, trial.inForceFrom());
    List<Step<ParticipationEvent>> steps = new ArrayList<>();
    Optional<Participation> participation = trial.participationOf(municipality);
    if (participation.isPresent()) {
      ParticipationStatus status = participation.get().status();
      LocalDate decided = decision.decidedOn();
      LocalDate since = participation.get().since().orElse(decided);
      ParticipationEventType opening =
          context.mustApplySeparately() ? ParticipationEventType.RESTRICTED : ParticipationEventType.CONFIRMED;
      switch (status) {
        case PENDING_CONFIRMATION:
          break;
        case CONFIRMED:
        case MUST_APPLY_SEPARATELY:
          steps.add(participationStep(opening, since));
          break;
        case ACTIVE:
          steps.add(participationStep(opening, decided));
          if (context.mustApplySeparately()) {
            steps.add(participationStep(ParticipationEventType.JOIN_REQUESTED, decided));
            steps.add(participationStep(ParticipationEventType.JOIN_GRANTED, decided));
          }
          steps.add(participationStep(ParticipationEventType.ACTIVATED, since));
          break;
        case JOIN_REQUESTED:
        case REFUSED:
          steps.add(participationStep(ParticipationEventType.RESTRICTED, decided));
          steps.add(participationStep(ParticipationEventType.JOIN_REQUESTED, since));
          if (status == ParticipationStatus.REFUSED) {
            steps.add(participationStep(ParticipationEventType.JOIN_REFUSED, since));
          }
          break;
        case WITHDRAWN:
          steps.add(participationStep(ParticipationEventType.WITHDRAWN, since));
          break;
      }
    }
    return ParticipationLifecycle.history(context)
        .appendAll(recorded("P-" + trial.id().value() + "-" + municipality.code(), steps, recordedBy));
  }

  private static Step<ApplicationEvent> step(ApplicationEventType type, LocalDate on) {
    return new Step<>(ApplicationEvent.of(type), on);
  }

  private static Step<ParticipationEvent> participationStep(ParticipationEventType type, LocalDate on) {
    return new Step<>(ParticipationEvent.of(type), on);
  }

  private static ApplicationEventType outcomeEvent(Decision decision) {
    switch (decision.outcome()) {
      case GRANTED:
        return ApplicationEventType.GRANTED;
      case PARTIALLY_GRANTED:
        return ApplicationEventType.PARTIALLY_GRANTED;
      default:
        return ApplicationEventType.REJECTED;
    }
  }

  private static <E extends LifecycleEvent> ImmutableList<RecordedEvent<E>> recorded(
      String caseId, List<Step<E>> steps, String recordedBy) {
    ImmutableList.Builder<RecordedEvent<E>> out = ImmutableList.builder();
    for (int i = 0; i < steps.size(); i++) {
      Step<E> s = steps.get(i);
      Instant at = s.on.atTime(LocalTime.NOON).atZone(DanishTime.ZONE).toInstant().plusSeconds(i + 1L);
      out.add(RecordedEvent.of(EventId.of(caseId + "-e" + (i + 1)), s.event, s.on, at, recordedBy));
    }
    return out.build();
  }

  /** The latest of the known days, or the fallback when none is known. */
  private static Optional<LocalDate> latestOrElse(
      java.util.stream.Stream<Optional<LocalDate>> days, Optional<LocalDate> fallback) {
    List<Optional<LocalDate>> all = days.collect(java.util.stream.Collectors.toList());
    if (all.stream().anyMatch(Optional::isEmpty)) {
      // An undated approval happened on or before the submission: its latest possible day.
      return fallback.or(() -> all.stream().flatMap(Optional::stream).max(Comparator.naturalOrder()));
    }
    return all.stream().flatMap(Optional::stream).max(Comparator.naturalOrder());
  }

  @SafeVarargs
  private static Optional<LocalDate> first(Optional<LocalDate>... days) {
    for (Optional<LocalDate> d : days) {
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static final class Step<E extends LifecycleEvent> {
    final E event;
    final LocalDate on;

    Step(E event, LocalDate on) {
      this.event = Objects.requireNonNull(event);
      this.on = Objects.requireNonNull(on);
    }
  }
}
