package io.github.frikommune.core.lifecycle;

import static io.github.frikommune.core.decision.ConditionStatus.MET;
import static io.github.frikommune.core.decision.ConditionStatus.NOT_MET;
import static io.github.frikommune.core.decision.ConditionStatus.PENDING;
import static io.github.frikommune.core.decision.ConditionStatus.WAIVED;

import com.google.common.collect.ImmutableMap;
import io.github.frikommune.core.decision.ConditionStatus;
import java.util.Arrays;

/**
 * The lifecycle of a condition (<i>vilkår</i>) set by a decision, over the states of
 * {@link ConditionStatus}: pending → met, not met or waived.
 *
 * <p>Guard {@value #AFTER_DECISION}: a condition is settled on or after the day of the decision
 * that set it.
 */
public final class ConditionLifecycle {
  /** The name of the guard that the condition is settled after its decision: {@value}. */
  public static final String AFTER_DECISION = "after-decision";

  private static final Guard<ConditionEvent, ConditionContext> AFTER =
      Guard.onContext(
          AFTER_DECISION,
          "on or after the day of the decision that set the condition",
          (on, c) -> !on.isBefore(c.decidedOn()),
          (on, c) -> ImmutableMap.of("on", on.toString(), "decidedOn", c.decidedOn().toString()));

  private static final TransitionTable<ConditionStatus, ConditionEvent, ConditionContext> TABLE =
      TransitionTable.<ConditionStatus, ConditionEvent, ConditionContext>builder(
              "condition",
              "vilkår",
              ConditionStatus.class,
              PENDING,
              Arrays.asList(ConditionEventType.values()))
          .from(PENDING).on(ConditionEventType.MET).when(AFTER).to(MET)
          .from(PENDING).on(ConditionEventType.NOT_MET).when(AFTER).to(NOT_MET)
          .from(PENDING).on(ConditionEventType.WAIVED).when(AFTER).to(WAIVED)
          .build();

  private ConditionLifecycle() {}

  /**
   * The transition table of conditions.
   *
   * @return the table
   */
  public static TransitionTable<ConditionStatus, ConditionEvent, ConditionContext> table() {
    return TABLE;
  }

  /**
   * An empty history of one condition.
   *
   * @param context the facts the guards judge
   * @return the history, in {@link ConditionStatus#PENDING}
   */
  public static History<ConditionStatus, ConditionEvent, ConditionContext> history(
      ConditionContext context) {
    return History.of(TABLE, context);
  }
}
