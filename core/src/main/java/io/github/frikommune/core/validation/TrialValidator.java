package io.github.frikommune.core.validation;

import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.trial.Trial;

/**
 * Validates (<i>validering</i>) a trial (<i>frikommuneforsøg</i>) against its application,
 * decision and programme: a trial follows a decided
 * application, rule 7 (only a grant gives a trial), rule 9 (legal basis and programme end) and
 * rule 10 (participation).
 *
 * <p>Paths start at the trial, e.g. {@code participants[3].status}. Stateless and
 * thread-safe.
 */
public final class TrialValidator {
  private TrialValidator() {}

  /**
   * Validates a trial.
   *
   * @param trial the trial; it need not be in the portfolio
   * @param context the portfolio that holds its application, decision, programme and network
   * @return every violation found
   */
  public static ValidationResult validate(Trial trial, Portfolio context) {
    Findings out = new Findings();
    check(trial, context, ValuePath.root(), out);
    return out.result();
  }

  static void check(Trial trial, Portfolio context, ValuePath at, Findings out) {
    TrialFollowsDecision.check(trial, context, at, out);
    OutcomeMatchesConditions.checkTrial(trial, context, at, out);
    TrialWithinLegalBasisAndProgramme.check(trial, context, at, out);
    ParticipationIsConfirmed.check(trial, context, at, out);
  }
}
