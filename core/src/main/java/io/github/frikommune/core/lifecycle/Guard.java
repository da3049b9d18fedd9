package io.github.frikommune.core.lifecycle;

import com.google.common.collect.ImmutableMap;
import io.github.frikommune.core.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * A named, pure condition a transition needs (<i>betingelse for overgang</i>), such as
 * "submitted on or before the round's deadline".
 *
 * <p>A guard judges only what it is given: the event, the day it takes effect, and the
 * lifecycle's context value (deadlines, approvals, in-force dates). It never reads a clock, a
 * database or any other state, so the same inputs always give the same answer, live and in
 * replay. When it fails, it names the values it judged, and the refusal carries them. A guard
 * that needs only the day and the context can also be judged before an event exists, to say
 * what can happen now; a guard that reads the event's data is judged when the event fires.
 *
 * <p>Immutable and thread-safe, provided the functions given are pure.
 *
 * @param <E> the lifecycle's event type
 * @param <C> the lifecycle's context type
 */
public final class Guard<E, C> {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /**
   * Whether a guard holds for an event.
   *
   * @param <E> the event type
   * @param <C> the context type
   */
  @FunctionalInterface
  public interface Test<E, C> {
    /**
     * Judges the event.
     *
     * @param event the event
     * @param on the day the event takes effect
     * @param context the lifecycle's context
     * @return true if the guard holds
     */
    boolean holds(E event, LocalDate on, C context);
  }

  /**
   * The values a guard judged, for the refusal when it fails.
   *
   * @param <E> the event type
   * @param <C> the context type
   */
  @FunctionalInterface
  public interface Values<E, C> {
    /**
     * Names the values judged.
     *
     * @param event the event
     * @param on the day the event takes effect
     * @param context the lifecycle's context
     * @return the values by name, as text, in a stable order
     */
    ImmutableMap<String, String> of(E event, LocalDate on, C context);
  }

  private final String name;
  private final String description;
  private final boolean readsEvent;
  private final Test<E, C> test;
  private final Values<E, C> values;

  private Guard(
      String name, String description, boolean readsEvent, Test<E, C> test, Values<E, C> values) {
    this.name = Checks.matches(name, NAME, "lower-case words joined by '-'", "guard name");
    this.description = Checks.trimmed(description, "guard description");
    this.readsEvent = readsEvent;
    this.test = Objects.requireNonNull(test, "test");
    this.values = Objects.requireNonNull(values, "values");
  }

  /**
   * Returns a guard on the day and the context only, which can be judged before the event
   * exists.
   *
   * @param <E> the event type
   * @param <C> the context type
   * @param name the guard's name, lower-case words joined by '-', e.g.
   *     {@code on-or-before-deadline}
   * @param description the guard in words, for diagrams and refusals, e.g.
   *     {@code submitted on or before the round's deadline}
   * @param test whether the guard holds on a day, given the context; must be pure
   * @param values the values judged, for the refusal; must be pure
   * @return the guard
   * @throws IllegalArgumentException if the name or description is malformed
   */
  public static <E, C> Guard<E, C> onContext(
      String name,
      String description,
      BiPredicate<LocalDate, C> test,
      BiFunction<LocalDate, C, ImmutableMap<String, String>> values) {
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(values, "values");
    return new Guard<>(
        name,
        description,
        false,
        (event, on, context) -> test.test(on, context),
        (event, on, context) -> values.apply(on, context));
  }

  /**
   * Returns a guard that reads the event's data, judged when the event fires.
   *
   * @param <E> the event type
   * @param <C> the context type
   * @param name the guard's name, lower-case words joined by '-', e.g. {@code moves-end-forward}
   * @param description the guard in words, for diagrams and refusals
   * @param test whether the guard holds; must be pure
   * @param values the values judged, for the refusal; must be pure
   * @return the guard
   * @throws IllegalArgumentException if the name or description is malformed
   */
  public static <E, C> Guard<E, C> onEvent(
      String name, String description, Test<E, C> test, Values<E, C> values) {
    return new Guard<>(name, description, true, test, values);
  }

  /**
   * The guard's name, stable and lower-case; refusals carry it.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The guard in words, as a legal reviewer reads it in the transition table.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Whether the guard reads the event's data, and so can only be judged when the event fires.
   *
   * @return true for guards made by {@link #onEvent}
   */
  public boolean readsEvent() {
    return readsEvent;
  }

  /**
   * Judges an event.
   *
   * @param event the event
   * @param on the day the event takes effect
   * @param context the lifecycle's context
   * @return empty if the guard holds, otherwise the refusal naming the guard and its values
   */
  public Optional<Refusal> check(E event, LocalDate on, C context) {
    Objects.requireNonNull(event, "event");
    return judge(event, on, context);
  }

  /**
   * Whether the guard holds, without building a refusal: the fast path of
   * {@link TransitionTable#permit}.
   */
  boolean holds(E event, LocalDate on, C context) {
    return test.holds(event, on, context);
  }

  /**
   * Judges a guard that does not read the event, before any event exists.
   *
   * @param on the day the event would take effect
   * @param context the lifecycle's context
   * @return empty if the guard holds, otherwise the refusal
   * @throws IllegalStateException if the guard reads the event
   */
  Optional<Refusal> checkWithoutEvent(LocalDate on, C context) {
    if (readsEvent) {
      throw new IllegalStateException("guard " + name + " reads the event");
    }
    return judge(null, on, context);
  }

  private Optional<Refusal> judge(E event, LocalDate on, C context) {
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(context, "context");
    return test.holds(event, on, context)
        ? Optional.empty()
        : Optional.of(Refusal.guardFailed(name, description, values.of(event, on, context)));
  }

  /** Returns the guard's name. */
  @Override
  public String toString() {
    return name;
  }
}
