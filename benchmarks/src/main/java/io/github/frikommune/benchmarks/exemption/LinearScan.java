package io.github.frikommune.benchmarks.exemption;

import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.application.RequestedExemption;
import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.decision.Condition;
import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.decision.ParticipantsRestricted;
import io.github.frikommune.core.decision.PeriodRestricted;
import io.github.frikommune.core.decision.ProvisionsRestricted;
import io.github.frikommune.core.decision.TargetGroupsExcluded;
import io.github.frikommune.core.decision.TargetGroupsKept;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.targetgroup.TargetGroup;
import io.github.frikommune.core.trial.LegalBasis;
import io.github.frikommune.core.trial.Participation;
import io.github.frikommune.core.trial.Trial;
import java.util.Optional;

/**
 * The exemption question answered the way a user would write it without the library's index:
 * a loop over every trial of the portfolio, looking up its application and decision and
 * checking period, legal basis, participation, exemptions and conditions in turn.
 *
 * <p>This is the baseline of the "≥ 50× faster than a linear scan" target. Immutable and
 * thread-safe.
 */
public final class LinearScan {
  private final Portfolio portfolio;

  /**
   * A scan over a portfolio's trials.
   *
   * @param portfolio the portfolio
   */
  public LinearScan(Portfolio portfolio) {
    this.portfolio = portfolio;
  }

  /**
   * The first trial that lets the municipality deviate, if any.
   *
   * @param q the question
   * @return the trial, or empty for no
   */
  public Optional<Trial> answer(Question q) {
    for (Trial trial : portfolio.trials()) {
      if (allows(trial, q)) {
        return Optional.of(trial);
      }
    }
    return Optional.empty();
  }

  private boolean allows(Trial trial, Question q) {
    Optional<Period> period = trial.periodAsExtended();
    if (period.isEmpty() || !period.get().contains(q.on())) {
      return false;
    }
    boolean inForce = false;
    for (LegalBasis basis : trial.legalBases()) {
      inForce |= basis.isInForceOn(q.on());
    }
    if (!inForce) {
      return false;
    }
    Optional<Participation> participation = trial.participationOf(q.municipality());
    if (participation.isEmpty() || !participation.get().status().mayUseExemption()) {
      return false;
    }
    Application application = portfolio.application(trial.application()).orElseThrow();
    Decision decision = portfolio.decisionOn(trial.application()).orElseThrow();
    for (RequestedExemption exemption : application.exemptions()) {
      if (covers(exemption, q) && conditionsAllow(decision, q)) {
        return true;
      }
    }
    return false;
  }

  private static boolean covers(RequestedExemption exemption, Question q) {
    boolean provision = false;
    for (Provision p : exemption.provisions()) {
      provision |= p.contains(q.provision());
    }
    boolean group = false;
    for (TargetGroup g : exemption.targetGroups()) {
      group |= q.targetGroup().isWithin(g);
    }
    return provision && group;
  }

  private static boolean conditionsAllow(Decision decision, Question q) {
    for (Condition c : decision.conditions()) {
      if (c instanceof TargetGroupsKept kept
          && kept.groups().stream().noneMatch(g -> q.targetGroup().isWithin(g))) {
        return false;
      }
      if (c instanceof TargetGroupsExcluded excluded
          && excluded.groups().stream().anyMatch(g -> q.targetGroup().isWithin(g))) {
        return false;
      }
      if (c instanceof ProvisionsRestricted provisions
          && provisions.provisions().stream().noneMatch(p -> p.contains(q.provision()))) {
        return false;
      }
      if (c instanceof PeriodRestricted restricted && !restricted.period().contains(q.on())) {
        return false;
      }
      if (c instanceof ParticipantsRestricted participants
          && !participants.participants().contains(q.municipality())) {
        return false;
      }
    }
    return true;
  }
}
