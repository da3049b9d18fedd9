package io.github.frikommune.core.validation;

import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.decision.Condition;
import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.exemption.ExemptionScope;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.trial.Trial;
import java.util.Optional;

/**
 * Rule 7: outcome and conditions match. A partial grant needs at least one condition that
 * narrows the request, that is, one that leaves the {@linkplain ExemptionScope requested
 * scope} smaller; a rejection needs at least one reason and sets no condition that would give a
 * scope; a full grant sets no narrowing condition (duties and free text are allowed).
 *
 * <p>A rejection gives no exemption scope, so no trial may come from it either: the decision's
 * checks run for each decision, {@link #checkTrial} for each trial, and both live here so that
 * rule 7 is checked in one place.
 */
final class OutcomeMatchesConditions {
  private OutcomeMatchesConditions() {}

  static void check(Decision decision, Portfolio context, ValuePath at, Findings out) {
    switch (decision.outcome()) {
      case PARTIALLY_GRANTED:
        if (!narrowsRequest(decision, context)) {
          out.add(ViolationCode.PARTIAL_GRANT_WITHOUT_NARROWING, at.field("conditions"), decision.outcome().code());
        }
        break;
      case REJECTED:
        if (decision.reasons().isEmpty()) {
          out.add(ViolationCode.REJECTION_WITHOUT_REASON, at.field("reasons"), decision.outcome().code());
        }
        eachNarrowing(decision, at, ViolationCode.REJECTION_WITH_SCOPE, out);
        break;
      case GRANTED:
        eachNarrowing(decision, at, ViolationCode.GRANT_WITH_NARROWING_CONDITION, out);
        break;
    }
  }

  /**
   * The trial's part of rule 7: a trial does not come from a rejected application. A trial
   * whose application or decision is not on record is left to {@link TrialFollowsDecision}.
   */
  static void checkTrial(Trial trial, Portfolio context, ValuePath at, Findings out) {
    if (context.application(trial.application()).isEmpty()) {
      return;
    }
    context.decisionOn(trial.application())
        .filter(d -> !d.isGranted())
        .ifPresent(d -> out.add(
            ViolationCode.TRIAL_FOR_REJECTED_DECISION, at.field("application"), trial.application(), d.decidedOn()));
  }

  private static boolean narrowsRequest(Decision decision, Portfolio context) {
    Optional<Application> application = context.application(decision.application());
    if (application.isEmpty()) {
      // Without the request only the kind of condition can tell; rule 6 reports the gap.
      return decision.conditions().stream().anyMatch(Condition::narrowsScope);
    }
    ExemptionScope requested = ExemptionScope.requested(application.get(), context);
    return decision.conditions().stream().anyMatch(c -> !requested.narrowedBy(c).equals(requested));
  }

  private static void eachNarrowing(Decision decision, ValuePath at, ViolationCode code, Findings out) {
    for (int i = 0; i < decision.conditions().size(); i++) {
      Condition c = decision.conditions().get(i);
      if (c.narrowsScope()) {
        out.add(code, at.element("conditions", i), c.kind().code(), decision.outcome().code());
      }
    }
  }
}
