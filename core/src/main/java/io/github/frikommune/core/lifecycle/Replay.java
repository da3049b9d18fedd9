package io.github.frikommune.core.lifecycle;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.Coded;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of folding a sequence of events through a {@link TransitionTable} from its initial
 * state (<i>genafspilning</i>): the accepted steps, the state and context they reach, and the
 * first rejected step if there was one, where the fold stopped.
 *
 * <p>Immutable and thread-safe, provided the context is.
 *
 * @param <S> the lifecycle's state type
 * @param <C> the lifecycle's context type
 */
public final class Replay<S extends Enum<S> & Coded, C> {
  private final S initialState;
  private final ImmutableList<Transition<S>> steps;
  private final C context;
  private final Optional<Transition<S>> rejection;

  Replay(S initialState, ImmutableList<Transition<S>> steps, C context, Optional<Transition<S>> rejection) {
    this.initialState = Objects.requireNonNull(initialState, "initialState");
    this.steps = steps;
    this.context = Objects.requireNonNull(context, "context");
    this.rejection = rejection;
  }

  /**
   * The state reached: after the last accepted step, or the initial state if there is none.
   *
   * @return the state
   */
  public S state() {
    return steps.isEmpty() ? initialState : steps.get(steps.size() - 1).state();
  }

  /**
   * The context reached: the given context as the accepted steps' updates left it, e.g. a
   * trial's end as extended by the extensions replayed.
   *
   * @return the context after the last accepted step
   */
  public C context() {
    return context;
  }

  /**
   * The accepted steps, in order: the path the case took.
   *
   * @return the steps
   */
  public ImmutableList<Transition<S>> steps() {
    return steps;
  }

  /**
   * The first rejected step, where the fold stopped.
   *
   * @return the rejected transition, or empty if every event was accepted
   */
  public Optional<Transition<S>> rejection() {
    return rejection;
  }

  /**
   * Whether every event was accepted.
   *
   * @return true if nothing was rejected
   */
  public boolean isComplete() {
    return rejection.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Replay<?, ?> r
        && initialState.equals(r.initialState)
        && steps.equals(r.steps)
        && context.equals(r.context)
        && rejection.equals(r.rejection);
  }

  @Override
  public int hashCode() {
    return Objects.hash(initialState, steps, context, rejection);
  }

  /** Returns the steps and any rejection, for debugging. */
  @Override
  public String toString() {
    return "Replay" + steps + rejection.map(r -> " stopped at " + r).orElse("");
  }
}
