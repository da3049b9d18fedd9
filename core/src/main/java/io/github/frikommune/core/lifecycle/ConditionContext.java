package io.github.frikommune.core.lifecycle;

import io.github.frikommune.core.decision.Decision;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The facts a condition's (<i>vilkår</i>) guards judge: the day of the decision
 * (<i>afgørelse</i>) that set it.
 *
 * <p>Example: the conditions on Mikrolån were set by the decision of 1 February 2017, so none
 * can be met or waived before that day. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ConditionContext {
  ConditionContext() {}

  /**
   * The day of the decision that set the condition.
   *
   * @return the decision day
   */
  @Value.Parameter
  public abstract LocalDate decidedOn();

  /**
   * Returns the context.
   *
   * @param decidedOn the day of the decision that set the condition
   * @return the context
   */
  public static ConditionContext of(LocalDate decidedOn) {
    return ImmutableConditionContext.of(decidedOn);
  }

  /**
   * The context of the conditions of a decision.
   *
   * @param decision the decision
   * @return the context
   */
  public static ConditionContext from(Decision decision) {
    return of(decision.decidedOn());
  }

  /**
   * A builder, field by field.
   *
   * @return a new builder
   */
  public static ImmutableConditionContext.Builder builder() {
    return new ImmutableConditionContext.Builder();
  }
}
