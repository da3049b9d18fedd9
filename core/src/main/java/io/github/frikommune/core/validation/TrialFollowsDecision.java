package io.github.frikommune.core.validation;

import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.trial.Trial;

/**
 * Implied rule {@code trial-follows-decision}: a trial comes from an application on record that
 * has a decision. That the decision granted it, wholly or in part, is rule 7's, checked by
 * {@link OutcomeMatchesConditions#checkTrial}.
 */
final class TrialFollowsDecision {
  private TrialFollowsDecision() {}

  static void check(Trial trial, Portfolio context, ValuePath at, Findings out) {
    if (context.application(trial.application()).isEmpty()) {
      out.add(ViolationCode.TRIAL_FOR_UNKNOWN_APPLICATION, at.field("application"), trial.application());
      return;
    }
    if (context.decisionOn(trial.application()).isEmpty()) {
      out.add(ViolationCode.TRIAL_WITHOUT_DECISION, at.field("application"), trial.application());
    }
  }
}
