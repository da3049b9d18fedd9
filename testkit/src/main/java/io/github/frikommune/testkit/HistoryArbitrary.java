package io.github.frikommune.testkit;

import io.github.frikommune.core.Coded;
import io.github.frikommune.core.lifecycle.History;
import io.github.frikommune.core.lifecycle.LifecycleEvent;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates valid histories (<i>historik</i>) of one lifecycle: every event accepted by the
 * lifecycle's transition table from its initial state, effective days that never go backwards,
 * recorded instants that strictly increase, unique event ids, and now and then a correction that
 * supersedes an earlier event by id.
 *
 * <p>The context the guards judge is taken from a generated domain value, consistent with it:
 * an application's context holds its round's deadline, its participants and their political
 * approvals; a trial's holds the day its legal basis is in force, the programme's end as
 * extended and the trial's planned end; a participation's says whether the decision makes the
 * municipality apply separately; a condition's holds the day of its decision. The first event
 * takes effect on or after the value's first day on record (the decision's day, for a trial).
 *
 * <p>A history is a walk through the table, built from a list of small choices: which
 * transition to take, how many days later, when in the working day it is recorded, whether to
 * correct an earlier event instead. Every choice yields a valid history, so a failing history
 * shrinks to fewer events, on the earliest days the guards allow, taking the table's first
 * transitions; its context stays as generated, since shrinking the whole value it came from
 * would use up jqwik's time for shrinking before the events had their turn:
 *
 * <pre>{@code
 * @Property
 * void submittedByTheDeadline(@ForAll("histories") History<ApplicationState, ApplicationEvent, ApplicationContext> h) {
 *   h.effective().stream()
 *       .filter(e -> e.event().type() == ApplicationEventType.SUBMITTED)
 *       .forEach(e -> assertThat(e.effectiveOn()).isBeforeOrEqualTo(h.context().roundDeadline()));
 * }
 *
 * @Provide
 * Arbitrary<History<ApplicationState, ApplicationEvent, ApplicationContext>> histories() {
 *   return Frikommune.northJutland().applicationHistories().ofMaxEvents(8);
 * }
 * }</pre>
 *
 * <p>Configure with {@link #withoutCorrections()} and {@link #ofMaxEvents(int)}, each of which
 * returns a new arbitrary; {@link #eventSequences()} gives arbitrary sequences for negative
 * tests, and {@link #contexts()} the contexts alone. Immutable and thread-safe.
 *
 * @param <S> the lifecycle's state type
 * @param <E> the lifecycle's event type
 * @param <C> the lifecycle's context type
 */
public final class HistoryArbitrary<S extends Enum<S> & Coded, E extends LifecycleEvent, C>
    extends ArbitraryDecorator<History<S, E, C>> {
  private static final int DEFAULT_MAX_EVENTS = 12;

  private final LifecycleKind<S, E, C> kind;
  private final Arbitrary<LifecycleCase<C>> cases;
  private final int maxEvents;
  private final boolean corrections;

  HistoryArbitrary(LifecycleKind<S, E, C> kind, Arbitrary<LifecycleCase<C>> cases) {
    this(kind, cases, DEFAULT_MAX_EVENTS, true);
  }

  private HistoryArbitrary(
      LifecycleKind<S, E, C> kind, Arbitrary<LifecycleCase<C>> cases, int maxEvents, boolean corrections) {
    if (maxEvents < 0) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "history maxEvents must be ≥ 0, was %d", maxEvents));
    }
    this.kind = kind;
    this.cases = cases;
    this.maxEvents = maxEvents;
    this.corrections = corrections;
  }

  /**
   * A copy whose histories hold no corrections: every recorded event is effective.
   *
   * @return the copy
   */
  public HistoryArbitrary<S, E, C> withoutCorrections() {
    return new HistoryArbitrary<>(kind, cases, maxEvents, false);
  }

  /**
   * A copy whose histories hold at most the given number of recorded events, corrections
   * included (12 unless set).
   *
   * @param max the largest number of recorded events, 0 or more
   * @return the copy
   * @throws IllegalArgumentException if negative
   */
  public HistoryArbitrary<S, E, C> ofMaxEvents(int max) {
    return new HistoryArbitrary<>(kind, cases, max, corrections);
  }

  /**
   * The contexts these histories are generated with, each consistent with a generated domain
   * value.
   *
   * @return the arbitrary
   */
  public Arbitrary<C> contexts() {
    return cases.map(LifecycleCase::context);
  }

  /**
   * Arbitrary event sequences of this lifecycle, for negative tests: any events in any order, on
   * any days, with instants that may not increase, reused ids and corrections of unknown events,
   * up to the same number of events, with contexts generated as for these histories. About half
   * of the events are ones the state reached so far has a transition for, so that sequences get
   * past their first state.
   *
   * @return the arbitrary
   */
  public Arbitrary<EventSequence<S, E, C>> eventSequences() {
    return Histories.any(kind, cases, maxEvents);
  }

  @Override
  protected Arbitrary<History<S, E, C>> arbitrary() {
    return Histories.valid(kind, cases, maxEvents, corrections);
  }

  @Override
  public String toString() {
    return "HistoryArbitrary["
        + kind.table().name()
        + ", events=0.."
        + maxEvents
        + (corrections ? ", with corrections" : ", without corrections")
        + "]";
  }
}
