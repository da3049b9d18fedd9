package io.github.frikommune.core.lifecycle;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.Coded;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of appending a recorded event to a {@link History}: accepted, with the longer
 * history and the transition the event caused, or rejected, with the reasons and the history
 * unchanged.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <S> the lifecycle's state type
 * @param <E> the lifecycle's event type
 * @param <C> the lifecycle's context type
 */
public final class AppendResult<S extends Enum<S> & Coded, E extends LifecycleEvent, C> {
  private final History<S, E, C> history;
  /** The transition, or null: kept bare so that an append allocates no Optional. */
  private final Transition<S> transition;
  private final ImmutableList<Refusal> refusals;

  private AppendResult(
      History<S, E, C> history, Transition<S> transition, ImmutableList<Refusal> refusals) {
    this.history = Objects.requireNonNull(history, "history");
    this.transition = transition;
    this.refusals = refusals;
  }

  static <S extends Enum<S> & Coded, E extends LifecycleEvent, C> AppendResult<S, E, C> accepted(
      History<S, E, C> history, Transition<S> transition) {
    return new AppendResult<>(history, Objects.requireNonNull(transition, "transition"), ImmutableList.of());
  }

  static <S extends Enum<S> & Coded, E extends LifecycleEvent, C> AppendResult<S, E, C> unchanged(
      History<S, E, C> history) {
    return new AppendResult<>(history, null, ImmutableList.of());
  }

  static <S extends Enum<S> & Coded, E extends LifecycleEvent, C> AppendResult<S, E, C> rejected(
      History<S, E, C> unchanged, Optional<Transition<S>> transition, ImmutableList<Refusal> refusals) {
    return new AppendResult<>(unchanged, transition.orElse(null), refusals);
  }

  /**
   * Whether the event was appended.
   *
   * @return true if accepted
   */
  public boolean isAccepted() {
    return refusals.isEmpty();
  }

  /**
   * The history after the append: longer if accepted, unchanged if rejected.
   *
   * @return the history
   */
  public History<S, E, C> history() {
    return history;
  }

  /**
   * The transition the event caused, or was refused by; empty when the history's order refused
   * it before the lifecycle was asked.
   *
   * @return the transition, or empty
   */
  public Optional<Transition<S>> transition() {
    return Optional.ofNullable(transition);
  }

  /**
   * Why the event was not appended.
   *
   * @return the refusals, empty if accepted
   */
  public ImmutableList<Refusal> refusals() {
    return refusals;
  }

  /** Returns whether accepted, and the refusals. */
  @Override
  public String toString() {
    return isAccepted() ? "AppendResult[accepted " + transition + "]" : "AppendResult[rejected " + refusals + "]";
  }
}
