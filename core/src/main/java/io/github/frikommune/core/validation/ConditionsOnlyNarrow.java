package io.github.frikommune.core.validation;

import com.google.common.collect.ImmutableList;
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
import io.github.frikommune.core.exemption.ExemptionScope;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.targetgroup.TargetGroup;
import java.util.Optional;
import java.util.Set;

/**
 * Rule 8: conditions only narrow. Kept target groups lie within requested ones; named
 * participants are applicants or members of the network; kept provisions lie within requested
 * ones; a period condition lies within the programme's period as extended. An excluded group
 * that neither lies within nor contains a requested group is a warning: it excludes nothing.
 */
final class ConditionsOnlyNarrow {
  private ConditionsOnlyNarrow() {}

  static void check(Decision decision, Portfolio context, ValuePath at, Findings out) {
    Optional<Application> application = context.application(decision.application());
    for (int i = 0; i < decision.conditions().size(); i++) {
      Condition c = decision.conditions().get(i);
      ValuePath path = at.element("conditions", i);
      if (c instanceof PeriodRestricted) {
        Period period = ((PeriodRestricted) c).period();
        Period programme = context.programme().periodAsExtended();
        if (!programme.encloses(period)) {
          out.add(ViolationCode.RESTRICTED_PERIOD_OUTSIDE_PROGRAMME, path.field("period"), period, programme);
        }
      } else if (application.isPresent()) {
        checkAgainstRequest(c, application.get(), context, path, out);
      }
    }
  }

  private static void checkAgainstRequest(
      Condition c, Application application, Portfolio context, ValuePath path, Findings out) {
    ImmutableList<TargetGroup> requestedGroups =
        application.exemptions().stream()
            .flatMap(e -> e.targetGroups().stream())
            .collect(ImmutableList.toImmutableList());
    if (c instanceof TargetGroupsKept) {
      int g = 0;
      for (TargetGroup kept : ((TargetGroupsKept) c).groups()) {
        if (requestedGroups.stream().noneMatch(kept::isWithin)) {
          out.add(ViolationCode.KEPT_TARGET_GROUP_NOT_REQUESTED, path.element("groups", g), kept);
        }
        g++;
      }
    } else if (c instanceof TargetGroupsExcluded) {
      int g = 0;
      for (TargetGroup excluded : ((TargetGroupsExcluded) c).groups()) {
        if (requestedGroups.stream().noneMatch(r -> excluded.isWithin(r) || r.isWithin(excluded))) {
          out.add(ViolationCode.EXCLUDED_TARGET_GROUP_NOT_REQUESTED, path.element("groups", g), excluded);
        }
        g++;
      }
    } else if (c instanceof ParticipantsRestricted) {
      Set<Municipality> eligible = ExemptionScope.requested(application, context).municipalities();
      int p = 0;
      for (Municipality m : ((ParticipantsRestricted) c).participants()) {
        if (!eligible.contains(m)) {
          out.add(ViolationCode.RESTRICTED_PARTICIPANT_OUTSIDE, path.element("participants", p), m);
        }
        p++;
      }
    } else if (c instanceof ProvisionsRestricted) {
      ImmutableList<Provision> kept = ((ProvisionsRestricted) c).provisions();
      for (int p = 0; p < kept.size(); p++) {
        Provision provision = kept.get(p);
        boolean requested =
            application.exemptions().stream()
                .map(RequestedExemption::provisions)
                .anyMatch(ps -> ps.stream().anyMatch(r -> r.contains(provision)));
        if (!requested) {
          out.add(ViolationCode.RESTRICTED_PROVISION_NOT_REQUESTED, path.element("provisions", p), provision);
        }
      }
    }
  }
}
