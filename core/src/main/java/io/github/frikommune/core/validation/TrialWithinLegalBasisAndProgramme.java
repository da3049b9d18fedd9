package io.github.frikommune.core.validation;

import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.trial.Trial;
import java.time.LocalDate;

/**
 * Rule 9: a trial starts no earlier than its legal basis is in force (the earliest of its
 * bases), and ends no later than the programme's end as extended.
 */
final class TrialWithinLegalBasisAndProgramme {
  private TrialWithinLegalBasisAndProgramme() {}

  static void check(Trial trial, Portfolio context, ValuePath at, Findings out) {
    if (trial.periodAsExtended().isEmpty()) {
      return;
    }
    Period period = trial.periodAsExtended().get();
    trial.inForceFrom()
        .filter(period.startInclusive()::isBefore)
        .ifPresent(inForce -> out.add(
            ViolationCode.TRIAL_STARTS_BEFORE_LEGAL_BASIS, at.field("period"), period.startInclusive(), inForce));
    LocalDate programmeEnd = context.programme().endAsExtended();
    if (period.endInclusive().isAfter(programmeEnd)) {
      int extensions = trial.extensions().size();
      ValuePath path =
          extensions == 0 ? at.field("period") : at.element("extensions", extensions - 1).field("newEnd");
      out.add(ViolationCode.TRIAL_ENDS_AFTER_PROGRAMME, path, period.endInclusive(), programmeEnd);
    }
  }
}
