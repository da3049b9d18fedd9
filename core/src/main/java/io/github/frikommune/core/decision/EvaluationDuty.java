package io.github.frikommune.core.decision;

import io.github.frikommune.core.internal.Checks;
import java.util.Optional;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A condition that obliges the municipalities to evaluate the trial (<i>evalueringspligt</i>).
 *
 * <p>The duty says what must be evaluated and how, and may have a due day. It does not narrow
 * the exemption scope. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class EvaluationDuty extends Condition implements WithEvaluationDuty {
  EvaluationDuty() {}

  /**
   * What must be evaluated, and how.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * When the evaluation is due.
   *
   * @return the due day, or empty
   */
  public abstract Optional<LocalDate> due();

  /**
   * A builder, for a condition with text or a status.
   *
   * @return a new builder
   */
  public static ImmutableEvaluationDuty.Builder builder() {
    return new ImmutableEvaluationDuty.Builder();
  }

  /**
   * Returns an evaluation duty.
   *
   * @param description what must be evaluated, not blank
   * @return the condition
   * @throws IllegalArgumentException if the description is blank
   */
  public static EvaluationDuty of(String description) {
    return builder().description(description).build();
  }

  @Override
  public ConditionKind kind() {
    return ConditionKind.EVALUATION_DUTY;
  }

  @Override
  public EvaluationDuty withStatus(ConditionStatus status, LocalDate on) {
    return builder().from(this).status(status).statusDate(on).build();
  }

  @Value.Check
  void check() {
    checkCommon();
    Checks.trimmed(description(), "evaluation duty description");
  }
}
