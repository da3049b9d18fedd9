package io.github.frikommune.core.lifecycle;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.Coded;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a {@link TransitionTable} (<i>overgang</i>): in a state, on an event type, if every
 * guard holds, the case moves to a target state, the follow-ups become due, and an optional
 * {@link ContextUpdate} records the event in the context the next event is judged in.
 *
 * <p>Example: in {@code approved}, on {@code submitted}, if {@code on-or-before-deadline}
 * holds, an application moves to {@code submitted} and a decision is awaited. Immutable and
 * thread-safe.
 *
 * @param <S> the lifecycle's state type
 * @param <E> the lifecycle's event type
 * @param <C> the lifecycle's context type
 */
public final class TransitionRule<S extends Enum<S> & Coded, E extends LifecycleEvent, C> {
  private final S from;
  private final Coded eventType;
  private final ImmutableList<Guard<E, C>> guards;
  private final S to;
  private final ImmutableList<FollowUp> followUps;
  /** The update, or null where the transition records nothing in the context. */
  private final ContextUpdate<E, C> update;

  TransitionRule(
      S from,
      Coded eventType,
      ImmutableList<Guard<E, C>> guards,
      S to,
      ImmutableList<FollowUp> followUps,
      ContextUpdate<E, C> update) {
    this.from = Objects.requireNonNull(from, "from");
    this.eventType = Objects.requireNonNull(eventType, "eventType");
    this.guards = guards;
    this.to = Objects.requireNonNull(to, "to");
    this.followUps = followUps;
    this.update = update;
  }

  /**
   * The state the transition leaves.
   *
   * @return the source state
   */
  public S from() {
    return from;
  }

  /**
   * The event type that fires it.
   *
   * @return the event type
   */
  public Coded eventType() {
    return eventType;
  }

  /**
   * The guards that must all hold, in the order they are judged.
   *
   * @return the guards, possibly empty
   */
  public ImmutableList<Guard<E, C>> guards() {
    return guards;
  }

  /**
   * The state the transition enters.
   *
   * @return the target state
   */
  public S to() {
    return to;
  }

  /**
   * What becomes due or awaited when the transition is taken.
   *
   * @return the follow-ups, possibly empty
   */
  public ImmutableList<FollowUp> followUps() {
    return followUps;
  }

  /**
   * What the transition records in the context, e.g. a trial's new end after an extension.
   *
   * @return the update, or empty where the context stays as it was
   */
  public Optional<ContextUpdate<E, C>> contextUpdate() {
    return Optional.ofNullable(update);
  }

  /** The update, or null: the fast path of {@link TransitionTable#contextAfter}. */
  ContextUpdate<E, C> updateOrNull() {
    return update;
  }

  /** Returns the rule as {@code approved --submitted--> submitted}. */
  @Override
  public String toString() {
    return from.code() + " --" + eventType.code() + "--> " + to.code();
  }
}
