package io.github.frikommune.testkit;

import io.github.frikommune.core.Coded;
import io.github.frikommune.core.decision.ConditionStatus;
import io.github.frikommune.core.law.LegalAct;
import io.github.frikommune.core.law.LegalActKind;
import io.github.frikommune.core.lifecycle.ApplicationContext;
import io.github.frikommune.core.lifecycle.ApplicationEvent;
import io.github.frikommune.core.lifecycle.ApplicationEventType;
import io.github.frikommune.core.lifecycle.ApplicationLifecycle;
import io.github.frikommune.core.lifecycle.ApplicationState;
import io.github.frikommune.core.lifecycle.ConditionContext;
import io.github.frikommune.core.lifecycle.ConditionEvent;
import io.github.frikommune.core.lifecycle.ConditionEventType;
import io.github.frikommune.core.lifecycle.ConditionLifecycle;
import io.github.frikommune.core.lifecycle.LifecycleEvent;
import io.github.frikommune.core.lifecycle.ParticipationContext;
import io.github.frikommune.core.lifecycle.ParticipationEvent;
import io.github.frikommune.core.lifecycle.ParticipationEventType;
import io.github.frikommune.core.lifecycle.ParticipationLifecycle;
import io.github.frikommune.core.lifecycle.RecordedEvent;
import io.github.frikommune.core.lifecycle.TransitionTable;
import io.github.frikommune.core.lifecycle.TrialContext;
import io.github.frikommune.core.lifecycle.TrialEvent;
import io.github.frikommune.core.lifecycle.TrialEventType;
import io.github.frikommune.core.lifecycle.TrialLifecycle;
import io.github.frikommune.core.lifecycle.TrialState;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.application.PoliticalApproval;
import io.github.frikommune.core.trial.ParticipationStatus;
import io.github.frikommune.core.trial.TrialOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * One of the four lifecycles, seen from a generator: its transition table, and how to make an
 * event of a given type that its guards can accept.
 *
 * <p>A kind only proposes: for an event type and a window of days it offers candidate events,
 * each on a day chosen so that the guards it knows of hold. Whether a candidate is taken is
 * decided by the lifecycle itself, through {@code History.append}, so a guard added to a table
 * later narrows what is generated instead of making invalid histories.
 *
 * @param <S> the state type
 * @param <E> the event type
 * @param <C> the context type
 */
abstract class LifecycleKind<S extends Enum<S> & Coded, E extends LifecycleEvent, C> {
  static final LifecycleKind<ApplicationState, ApplicationEvent, ApplicationContext> APPLICATION =
      new Applications();
  static final LifecycleKind<TrialState, TrialEvent, TrialContext> TRIAL = new Trials();
  static final LifecycleKind<ParticipationStatus, ParticipationEvent, ParticipationContext> PARTICIPATION =
      new Participations();
  static final LifecycleKind<ConditionStatus, ConditionEvent, ConditionContext> CONDITION = new Conditions();

  /** The four kinds, in the order the domain lists the lifecycles. */
  static final List<LifecycleKind<?, ?, ?>> ALL = List.of(APPLICATION, TRIAL, PARTICIPATION, CONDITION);

  private final TransitionTable<S, E, C> table;
  private final Class<S> stateType;
  private final Class<E> eventType;
  private final Class<C> contextType;
  private final List<String> notes;

  private LifecycleKind(
      TransitionTable<S, E, C> table, Class<S> stateType, Class<E> eventType, Class<C> contextType, List<String> notes) {
    this.table = table;
    this.stateType = stateType;
    this.eventType = eventType;
    this.contextType = contextType;
    this.notes = notes;
  }

  TransitionTable<S, E, C> table() {
    return table;
  }

  Class<S> stateType() {
    return stateType;
  }

  Class<E> eventType() {
    return eventType;
  }

  Class<C> contextType() {
    return contextType;
  }

  /**
   * Candidate events of one type, each on a day in the window that the guards known here allow,
   * rotated by {@code variant}; empty where no day in the window can satisfy them.
   *
   * @param type the event type, a constant of the lifecycle's event type enum
   * @param window the days the event may take effect on
   * @param variant a free choice that picks the event's data (a note, an outcome, an end)
   * @param context the facts the guards judge
   * @param before the effective events before the event's place in the history
   */
  abstract List<Candidate<E>> candidates(
      Coded type, Window window, int variant, C context, List<RecordedEvent<E>> before);

