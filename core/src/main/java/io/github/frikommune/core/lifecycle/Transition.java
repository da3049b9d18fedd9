package io.github.frikommune.core.lifecycle;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.Coded;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The result of handling one event in one state (<i>overgang</i>): accepted, with the new state
 * and the follow-ups it implies, or rejected, with the reasons.
 *
 * <p>A rejection is a value, not an exception: its {@linkplain #refusals() refusals} say whether
 * the event is not allowed in the state or which guard failed on which values, and its
 * {@linkplain #state() state} is the state it was refused in. Immutable and thread-safe.
 *
 * @param <S> the lifecycle's state type
 */
public final class Transition<S extends Enum<S> & Coded> {
  private final S from;
  private final Coded eventType;
  private final LocalDate on;
  private final S state;
  private final ImmutableList<FollowUp> followUps;
  private final ImmutableList<Refusal> refusals;

  private Transition(
      S from,
      Coded eventType,
      LocalDate on,
      S state,
      ImmutableList<FollowUp> followUps,
      ImmutableList<Refusal> refusals) {
    this.from = Objects.requireNonNull(from, "from");
    this.eventType = Objects.requireNonNull(eventType, "eventType");
    this.on = Objects.requireNonNull(on, "on");
    this.state = Objects.requireNonNull(state, "state");
    this.followUps = followUps;
    this.refusals = refusals;
  }

  static <S extends Enum<S> & Coded> Transition<S> accepted(
      TransitionRule<S, ?, ?> rule, LocalDate on) {
    return new Transition<>(
        rule.from(), rule.eventType(), on, rule.to(), rule.followUps(), ImmutableList.of());
  }

  static <S extends Enum<S> & Coded> Transition<S> rejected(
      S from, Coded eventType, LocalDate on, ImmutableList<Refusal> refusals) {
    if (refusals.isEmpty()) {
      throw new IllegalArgumentException("transition refusals must not be empty, was []");
    }
    return new Transition<>(from, eventType, on, from, ImmutableList.of(), refusals);
  }

  /**
   * Whether the event was accepted.
   *
   * @return true if accepted
   */
  public boolean isAccepted() {
    return refusals.isEmpty();
  }

  /**
   * Whether the event was rejected.
   *
   * @return true if rejected
   */
  public boolean isRejected() {
    return !refusals.isEmpty();
  }

  /**
   * The state the event was handled in.
   *
   * @return the source state
   */
  public S from() {
    return from;
  }

  /**
   * The type of the event handled.
   *
   * @return the event type
   */
  public Coded eventType() {
    return eventType;
  }

  /**
   * The day the event takes effect.
   *
   * @return the effective day
   */
  public LocalDate on() {
    return on;
  }

  /**
   * The state after the event: the new state if accepted, the unchanged state if rejected.
   *
   * @return the resulting state
   */
  public S state() {
    return state;
  }

  /**
   * What became due or awaited.
   *
   * @return the follow-ups, empty if rejected
   */
  public ImmutableList<FollowUp> followUps() {
    return followUps;
  }

  /**
   * Why the event was rejected.
   *
   * @return the refusals, empty if accepted
   */
  public ImmutableList<Refusal> refusals() {
    return refusals;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Transition<?> t
        && from.equals(t.from)
        && eventType.equals(t.eventType)
        && on.equals(t.on)
        && state.equals(t.state)
        && followUps.equals(t.followUps)
        && refusals.equals(t.refusals);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, eventType, on, state, followUps, refusals);
  }

  /**
   * Returns the transition as {@code approved --submitted@2016-12-01--> submitted}, or with
   * {@code rejected} and the refusals' messages.
   */
  @Override
  public String toString() {
    String arrow = from.code() + " --" + eventType.code() + "@" + on + "--> ";
    return isAccepted()
        ? arrow + state.code()
        : arrow + "rejected " + refusals.stream().map(Refusal::message).toList();
  }
}
