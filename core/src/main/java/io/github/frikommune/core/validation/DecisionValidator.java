package io.github.frikommune.core.validation;

import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.portfolio.Portfolio;

/**
 * Validates (<i>validering</i>) a decision (<i>afgørelse</i>) against the application it
 * concerns: rules 6 to 8 (a decision follows a submission, outcome and conditions
 * (<i>vilkår</i>) match, conditions only narrow).
 *
 * <p>Paths start at the decision, e.g. {@code conditions[0].groups[1]}. Stateless and
 * thread-safe.
 */
public final class DecisionValidator {
  private DecisionValidator() {}

  /**
   * Validates a decision.
   *
   * @param decision the decision; it need not be in the portfolio
   * @param context the portfolio that holds the application decided on, its programme and network
   * @return every violation found
   */
  public static ValidationResult validate(Decision decision, Portfolio context) {
    Findings out = new Findings();
    check(decision, context, ValuePath.root(), out);
    return out.result();
  }

  static void check(Decision decision, Portfolio context, ValuePath at, Findings out) {
    DecisionFollowsSubmission.check(decision, context, at, out);
    OutcomeMatchesConditions.check(decision, context, at, out);
    ConditionsOnlyNarrow.check(decision, context, at, out);
  }
}
