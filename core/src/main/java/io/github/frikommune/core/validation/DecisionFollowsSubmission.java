package io.github.frikommune.core.validation;

import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.portfolio.Portfolio;
import java.util.Optional;

/**
 * Rule 6: a decision concerns a submitted application on record, and is dated on or after the
 * submission.
 */
final class DecisionFollowsSubmission {
  private DecisionFollowsSubmission() {}

  static void check(Decision decision, Portfolio context, ValuePath at, Findings out) {
    Optional<Application> application = context.application(decision.application());
    if (application.isEmpty()) {
      out.add(ViolationCode.DECISION_ON_UNKNOWN_APPLICATION, at.field("application"), decision.application());
      return;
    }
    if (application.get().submittedOn().isEmpty()) {
      out.add(ViolationCode.DECISION_ON_UNSUBMITTED_APPLICATION, at.field("application"), decision.application());
      return;
    }
    if (decision.decidedOn().isBefore(application.get().submittedOn().get())) {
      out.add(
          ViolationCode.DECIDED_BEFORE_SUBMISSION,
          at.field("decidedOn"),
          decision.decidedOn(),
          application.get().submittedOn().get());
    }
  }
}
