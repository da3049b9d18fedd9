package io.github.frikommune.testkit;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.Coded;
import io.github.frikommune.core.calendar.DanishTime;
import io.github.frikommune.core.lifecycle.AppendResult;
import io.github.frikommune.core.lifecycle.EventId;
import io.github.frikommune.core.lifecycle.History;
import io.github.frikommune.core.lifecycle.LifecycleEvent;
import io.github.frikommune.core.lifecycle.RecordedEvent;
import io.github.frikommune.core.lifecycle.TransitionRule;
import io.github.frikommune.core.lifecycle.TransitionTable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Event sequences of a lifecycle, made from lists of small independent choices.
 *
 * <p>A valid history is a walk through the lifecycle's transition table from its initial state.
 * Each {@link Step} says which of the transitions that leave the current state to try first, how
 * many days after the last effective event it takes effect, how many seconds into the working
 * day it is recorded, whether it instead corrects an earlier event, and a free choice for the
 * event's data. The walk proposes the event through the {@link LifecycleKind} and appends it to
 * a {@link History}; what the history refuses is not kept, and the next transition is tried. So
 * every walk is an accepted history, whatever the choices, and shrinking the list (fewer steps)
 * or a choice (towards the first transition, no gap, 08:00) shrinks the history while keeping it
 * valid.
 */
final class Histories {
  /** Who records events; shrinks towards the first. */
  private static final List<String> RECORDERS =
      List.of("Frikommunesekretariatet", "Jobcenter Aalborg", Values.MINISTRY);

  private static final LocalTime WORKDAY_START = LocalTime.of(8, 0);
  private static final int WORKDAY_SECONDS = 10 * 60 * 60;

  private Histories() {}

  /**
   * One choice of a walk.
   *
   * @param pick which transition from the current state to try first, in the table's order
   * @param gap days after the earliest day allowed
   * @param seconds seconds after 08:00, Danish time, on the day it takes effect
   * @param correction -1 for a new event, otherwise which effective event to correct
   * @param variant a free choice of the event's data and who records it
   */
  record Step(int pick, int gap, int seconds, int correction, int variant) {}

