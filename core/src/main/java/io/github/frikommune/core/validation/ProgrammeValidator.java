package io.github.frikommune.core.validation;

import io.github.frikommune.core.portfolio.Portfolio;

/**
 * Validates (<i>validering</i>) a programme with its networks (<i>frikommunenetværk</i>) and
 * application rounds (<i>ansøgningsrunder</i>): rule 12 (rounds numbered 1, 2, 3 … with
 * increasing deadlines inside the programme), and that every network and round belongs to the
 * programme.
 *
 * <p>Paths start at the portfolio, e.g. {@code rounds[1].deadline}. Stateless and thread-safe.
 */
public final class ProgrammeValidator {
  private ProgrammeValidator() {}

  /**
   * Validates the programme, networks and rounds of a portfolio; its applications, decisions
   * and trials are left to their own validators.
   *
   * @param portfolio the portfolio holding the programme, networks and rounds
   * @return every violation found
   */
  public static ValidationResult validate(Portfolio portfolio) {
    Findings out = new Findings();
    check(portfolio, ValuePath.root(), out);
    return out.result();
  }

  static void check(Portfolio portfolio, ValuePath at, Findings out) {
    RecordsBelongToProgramme.check(portfolio, at, out);
    RoundsAreNumberedInOrder.check(portfolio, at, out);
  }
}
