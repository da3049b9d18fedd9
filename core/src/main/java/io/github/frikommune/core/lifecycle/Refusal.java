package io.github.frikommune.core.lifecycle;

import com.google.common.collect.ImmutableMap;
import io.github.frikommune.core.Coded;
import io.github.frikommune.core.internal.Checks;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A typed reason why an event was refused (<i>afvisning</i>): not allowed in the current state,
 * a named guard that failed on given values, or a break of the history's order.
 *
 * <p>A refusal is a value, never an exception: a case screen shows it next to a disabled
 * button. Example: submitting an application on 2 December 2016 to round 1 is refused by the
 * guard {@code on-or-before-deadline} with the values {@code submittedOn=2016-12-02} and
 * {@code deadline=2016-12-01}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Refusal {
  Refusal() {}

  /**
   * What kind of refusal this is.
   *
   * @return the kind
   */
  public abstract RefusalKind kind();

  /**
   * The name of the guard that failed, for {@link RefusalKind#GUARD_FAILED}.
   *
   * @return the guard's name, or empty for other kinds
   */
  public abstract Optional<String> guard();

  /**
   * The values the refusal was judged on, by name, in a stable order, e.g.
   * {@code {submittedOn=2016-12-02, deadline=2016-12-01}}.
   *
   * @return the values as text
   */
  public abstract ImmutableMap<String, String> values();

  /**
   * The refusal in English words, naming the rule and the values.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * A builder, for refusals made outside the lifecycle mechanism.
   *
   * @return a new builder
   */
  public static ImmutableRefusal.Builder builder() {
    return new ImmutableRefusal.Builder();
  }

  /**
   * The refusal of an event for which no transition leaves a state.
   *
   * @param state the current state
   * @param eventType the refused event's type
   * @return the refusal
   */
  public static Refusal notAllowedInState(Coded state, Coded eventType) {
    return builder()
        .kind(RefusalKind.NOT_ALLOWED_IN_STATE)
        .values(ImmutableMap.of("state", state.code(), "event", eventType.code()))
        .message("event '" + eventType.code() + "' is not allowed in state '" + state.code() + "'")
        .build();
  }

  /**
   * The refusal by a guard that does not hold.
   *
   * @param guard the guard's name
   * @param description the guard in words
   * @param values the values it was judged on
   * @return the refusal
   */
  public static Refusal guardFailed(
      String guard, String description, ImmutableMap<String, String> values) {
    return builder()
        .kind(RefusalKind.GUARD_FAILED)
        .guard(guard)
        .values(values)
        .message("guard '" + guard + "' failed (" + description + ")" + describe(values))
        .build();
  }

  /**
   * A refusal of another kind, such as a break of the history's order.
   *
   * @param kind the kind
   * @param rule the rule in words
   * @param values the values it was judged on
   * @return the refusal
   */
  public static Refusal of(RefusalKind kind, String rule, ImmutableMap<String, String> values) {
    return builder().kind(kind).values(values).message(rule + describe(values)).build();
  }

  private static String describe(ImmutableMap<String, String> values) {
    return values.isEmpty()
        ? ""
        : values.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(", ", ": ", ""));
  }

  @Value.Check
  void check() {
    Checks.notBlank(message(), "refusal message");
    Checks.require(
        guard().isPresent() == (kind() == RefusalKind.GUARD_FAILED),
        "refusal guard must be given exactly for kind guard-failed, was %s for kind %s",
        guard().orElse("empty"),
        kind().code());
  }
}
