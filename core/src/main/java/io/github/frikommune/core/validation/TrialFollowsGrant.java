package io.github.frikommune.core.validation;

import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.trial.Trial;
import java.util.Optional;

/**
 * A trial comes from an application on record that was granted wholly or in part; a trial
 * from a rejected application breaks rule 7 (a rejection gives no exemption scope).
 */
final class TrialFollowsGrant {
  private TrialFollowsGrant() {}

  static void check(Trial trial, Portfolio context, ValuePath at, Findings out) {
    if (context.application(trial.application()).isEmpty()) {
      out.add(ViolationCode.TRIAL_FOR_UNKNOWN_APPLICATION, at.field("application"), trial.application());
      return;
    }
    Optional<Decision> decision = context.decisionOn(trial.application());
    if (decision.isEmpty()) {
      out.add(ViolationCode.TRIAL_WITHOUT_DECISION, at.field("application"), trial.application());
    } else if (!decision.get().isGranted()) {
      out.add(
          ViolationCode.TRIAL_FOR_REJECTED_DECISION,
          at.field("application"),
          trial.application(),
          decision.get().decidedOn());
    }
  }
}
