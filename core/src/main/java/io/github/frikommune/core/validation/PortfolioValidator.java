package io.github.frikommune.core.validation;

import io.github.frikommune.core.portfolio.Portfolio;

/**
 * Validates (<i>validering</i>) a whole portfolio: the programme with its networks and rounds,
 * every application, every decision and every trial, collecting every violation
 * (<i>regelbrud</i>).
 *
 * <p>Paths start at the portfolio, e.g. {@code applications[3].coApplicants[1]} or
 * {@code decisions[0].conditions[1]}. The seed case of the North Jutland network validates
 * with no violations. Stateless and thread-safe.
 *
 * <pre>{@code
 * ValidationResult result = PortfolioValidator.validate(portfolio);
 * for (Violation v : result.violations()) {
 *   System.out.println(v.code().code() + " " + v.path() + ": " + v.message(Locale.forLanguageTag("da")));
 * }
 * }</pre>
 */
public final class PortfolioValidator {
  private PortfolioValidator() {}

  /**
   * Validates a portfolio.
   *
   * @param portfolio the portfolio
   * @return every violation found, programme first, then applications, decisions and trials in
   *     their order
   */
  public static ValidationResult validate(Portfolio portfolio) {
    Findings out = new Findings();
    ValuePath root = ValuePath.root();
    ProgrammeValidator.check(portfolio, root, out);
    for (int i = 0; i < portfolio.applications().size(); i++) {
      ApplicationValidator.check(portfolio.applications().get(i), portfolio, root.element("applications", i), out);
    }
    for (int i = 0; i < portfolio.decisions().size(); i++) {
      DecisionValidator.check(portfolio.decisions().get(i), portfolio, root.element("decisions", i), out);
    }
    for (int i = 0; i < portfolio.trials().size(); i++) {
      TrialValidator.check(portfolio.trials().get(i), portfolio, root.element("trials", i), out);
    }
    return out.result();
  }
}
