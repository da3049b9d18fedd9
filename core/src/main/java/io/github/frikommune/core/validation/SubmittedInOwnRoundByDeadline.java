package io.github.frikommune.core.validation;

import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.programme.ApplicationRound;
import java.util.Optional;

/**
 * Rule 2: an application is submitted to a round of its own programme, on or before the
 * round's deadline. Deadlines and submission days are calendar days in Danish time, so the
 * comparison is of dates.
 */
final class SubmittedInOwnRoundByDeadline {
  private SubmittedInOwnRoundByDeadline() {}

  static void check(Application application, Portfolio context, ValuePath at, Findings out) {
    if (!application.round().programme().equals(context.programme().id())) {
      out.add(
          ViolationCode.APPLICATION_ROUND_OF_OTHER_PROGRAMME,
          at.field("round"),
          application.round(),
          context.programme().id());
      return;
    }
    Optional<ApplicationRound> round = context.round(application.round());
    if (round.isEmpty()) {
      out.add(ViolationCode.ROUND_UNKNOWN, at.field("round"), application.round());
      return;
    }
    application.submittedOn()
        .filter(day -> !round.get().accepts(day))
        .ifPresent(day -> out.add(
            ViolationCode.SUBMITTED_AFTER_DEADLINE,
            at.field("submittedOn"),
            day,
            round.get().deadline(),
            round.get().id()));
  }
}
