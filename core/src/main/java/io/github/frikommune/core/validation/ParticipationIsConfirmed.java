package io.github.frikommune.core.validation;

import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.decision.ConditionStatus;
import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.decision.ParticipantsRestricted;
import io.github.frikommune.core.exemption.ExemptionScope;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.trial.Participation;
import io.github.frikommune.core.trial.ParticipationStatus;
import io.github.frikommune.core.trial.Trial;
import java.util.Optional;
import java.util.Set;

/**
 * Rule 10: a municipality uses an exemption only while its participation is confirmed; where
 * the decision says others must apply separately, only after its request to join is granted.
 *
 * <p>A trial records each municipality's participation as it stands. This rule checks that the
 * record can be right: every participant is an applicant or a member of the network; a
 * municipality left out by a condition that makes others apply separately is not simply
 * awaiting confirmation (it must apply, then be confirmed); and where the condition lets no
 * others join, none of them is confirmed, active or awaiting confirmation. The order of the
 * steps in time is kept by the lifecycle history.
 */
final class ParticipationIsConfirmed {
  private ParticipationIsConfirmed() {}

  static void check(Trial trial, Portfolio context, ValuePath at, Findings out) {
    Optional<Application> application = context.application(trial.application());
    Optional<Decision> decision = context.decisionOn(trial.application());
    if (application.isEmpty() || decision.isEmpty()) {
      return;
    }
    Set<Municipality> eligible = ExemptionScope.requested(application.get(), context).municipalities();
    Optional<ParticipantsRestricted> restriction =
        decision.get().conditionsOf(ParticipantsRestricted.class).stream()
            .filter(c -> c.status() != ConditionStatus.WAIVED)
            .findFirst();
    for (int i = 0; i < trial.participants().size(); i++) {
      Participation p = trial.participants().get(i);
      Municipality m = p.municipality();
      if (!eligible.contains(m)) {
        out.add(ViolationCode.PARTICIPANT_OUTSIDE_NETWORK, at.element("participants", i).field("municipality"), m);
        continue;
      }
      if (restriction.isEmpty() || restriction.get().participants().contains(m)) {
        continue;
      }
      ValuePath status = at.element("participants", i).field("status");
      if (restriction.get().othersMustApplySeparately()) {
        if (p.status() == ParticipationStatus.PENDING_CONFIRMATION) {
          out.add(ViolationCode.PARTICIPATION_WITHOUT_SEPARATE_APPLICATION, status, p.status().code(), m);
        }
      } else if (p.status().mayUseExemption() || p.status() == ParticipationStatus.PENDING_CONFIRMATION) {
        out.add(ViolationCode.PARTICIPATION_OUTSIDE_RESTRICTION, status, p.status().code(), m);
      }
    }
  }
}