  /** Any event of the lifecycle, of any type, with any data a value allows. */
  abstract Arbitrary<E> anyEvents();

  /** A note now and then: empty unless {@code variant} says otherwise. */
  Optional<String> note(int variant) {
    return variant % 5 == 4 ? Optional.of(notes.get((variant / 5) % notes.size())) : Optional.empty();
  }

  Arbitrary<Optional<String>> notes() {
    return Arbitraries.of(notes).optional(0.2);
  }

  /** One proposed event and the day it takes effect. */
  record Candidate<E>(E event, LocalDate day) {}

  /**
   * The days an event may take effect on: from {@code lower} to {@code upper}, if given; the
   * day proposed lies {@code gap} days after the earliest allowed one, or on the latest.
   */
  record Window(LocalDate lower, Optional<LocalDate> upper, int gap) {
    /** The proposed day at or after {@code atLeast} and at or before {@code atMost}, if any fits. */
    Optional<LocalDate> day(Optional<LocalDate> atLeast, Optional<LocalDate> atMost) {
      LocalDate low = atLeast.filter(d -> d.isAfter(lower)).orElse(lower);
      Optional<LocalDate> high = upper;
      if (atMost.isPresent() && (high.isEmpty() || atMost.get().isBefore(high.get()))) {
        high = atMost;
      }
      if (high.isPresent() && low.isAfter(high.get())) {
        return Optional.empty();
      }
      LocalDate day = low.plusDays(gap);
      return Optional.of(high.filter(day::isAfter).orElse(day));
    }

    Optional<LocalDate> day() {
      return day(Optional.empty(), Optional.empty());
    }

    /** As {@link #day(Optional, Optional)}, but {@code atMost} gives way where nothing fits it. */
    Optional<LocalDate> dayPreferably(Optional<LocalDate> atLeast, Optional<LocalDate> atMost) {
      return day(atLeast, atMost).or(() -> day(atLeast, Optional.empty()));
    }
  }

  private static <E> List<Candidate<E>> one(E event, Optional<LocalDate> day) {
    return day.map(d -> List.of(new Candidate<>(event, d))).orElse(List.of());
  }