  static Arbitrary<Step> steps(boolean corrections) {
    return Combinators.combine(
            Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(0, 99))),
            Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(0, 7)),
                Tuple.of(3, Arbitraries.integers().between(8, 60)),
                Tuple.of(1, Arbitraries.integers().between(61, 400))),
            Arbitraries.integers().between(0, WORKDAY_SECONDS),
            corrections
                ? Arbitraries.frequencyOf(
                    Tuple.of(7, Arbitraries.just(-1)), Tuple.of(1, Arbitraries.integers().between(0, 99)))
                : Arbitraries.just(-1),
            Arbitraries.integers().between(0, 999))
        .as(Step::new);
  }

  /** Valid histories: walks of up to {@code maxEvents} steps from generated cases. */
  static <S extends Enum<S> & Coded, E extends LifecycleEvent, C> Arbitrary<History<S, E, C>> valid(
      LifecycleKind<S, E, C> kind, Arbitrary<LifecycleCase<C>> cases, int maxEvents, boolean corrections) {
    return Combinators.combine(
            steps(corrections).list().ofMaxSize(maxEvents).withSizeDistribution(RandomDistribution.uniform()),
            fixed(cases))
        .as((steps, start) -> walk(kind, start, steps));
  }

  /** The history a walk leads to. */
  static <S extends Enum<S> & Coded, E extends LifecycleEvent, C> History<S, E, C> walk(
      LifecycleKind<S, E, C> kind, LifecycleCase<C> start, List<Step> steps) {
    History<S, E, C> history = History.of(kind.table(), start.context());
    for (Step step : steps) {
      Optional<History<S, E, C>> next =
          step.correction() >= 0 && !history.effective().isEmpty()
              ? correct(kind, start, history, step)
              : extend(kind, start, history, step);
      if (next.isPresent()) {
        history = next.get();
      }
    }
    return history;
  }

  /** Appends a new event after the last effective one, if any transition from the state takes one. */
  private static <S extends Enum<S> & Coded, E extends LifecycleEvent, C> Optional<History<S, E, C>> extend(
      LifecycleKind<S, E, C> kind, LifecycleCase<C> start, History<S, E, C> history, Step step) {
    ImmutableList<RecordedEvent<E>> effective = history.effective();
    LocalDate lower = effective.isEmpty() ? start.anchor() : effective.get(effective.size() - 1).effectiveOn();
    LifecycleKind.Window window = new LifecycleKind.Window(lower, Optional.empty(), step.gap());
    return firstAccepted(kind, start, history, step, history.state(), window, effective, Optional.empty());
  }

  /**
   * Appends a correction of one effective event: an event that the state before it allows, on a
   * day between its neighbours, such that the corrected history is accepted as a whole.
   */
  private static <S extends Enum<S> & Coded, E extends LifecycleEvent, C> Optional<History<S, E, C>> correct(
      LifecycleKind<S, E, C> kind, LifecycleCase<C> start, History<S, E, C> history, Step step) {
    ImmutableList<RecordedEvent<E>> effective = history.effective();
    int at = step.correction() % effective.size();
    RecordedEvent<E> target = effective.get(at);
    S before = at == 0 ? kind.table().initialState() : history.path().get(at - 1).state();
    LocalDate lower =
        at == 0 ? Dossiers.min(start.anchor(), target.effectiveOn()) : effective.get(at - 1).effectiveOn();
    Optional<LocalDate> upper =
        at + 1 < effective.size() ? Optional.of(effective.get(at + 1).effectiveOn()) : Optional.empty();
    LifecycleKind.Window window = new LifecycleKind.Window(lower, upper, step.gap());
    return firstAccepted(kind, start, history, step, before, window, effective.subList(0, at), Optional.of(target.id()));
  }

  private static <S extends Enum<S> & Coded, E extends LifecycleEvent, C> Optional<History<S, E, C>> firstAccepted(
      LifecycleKind<S, E, C> kind,
      LifecycleCase<C> start,
      History<S, E, C> history,
      Step step,
      S state,
      LifecycleKind.Window window,
      List<RecordedEvent<E>> before,
      Optional<EventId> supersedes) {
    List<TransitionRule<S, E, C>> rules = rulesFrom(kind.table(), state);
    for (int i = 0; i < rules.size(); i++) {
      Coded type = rules.get((step.pick() + i) % rules.size()).eventType();
      for (LifecycleKind.Candidate<E> candidate : kind.candidates(type, window, step.variant(), history.context(), before)) {
        RecordedEvent<E> recorded =
            RecordedEvent.<E>builder()
                .id(EventId.of(start.id() + "-e" + (history.recorded().size() + 1)))
                .event(candidate.event())
                .effectiveOn(candidate.day())
                .recordedAt(recordedAt(history, candidate.day(), step.seconds()))
                .recordedBy(RECORDERS.get(step.variant() % RECORDERS.size()))
                .supersedes(supersedes)
                .build();
        AppendResult<S, E, C> result = history.append(recorded);
        if (result.isAccepted()) {
          return Optional.of(result.history());
        }
      }
    }
    return Optional.empty();
  }

  private static <S extends Enum<S> & Coded, E extends LifecycleEvent, C> List<TransitionRule<S, E, C>> rulesFrom(
      TransitionTable<S, E, C> table, S state) {
    return table.rules().stream().filter(r -> r.from() == state).collect(Collectors.toList());
  }

  /** During the working day the event takes effect, and strictly after the last one recorded. */
  private static Instant recordedAt(History<?, ?, ?> history, LocalDate day, int seconds) {
    Instant proposed = day.atTime(WORKDAY_START).atZone(DanishTime.ZONE).toInstant().plusSeconds(seconds);
    ImmutableList<? extends RecordedEvent<?>> recorded = history.recorded();
    if (recorded.isEmpty()) {
      return proposed;
    }
    Instant next = recorded.get(recorded.size() - 1).recordedAt().plusSeconds(1);
    return proposed.isAfter(next) ? proposed : next;
  }

  // -------------------------------------------------------------------------- any sequences

  /**
   * One event of an arbitrary sequence.
   *
   * @param event any event of the lifecycle
   * @param dayGap days after the event before, negative now and then
   * @param secondsGap seconds after the event before was recorded, not positive now and then
   * @param reuse -1 for a fresh id, otherwise which earlier event's id to use again
   * @param supersedes -1 for none, otherwise which event to supersede, known or not
   * @param guide -1 to keep the event, otherwise which transition from the state of the events
   *     accepted so far to take instead, so that sequences get past their first states
   */
  record AnyStep<E>(E event, int dayGap, int secondsGap, int reuse, int supersedes, int guide) {}

  static <E extends LifecycleEvent> Arbitrary<AnyStep<E>> anySteps(Arbitrary<E> events) {
    return Combinators.combine(
            events,
            Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.integers().between(0, 30)),
                Tuple.of(2, Arbitraries.integers().between(-30, -1)),
                Tuple.of(1, Arbitraries.integers().between(31, 400))),
            Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.integers().between(1, WORKDAY_SECONDS)),
                Tuple.of(1, Arbitraries.integers().between(-3600, 0))),
            Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.just(-1)), Tuple.of(1, Arbitraries.integers().between(0, 50))),
            Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just(-1)), Tuple.of(1, Arbitraries.integers().between(0, 50))),
            Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(-1)), Tuple.of(1, Arbitraries.integers().between(0, 99))))
        .as(AnyStep::new);
  }

  /** Arbitrary sequences: any events in any order, on any days, from generated cases. */
  static <S extends Enum<S> & Coded, E extends LifecycleEvent, C> Arbitrary<EventSequence<S, E, C>> any(
      LifecycleKind<S, E, C> kind, Arbitrary<LifecycleCase<C>> cases, int maxEvents) {
    return Combinators.combine(
            anySteps(kind.anyEvents()).list().ofMaxSize(maxEvents).withSizeDistribution(RandomDistribution.uniform()),
            fixed(cases))
        .as((steps, start) -> sequence(kind, start, steps));
  }

  /**
   * The cases as generated, without shrinking: they come from whole generated dossiers, whose
   * shrinking takes long enough to use up jqwik's time for shrinking before the events had their
   * turn. A failing history keeps its context and shrinks its events.
   */
  private static <C> Arbitrary<LifecycleCase<C>> fixed(Arbitrary<LifecycleCase<C>> cases) {
    return cases.withoutEdgeCases().dontShrink();
  }

  static <S extends Enum<S> & Coded, E extends LifecycleEvent, C> EventSequence<S, E, C> sequence(
      LifecycleKind<S, E, C> kind, LifecycleCase<C> start, List<AnyStep<E>> steps) {
    ImmutableList.Builder<RecordedEvent<E>> events = ImmutableList.builder();
    // Guided steps follow the history as it is actually appended, refusals included.
    History<S, E, C> accepted = History.of(kind.table(), start.context());
    Optional<EventId> lastSuperseded = Optional.empty();
    LocalDate day = start.anchor();
    Instant instant = day.atTime(WORKDAY_START).atZone(DanishTime.ZONE).toInstant();
    for (int i = 0; i < steps.size(); i++) {
      AnyStep<E> step = steps.get(i);
      day = day.plusDays(step.dayGap());
      instant = instant.plusSeconds(step.secondsGap());
      E event = step.event();
      if (step.guide() >= 0) {
        event = guided(kind, accepted, step, day).orElse(event);
      }
      EventId id = EventId.of(start.id() + "-e" + (step.reuse() >= 0 && i > 0 ? step.reuse() % i + 1 : i + 1));
      // Any id up to one past this event's, so that unknown events are named too, and now and
      // then the event the last correction superseded, so that it is corrected twice; an event
      // cannot supersede itself: such a value cannot be built at all.
      int known = i + 2;
      Optional<EventId> again = step.supersedes() % 3 == 0 ? lastSuperseded : Optional.empty();
      Optional<EventId> supersedes =
          Optional.of(step.supersedes())
              .filter(n -> n >= 0)
              .map(n -> again.orElseGet(() -> EventId.of(start.id() + "-e" + (n % known + 1))))
              .filter(s -> !s.equals(id));
      if (step.guide() >= 0 && supersedes.isPresent()) {
        // A guided correction repeats what it corrects, so that the history takes it.
        Optional<RecordedEvent<E>> target =
            accepted.effective().stream().filter(r -> r.id().equals(supersedes.get())).findFirst();
        if (target.isPresent()) {
          event = target.get().event();
          day = target.get().effectiveOn();
        }
      }
      if (supersedes.isPresent()) {
        lastSuperseded = supersedes;
      }
      RecordedEvent<E> recorded =
          RecordedEvent.<E>builder()
              .id(id)
              .event(event)
              .effectiveOn(day)
              .recordedAt(instant)
              .recordedBy(RECORDERS.get(Math.floorMod(step.dayGap(), RECORDERS.size())))
              .supersedes(supersedes)
              .build();
      events.add(recorded);
      accepted = accepted.append(recorded).history();
    }
    return new EventSequence<>(kind.table(), start.context(), events.build());
  }

  private static <S extends Enum<S> & Coded, E extends LifecycleEvent, C> Optional<E> guided(
      LifecycleKind<S, E, C> kind, History<S, E, C> accepted, AnyStep<E> step, LocalDate day) {
    List<TransitionRule<S, E, C>> rules = rulesFrom(kind.table(), accepted.state());
    if (rules.isEmpty()) {
      return Optional.empty();
    }
    Coded type = rules.get(step.guide() % rules.size()).eventType();
    return kind.candidates(type, new LifecycleKind.Window(day, Optional.empty(), 0), step.guide(), accepted.context(), accepted.effective())
        .stream()
        .findFirst()
        .map(LifecycleKind.Candidate::event);
  }
}
