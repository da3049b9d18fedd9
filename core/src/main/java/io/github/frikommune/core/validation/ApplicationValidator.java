package io.github.frikommune.core.validation;

import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.portfolio.Portfolio;

/**
 * Validates (<i>validering</i>) an application (<i>ansøgning</i>) against the programme,
 * networks and rounds of a portfolio: rules 1 to 5 (applicants and network, round and deadline,
 * political approval, consultations, cited exemptions).
 *
 * <p>A ministry's intake system can validate an incoming application against a portfolio that
 * holds only the programme, its networks and rounds. Paths start at the application, e.g.
 * {@code coApplicants[1]}. Stateless and thread-safe.
 */
public final class ApplicationValidator {
  private ApplicationValidator() {}

  /**
   * Validates an application.
   *
   * @param application the application; it need not be in the portfolio
   * @param context the portfolio that holds its programme, network and round
   * @return every violation found
   */
  public static ValidationResult validate(Application application, Portfolio context) {
    Findings out = new Findings();
    check(application, context, ValuePath.root(), out);
    return out.result();
  }

  static void check(Application application, Portfolio context, ValuePath at, Findings out) {
    ApplicantsBelongToNetwork.check(application, context, at, out);
    SubmittedInOwnRoundByDeadline.check(application, context, at, out);
    ApprovedBeforeSubmission.check(application, at, out);
    ConsultationAnsweredInOrder.check(application, at, out);
    ExemptionsAreCited.check(application, at, out);
  }
}