  private static <T> List<T> rotated(List<T> all, int by) {
    List<T> out = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      out.add(all.get((by + i) % all.size()));
    }
    return out;
  }

  // ------------------------------------------------------------------------------ applications

  private static final class Applications
      extends LifecycleKind<ApplicationState, ApplicationEvent, ApplicationContext> {
    Applications() {
      super(
          ApplicationLifecycle.table(),
          ApplicationState.class,
          ApplicationEvent.class,
          ApplicationContext.class,
          List.of(
              "Behandlet på udvalgets møde.",
              "Rettet efter fejlregistrering.",
              "Regeringen vil afvente evaluering af et lignende forsøg."));
    }

    @Override
    List<Candidate<ApplicationEvent>> candidates(
        Coded type,
        Window window,
        int variant,
        ApplicationContext context,
        List<RecordedEvent<ApplicationEvent>> before) {
      ApplicationEventType t = (ApplicationEventType) type;
      ApplicationEvent event = event(t, note(variant));
      // The local process keeps to the round's deadline where it can, so that the application
      // can still be submitted in time.
      Optional<LocalDate> byDeadline = Optional.of(context.roundDeadline());
      switch (t) {
        case DESCRIBED:
        case CONSULTATION_SENT:
        case CONSULTATION_ANSWERED:
          return one(event, window.dayPreferably(Optional.empty(), byDeadline));
        case APPROVED:
          return approvedOn(context)
              .map(latest -> one(event, window.dayPreferably(latest, byDeadline)))
              .orElse(List.of());
        case SUBMITTED:
          return one(event, window.day(Optional.empty(), Optional.of(context.roundDeadline())));
        default:
          return one(event, window.day());
      }
    }

    /**
     * The first day by which every participant has approved: the latest of each participant's
     * earliest approval (an undated approval counts as given in time); empty if one has none.
     */
    private static Optional<Optional<LocalDate>> approvedOn(ApplicationContext context) {
      Optional<LocalDate> latest = Optional.empty();
      for (Municipality m : context.participants()) {
        Optional<LocalDate> earliest = Optional.empty();
        boolean approved = false;
        boolean undated = false;
        for (PoliticalApproval a : context.approvals()) {
          if (a.municipality().equals(m)) {
            approved = true;
            if (a.approvedOn().isEmpty()) {
              undated = true;
            } else if (earliest.isEmpty() || a.approvedOn().get().isBefore(earliest.get())) {
              earliest = a.approvedOn();
            }
          }
        }
        if (!approved) {
          return Optional.empty();
        }
        if (!undated && earliest.isPresent() && (latest.isEmpty() || earliest.get().isAfter(latest.get()))) {
          latest = earliest;
        }
      }
      return Optional.of(latest);
    }

    private static ApplicationEvent event(ApplicationEventType type, Optional<String> note) {
      return ApplicationEvent.builder().type(type).note(note).build();
    }

    @Override
    Arbitrary<ApplicationEvent> anyEvents() {
      return Combinators.combine(Arbitraries.of(ApplicationEventType.class), notes()).as(Applications::event);
    }
  }

  // ------------------------------------------------------------------------------------ trials

  private static final class Trials extends LifecycleKind<TrialState, TrialEvent, TrialContext> {
    private static final String EXTENDING_LAW = "lov om frikommunenetværk";

    Trials() {
      super(
          TrialLifecycle.table(),
          TrialState.class,
          TrialEvent.class,
          TrialContext.class,
          List.of("Jf. bekendtgørelsens § 1.", "Rettet efter fejlregistrering.", "Evalueringen er sendt til ministeriet."));
    }

    @Override
    List<Candidate<TrialEvent>> candidates(
        Coded type, Window window, int variant, TrialContext context, List<RecordedEvent<TrialEvent>> before) {
      TrialEventType t = (TrialEventType) type;
      Optional<String> note = note(variant);
      Optional<LocalDate> inForce = context.legalBasisInForceFrom();
      switch (t) {
        case LEGAL_BASIS_ADOPTED:
          // Adopted before it comes into force, where the window still allows that.
          return one(plain(t, note), window.dayPreferably(Optional.empty(), inForce));
        case LEGAL_BASIS_IN_FORCE:
          return inForce.isEmpty() ? List.of() : one(plain(t, note), window.day(inForce, Optional.empty()));
        case STARTED:
          return inForce.isEmpty()
              ? List.of()
              : one(plain(t, note), window.day(inForce, Optional.of(context.programmeEnd())));
        case EXTENDED:
          return extension(window, variant, context, before, note);
        case ENDED:
          {
            // On the trial's end as it stands, where the window allows; otherwise when it can.
            LocalDate end = currentEnd(context, before);
            Optional<LocalDate> onEnd = window.day(Optional.of(end), Optional.empty());
            return one(plain(t, note), onEnd.isPresent() ? onEnd : window.day());
          }
        case CONCLUDED:
          {
            Optional<LocalDate> day = window.day();
            List<Candidate<TrialEvent>> out = new ArrayList<>();
            for (TrialOutcome outcome : rotated(List.of(TrialOutcome.values()), variant)) {
              out.addAll(one(TrialEvent.builder().from(TrialEvent.concluded(outcome)).note(note).build(), day));
            }
            return out;
          }
        default:
          return one(plain(t, note), window.day());
      }
    }

    /**
     * An extension by a law adopted on or before the day it takes effect, moving the end past
     * the planned end and past any earlier extension, but not past the programme's end.
     */
    private static List<Candidate<TrialEvent>> extension(
        Window window, int variant, TrialContext context, List<RecordedEvent<TrialEvent>> before, Optional<String> note) {
      LocalDate from = currentEnd(context, before);
      if (!from.isBefore(context.programmeEnd())) {
        return List.of();
      }
      LocalDate newEnd = Dossiers.min(from.plusDays(1 + variant % 365), context.programmeEnd());
      return window.day()
          .map(
              day -> {
                LegalAct law = LegalAct.of(LegalActKind.LAW, 1 + variant % 2000, day.minusDays(variant % 60), EXTENDING_LAW);
                return List.of(
                    new Candidate<TrialEvent>(TrialEvent.builder().from(TrialEvent.extended(newEnd, law)).note(note).build(), day));
              })
          .orElse(List.of());
    }

    /** The planned end, or the last extension's new end if that is later. */
    private static LocalDate currentEnd(TrialContext context, List<RecordedEvent<TrialEvent>> before) {
      LocalDate end = context.plannedEnd();
      for (RecordedEvent<TrialEvent> r : before) {
        Optional<LocalDate> extended = r.event().newEnd();
        if (extended.isPresent() && extended.get().isAfter(end)) {
          end = extended.get();
        }
      }
      return end;
    }

    private static TrialEvent plain(TrialEventType type, Optional<String> note) {
      return TrialEvent.builder().type(type).note(note).build();
    }

    @Override
    Arbitrary<TrialEvent> anyEvents() {
      Arbitrary<TrialEvent> plain =
          Combinators.combine(
                  Arbitraries.of(
                      TrialEventType.LEGAL_BASIS_ADOPTED,
                      TrialEventType.LEGAL_BASIS_IN_FORCE,
                      TrialEventType.STARTED,
                      TrialEventType.ENDED,
                      TrialEventType.EVALUATED),
                  notes())
              .as(Trials::plain);
      Arbitrary<TrialEvent> extended =
          Combinators.combine(Values.dates(), Values.legalActs(), notes())
              .as((end, act, note) -> TrialEvent.builder().from(TrialEvent.extended(end, act)).note(note).build());
      Arbitrary<TrialEvent> concluded =
          Combinators.combine(Arbitraries.of(TrialOutcome.class), notes())
              .as((outcome, note) -> TrialEvent.builder().from(TrialEvent.concluded(outcome)).note(note).build());
      return Arbitraries.frequencyOf(Tuple.of(5, plain), Tuple.of(1, extended), Tuple.of(1, concluded));
    }
  }

  // ---------------------------------------------------------------------------- participations

  private static final class Participations
      extends LifecycleKind<ParticipationStatus, ParticipationEvent, ParticipationContext> {
    Participations() {
      super(
          ParticipationLifecycle.table(),
          ParticipationStatus.class,
          ParticipationEvent.class,
          ParticipationContext.class,
          List.of("Bekræftet af ministeriet.", "Rettet efter fejlregistrering.", "Kommunen har trukket sig."));
    }

    @Override
    List<Candidate<ParticipationEvent>> candidates(
        Coded type,
        Window window,
        int variant,
        ParticipationContext context,
        List<RecordedEvent<ParticipationEvent>> before) {
      ParticipationEventType t = (ParticipationEventType) type;
      ParticipationEvent event = event(t, note(variant));
      if (t == ParticipationEventType.ACTIVATED) {
        return context.trialInForceFrom().isEmpty()
            ? List.of()
            : one(event, window.day(context.trialInForceFrom(), Optional.empty()));
      }
      return one(event, window.day());
    }

    private static ParticipationEvent event(ParticipationEventType type, Optional<String> note) {
      return ParticipationEvent.builder().type(type).note(note).build();
    }

    @Override
    Arbitrary<ParticipationEvent> anyEvents() {
      return Combinators.combine(Arbitraries.of(ParticipationEventType.class), notes()).as(Participations::event);
    }
  }

  // -------------------------------------------------------------------------------- conditions

  private static final class Conditions extends LifecycleKind<ConditionStatus, ConditionEvent, ConditionContext> {
    Conditions() {
      super(
          ConditionLifecycle.table(),
          ConditionStatus.class,
          ConditionEvent.class,
          ConditionContext.class,
          List.of("Evalueringsdesignet er godkendt.", "Rettet efter fejlregistrering.", "Frafaldet af ministeriet."));
    }

    @Override
    List<Candidate<ConditionEvent>> candidates(
        Coded type, Window window, int variant, ConditionContext context, List<RecordedEvent<ConditionEvent>> before) {
      return one(event((ConditionEventType) type, note(variant)), window.day(Optional.of(context.decidedOn()), Optional.empty()));
    }

    private static ConditionEvent event(ConditionEventType type, Optional<String> note) {
      return ConditionEvent.builder().type(type).note(note).build();
    }

    @Override
    Arbitrary<ConditionEvent> anyEvents() {
      return Combinators.combine(Arbitraries.of(ConditionEventType.class), notes()).as(Conditions::event);
    }
  }
}
