package io.github.frikommune.core.lifecycle;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.frikommune.core.Coded;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The append-only, bitemporal history of one case in one lifecycle (<i>historik</i>): every
 * recorded event, corrections included, with the state it leads to.
 *
 * <p>Each event has a day it takes legal effect and an instant it was recorded. The history
 * answers "what was true on a day" ({@link #stateOn(LocalDate)}) and "what did the record say
 * on that day, as known at an instant" ({@link #stateOn(LocalDate, Instant)}). A correction
 * supersedes an earlier event by id: the earlier event stays, and answers as known before the
 * correction still show it. Example: a decision recorded on 1 February 2017 as rejected and
 * corrected on 8 February to partially granted reads as rejected when known at 3 February, and
 * as partially granted when known at 9 February.
 *
 * <p>Appending (business rule 11) refuses an event whose effective day comes before the
 * effective day of the event before it, whose recorded instant is not strictly after the last
 * one, whose id is already used, or that supersedes an unknown or already superseded event. It
 * also refuses an event the lifecycle rejects; for a correction, the corrected sequence is
 * replayed and must be accepted as a whole. So every history is an accepted history, and
 * {@link #replay()} rebuilds its state with the same function that handled it live.
 *
 * <p>The history starts from a context, the facts the guards judge. Most of them are dated and
 * fixed (deadlines, approvals, in-force days), so guards compare them with each event's
 * effective day. A transition may record its event in the context through a
 * {@link ContextUpdate}: an extension moves a trial's end as extended, and the next extension
 * must move it further. The history folds the context with the state, with the same function
 * live and in replay; {@link #context()} is the context as the effective events left it, and
 * {@link #contextOn(LocalDate)} the context on a day, so an end before and after an extension
 * both stay visible. Immutable and thread-safe.
 *
 * @param <S> the lifecycle's state type
 * @param <E> the lifecycle's event type
 * @param <C> the lifecycle's context type
 */
public final class History<S extends Enum<S> & Coded, E extends LifecycleEvent, C> {
  private final TransitionTable<S, E, C> table;
  private final C initialContext;
  /** The context after the effective events, the one the next event is judged in. */
  private final C context;
  private final AppendOnlySequence<RecordedEvent<E>> recorded;
  private final AppendOnlySequence<Transition<S>> path;
  /** Whether a recorded event is a correction; if not, the effective events are the recorded. */
  private final boolean hasCorrections;

  private History(
      TransitionTable<S, E, C> table,
      C initialContext,
      C context,
      AppendOnlySequence<RecordedEvent<E>> recorded,
      AppendOnlySequence<Transition<S>> path,
      boolean hasCorrections) {
    this.table = table;
    this.initialContext = initialContext;
    this.context = context;
    this.recorded = recorded;
    this.path = path;
    this.hasCorrections = hasCorrections;
  }

  /**
   * Returns an empty history, its case in the table's initial state.
   *
   * @param <S> the state type
   * @param <E> the event type
   * @param <C> the context type
   * @param table the lifecycle's transition table
   * @param context the facts the guards judge before the first event
   * @return the empty history
   */
  public static <S extends Enum<S> & Coded, E extends LifecycleEvent, C> History<S, E, C> of(
      TransitionTable<S, E, C> table, C context) {
    return new History<>(
        Objects.requireNonNull(table, "table"),
        Objects.requireNonNull(context, "context"),
        context,
        AppendOnlySequence.empty(),
        AppendOnlySequence.empty(),
        false);
  }

  /**
   * Appends a recorded event, if the history's order and the lifecycle accept it.
   *
   * @param event the recorded event
   * @return the result: the longer history and the transition, or the refusals and this history
   * @throws NullPointerException if {@code event} is null
   */
  public AppendResult<S, E, C> append(RecordedEvent<E> event) {
    Objects.requireNonNull(event, "event");
    if (!hasCorrections && !event.isCorrection() && inOrder(event)) {
      // The common case, a new event at the end of an uncorrected history: the effective
      // events are the recorded ones, so only the last event and the ids need checking.
      return appendAtEnd(event);
    }
    ImmutableList<Refusal> orderRefusals = orderRefusals(event);
    if (!orderRefusals.isEmpty()) {
      return AppendResult.rejected(this, Optional.empty(), orderRefusals);
    }
    if (!event.isCorrection()) {
      return appendAtEnd(event);
    }
    // A correction changes the past: the corrected sequence must be accepted as a whole.
    ImmutableList<RecordedEvent<E>> longer =
        ImmutableList.<RecordedEvent<E>>builderWithExpectedSize(recorded.size() + 1)
            .addAll(recorded())
            .add(event)
            .build();
    ImmutableList<RecordedEvent<E>> corrected = effective(longer);
    Replay<S, C> replay = table.replay(corrected, initialContext);
    if (!replay.isComplete()) {
      Transition<S> rejection = replay.rejection().orElseThrow();
      return AppendResult.rejected(this, Optional.of(rejection), rejection.refusals());
    }
    Transition<S> step = replay.steps().get(corrected.indexOf(event));
    return AppendResult.accepted(
        new History<>(
            table,
            initialContext,
            replay.context(),
            recorded.append(event),
            AppendOnlySequence.of(replay.steps()),
            true),
        step);
  }

  /** Appends an event that the history's order accepts and that corrects nothing. */
  private AppendResult<S, E, C> appendAtEnd(RecordedEvent<E> event) {
    Transition<S> step = table.permit(state(), event.event(), event.effectiveOn(), context);
    if (step.isRejected()) {
      return AppendResult.rejected(this, Optional.of(step), step.refusals());
    }
    return AppendResult.accepted(
        new History<>(
            table,
            initialContext,
            table.contextAfter(step, event.event(), context),
            recorded.append(event),
            path.append(step),
            hasCorrections),
        step);
  }

  /**
   * Whether an event that corrects nothing, appended to a history without corrections, is in
   * order: {@link #orderRefusals} would find nothing.
   */
  private boolean inOrder(RecordedEvent<E> event) {
    return inOrder(List.of(), event);
  }

  /**
   * Whether an event that corrects nothing is in order after this history, without corrections,
   * and then the events of a run not yet appended to it.
   */
  private boolean inOrder(List<RecordedEvent<E>> run, RecordedEvent<E> event) {
    int size = recorded.size();
    RecordedEvent<E> last = !run.isEmpty() ? run.get(run.size() - 1) : size == 0 ? null : recorded.get(size - 1);
    if (last == null) {
      return true;
    }
    if (!event.recordedAt().isAfter(last.recordedAt())
        || event.effectiveOn().isBefore(last.effectiveOn())) {
      return false;
    }
    EventId id = event.id();
    for (int i = 0; i < size; i++) {
      if (recorded.get(i).id().equals(id)) {
        return false;
      }
    }
    for (int i = 0; i < run.size(); i++) {
      if (run.get(i).id().equals(id)) {
        return false;
      }
    }
    return true;
  }

  /** This history with a run of accepted events and their transitions appended as one version. */
  private History<S, E, C> withRun(List<RecordedEvent<E>> run, List<Transition<S>> steps, C contextAfter) {
    if (run.isEmpty()) {
      return this;
    }
    return new History<>(
        table, initialContext, contextAfter, recorded.appendAll(run), path.appendAll(steps), hasCorrections);
  }

  /**
   * Appends recorded events in order, stopping at the first one refused: the way to load a case
   * file that was kept elsewhere.
   *
   * @param events the recorded events, oldest first
   * @return the result of the last append: accepted with the history holding every event, or
   *     rejected with the first refused event's reasons and the history up to the event before it
   * @throws NullPointerException if {@code events} or one of them is null
   */
  public AppendResult<S, E, C> appendAll(Iterable<RecordedEvent<E>> events) {
    Objects.requireNonNull(events, "events");
    // The same steps as appending one event at a time. While events come in order and correct
    // nothing, they are judged in a run whose history is made once, at its end, instead of one
    // history and one result per event.
    AppendResult<S, E, C> result = null;
    History<S, E, C> current = this;
    int expected = events instanceof Collection ? ((Collection<?>) events).size() : 8;
    List<RecordedEvent<E>> run = new ArrayList<>(expected);
    List<Transition<S>> steps = new ArrayList<>(expected);
    S state = state();
    C runContext = context;
    for (RecordedEvent<E> event : events) {
      Objects.requireNonNull(event, "event");
      if (!current.hasCorrections && !event.isCorrection() && current.inOrder(run, event)) {
        Transition<S> step = table.permit(state, event.event(), event.effectiveOn(), runContext);
        if (step.isRejected()) {
          return AppendResult.rejected(current.withRun(run, steps, runContext), Optional.of(step), step.refusals());
        }
        runContext = table.contextAfter(step, event.event(), runContext);
        state = step.state();
        run.add(event);
        steps.add(step);
        continue;
      }
      current = current.withRun(run, steps, runContext);
      run.clear();
      steps.clear();
      result = current.append(event);
      if (!result.isAccepted()) {
        return result;
      }
      current = result.history();
      state = current.state();
      runContext = current.context;
    }
    if (!run.isEmpty()) {
      Transition<S> last = steps.get(steps.size() - 1);
      return AppendResult.accepted(current.withRun(run, steps, runContext), last);
    }
    return result == null ? AppendResult.unchanged(this) : result;
  }

  private ImmutableList<Refusal> orderRefusals(RecordedEvent<E> event) {
    ImmutableList<RecordedEvent<E>> recorded = recorded();
    ImmutableList.Builder<Refusal> refusals = ImmutableList.builder();
    if (recorded.stream().anyMatch(r -> r.id().equals(event.id()))) {
      refusals.add(
          Refusal.of(
              RefusalKind.DUPLICATE_EVENT_ID,
              "event id must be unique in the history",
              ImmutableMap.of("id", event.id().value())));
    }
    if (!recorded.isEmpty()) {
      Instant last = recorded.get(recorded.size() - 1).recordedAt();
      if (!event.recordedAt().isAfter(last)) {
        refusals.add(
            Refusal.of(
                RefusalKind.RECORDED_AT_NOT_INCREASING,
                "recordedAt must be after the last recorded event's",
                ImmutableMap.of(
                    "recordedAt", event.recordedAt().toString(), "lastRecordedAt", last.toString())));
      }
    }
    List<RecordedEvent<E>> sequence = new ArrayList<>(effective(recorded));
    int at = sequence.size();
    if (event.supersedes().isPresent()) {
      EventId target = event.supersedes().get();
      if (recorded.stream().noneMatch(r -> r.id().equals(target))) {
        refusals.add(
            Refusal.of(
                RefusalKind.SUPERSEDES_UNKNOWN_EVENT,
                "a correction must supersede an event in the history",
                ImmutableMap.of("supersedes", target.value())));
        return refusals.build();
      }
      Optional<RecordedEvent<E>> by =
          recorded.stream().filter(r -> r.supersedes().equals(Optional.of(target))).findFirst();
      if (by.isPresent()) {
        refusals.add(
            Refusal.of(
                RefusalKind.SUPERSEDES_SUPERSEDED_EVENT,
                "a correction must supersede an event not already superseded",
                ImmutableMap.of("supersedes", target.value(), "supersededBy", by.get().id().value())));
        return refusals.build();
      }
      at = indexOf(sequence, target);
      sequence.remove(at);
    }
    if (at > 0 && event.effectiveOn().isBefore(sequence.get(at - 1).effectiveOn())) {
      refusals.add(backwards(event, sequence.get(at - 1)));
    }
    if (at < sequence.size() && event.effectiveOn().isAfter(sequence.get(at).effectiveOn())) {
      refusals.add(backwards(sequence.get(at), event));
    }
    return refusals.build();
  }

  private static <E extends LifecycleEvent> Refusal backwards(
      RecordedEvent<E> later, RecordedEvent<E> earlier) {
    return Refusal.of(
        RefusalKind.EFFECTIVE_DATE_BACKWARDS,
        "effectiveOn must not be before the effective day of the event before it",
        ImmutableMap.of(
            "event", later.id().value(),
            "effectiveOn", later.effectiveOn().toString(),
            "eventBefore", earlier.id().value(),
            "effectiveOnBefore", earlier.effectiveOn().toString()));
  }

  private static <E extends LifecycleEvent> int indexOf(List<RecordedEvent<E>> sequence, EventId id) {
    for (int i = 0; i < sequence.size(); i++) {
      if (sequence.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalStateException("event " + id + " is not in the effective sequence");
  }

  /** The effective sequence: each correction replaces, in place, the event it supersedes. */
  private static <E extends LifecycleEvent> ImmutableList<RecordedEvent<E>> effective(
      List<RecordedEvent<E>> recorded) {
    List<RecordedEvent<E>> sequence = new ArrayList<>();
    for (RecordedEvent<E> event : recorded) {
      if (event.supersedes().isPresent()) {
        sequence.set(indexOf(sequence, event.supersedes().get()), event);
      } else {
        sequence.add(event);
      }
    }
    return ImmutableList.copyOf(sequence);
  }

  /**
   * The lifecycle's transition table.
   *
   * @return the table
   */
  public TransitionTable<S, E, C> table() {
    return table;
  }

  /**
   * The facts the next event is judged in: the initial context as the effective events'
   * transitions updated it, e.g. a trial's end as extended.
   *
   * @return the current context; the initial context where no transition updates it
   */
  public C context() {
    return context;
  }

  /**
   * The facts the guards judged before the first event, as the history was started.
   *
   * @return the initial context
   */
  public C initialContext() {
    return initialContext;
  }

  /**
   * Every recorded event, corrections and superseded events included, in the order recorded.
   *
   * @return the recorded events
   */
  public ImmutableList<RecordedEvent<E>> recorded() {
    return recorded.asList();
  }

  /**
   * The events in force as known now: each correction in place of the event it supersedes, in
   * the order they take effect.
   *
   * @return the effective events
   */
  public ImmutableList<RecordedEvent<E>> effective() {
    return hasCorrections ? effective(recorded()) : recorded();
  }

  /**
   * The events in force as the record stood at an instant.
   *
   * @param knownAt the instant; events recorded after it are left out
   * @return the effective events as known then
   */
  public ImmutableList<RecordedEvent<E>> effectiveAsKnownAt(Instant knownAt) {
    Objects.requireNonNull(knownAt, "knownAt");
    return effective(recorded().stream().filter(r -> !r.recordedAt().isAfter(knownAt)).toList());
  }

  /**
   * The path the case took, as known now: the accepted transitions, in order.
   *
   * @return the transitions
   */
  public ImmutableList<Transition<S>> path() {
    return path.asList();
  }

  /**
   * The current state, as handled live.
   *
   * @return the state after the last effective event, or the initial state
   */
  public S state() {
    return path.size() == 0 ? table.initialState() : path.get(path.size() - 1).state();
  }

  /**
   * Rebuilds the state from the effective events with the lifecycle's transition function, the
   * same function that handled them live.
   *
   * @return the replay; always complete, since only accepted events are appended
   */
  public Replay<S, C> replay() {
    return table.replay(effective(), initialContext);
  }

  /**
   * What was true on a day, as known now.
   *
   * @param date the day
   * @return the state after the events that took effect on or before {@code date}
   */
  public S stateOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return stateOf(effective(), date);
  }

  /**
   * What the record said was true on a day, as it stood at an instant.
   *
   * @param date the day
   * @param knownAt the instant; events recorded after it, corrections included, are ignored
   * @return the state after the events recorded by {@code knownAt} that took effect on or
   *     before {@code date}
   */
  public S stateOn(LocalDate date, Instant knownAt) {
    Objects.requireNonNull(date, "date");
    return stateOf(effectiveAsKnownAt(knownAt), date);
  }

  /**
   * The facts as they stood on a day, as known now: e.g. a trial's end as extended by the
   * extensions that had taken effect by then.
   *
   * @param date the day
   * @return the context after the events that took effect on or before {@code date}
   */
  public C contextOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return replayUntil(effective(), date).context();
  }

  /**
   * The facts as the record said they stood on a day, as it stood at an instant.
   *
   * @param date the day
   * @param knownAt the instant; events recorded after it, corrections included, are ignored
   * @return the context after the events recorded by {@code knownAt} that took effect on or
   *     before {@code date}
   */
  public C contextOn(LocalDate date, Instant knownAt) {
    Objects.requireNonNull(date, "date");
    return replayUntil(effectiveAsKnownAt(knownAt), date).context();
  }

  private S stateOf(ImmutableList<RecordedEvent<E>> sequence, LocalDate date) {
    return replayUntil(sequence, date).state();
  }

  private Replay<S, C> replayUntil(ImmutableList<RecordedEvent<E>> sequence, LocalDate date) {
    return table.replay(sequence.stream().filter(r -> !r.effectiveOn().isAfter(date)).toList(), initialContext);
  }

  /** Returns the lifecycle's name, the state and the number of recorded events. */
  @Override
  public String toString() {
    return "History[" + table.name() + ", " + state().code() + ", " + recorded.size() + " recorded]";
  }
}
