package io.github.frikommune.testkit;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.Coded;
import io.github.frikommune.core.lifecycle.AppendResult;
import io.github.frikommune.core.lifecycle.History;
import io.github.frikommune.core.lifecycle.LifecycleEvent;
import io.github.frikommune.core.lifecycle.RecordedEvent;
import io.github.frikommune.core.lifecycle.TransitionTable;
import java.util.Objects;

/**
 * A sequence of recorded events for one case of a lifecycle that need not make sense
 * (<i>vilkårlig hændelsesfølge</i>), for negative tests: any events in any order, on any days,
 * recorded at instants that may repeat or go back, with reused ids and corrections of events
 * that may not exist.
 *
 * <p>A {@link History} holds only what its lifecycle accepts, so a sequence keeps the events
 * next to the table and the context they are to be judged by, and lets a test append them:
 *
 * <pre>{@code
 * @Property
 * void refusalsAreValues(@ForAll("sequences") EventSequence<TrialState, TrialEvent, TrialContext> s) {
 *   for (AppendResult<TrialState, TrialEvent, TrialContext> r : s.appendEach()) {
 *     assertThat(r.isAccepted()).isEqualTo(r.refusals().isEmpty());
 *   }
 * }
 *
 * @Provide
 * Arbitrary<EventSequence<TrialState, TrialEvent, TrialContext>> sequences() {
 *   return Frikommune.trialHistories().eventSequences();
 * }
 * }</pre>
 *
 * <p>The context is generated as for valid histories, from a consistent domain value. Immutable
 * and thread-safe.
 *
 * @param <S> the lifecycle's state type
 * @param <E> the lifecycle's event type
 * @param <C> the lifecycle's context type
 */
public final class EventSequence<S extends Enum<S> & Coded, E extends LifecycleEvent, C> {
  private final TransitionTable<S, E, C> table;
  private final C context;
  private final ImmutableList<RecordedEvent<E>> events;

  EventSequence(TransitionTable<S, E, C> table, C context, ImmutableList<RecordedEvent<E>> events) {
    this.table = Objects.requireNonNull(table, "table");
    this.context = Objects.requireNonNull(context, "context");
    this.events = Objects.requireNonNull(events, "events");
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
   * The facts the guards judge.
   *
   * @return the context
   */
  public C context() {
    return context;
  }

  /**
   * The recorded events, in the order they are to be appended.
   *
   * @return the events, possibly empty
   */
  public ImmutableList<RecordedEvent<E>> events() {
    return events;
  }

  /**
   * The empty history the events are appended to.
   *
   * @return a history of the table with the context, in the table's initial state
   */
  public History<S, E, C> emptyHistory() {
    return History.of(table, context);
  }

  /**
   * Appends the events in one go, as a case file kept elsewhere is loaded: stops at the first
   * refused event.
   *
   * @return the result of {@link History#appendAll} on the empty history
   */
  public AppendResult<S, E, C> appendAll() {
    return emptyHistory().appendAll(events);
  }

  /**
   * Appends each event in turn to the history of the events accepted before it, as a case
   * system records events one by one and shows a refusal for each it turns down.
   *
   * @return one result per event, in order; the last accepted result holds the history of all
   *     accepted events
   */
  public ImmutableList<AppendResult<S, E, C>> appendEach() {
    ImmutableList.Builder<AppendResult<S, E, C>> results = ImmutableList.builderWithExpectedSize(events.size());
    History<S, E, C> history = emptyHistory();
    for (RecordedEvent<E> event : events) {
      AppendResult<S, E, C> result = history.append(event);
      results.add(result);
      history = result.history();
    }
    return results.build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EventSequence<?, ?, ?> s
        && table.equals(s.table)
        && context.equals(s.context)
        && events.equals(s.events);
  }

  @Override
  public int hashCode() {
    return Objects.hash(table.name(), context, events);
  }

  /** Returns the lifecycle's name, the context and the events, one line each. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("EventSequence[").append(table.name()).append(", ").append(context);
    for (RecordedEvent<E> event : events) {
      out.append("\n  ").append(LifecycleReportingFormat.line(event));
    }
    return out.append(events.isEmpty() ? "]" : "\n]").toString();
  }
}
