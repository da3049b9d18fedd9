package io.github.frikommune.core.validation;

import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.application.RequestedExemption;

/**
 * Rule 5: an application requests at least one exemption, and each requested exemption cites
 * at least one provision and at least one target group.
 */
final class ExemptionsAreCited {
  private ExemptionsAreCited() {}

  static void check(Application application, ValuePath at, Findings out) {
    if (application.exemptions().isEmpty()) {
      out.add(ViolationCode.EXEMPTION_MISSING, at.field("exemptions"), null);
    }
    for (int i = 0; i < application.exemptions().size(); i++) {
      RequestedExemption e = application.exemptions().get(i);
      if (e.provisions().isEmpty()) {
        out.add(ViolationCode.EXEMPTION_WITHOUT_PROVISION, at.element("exemptions", i).field("provisions"), null);
      }
      if (e.targetGroups().isEmpty()) {
        out.add(ViolationCode.EXEMPTION_WITHOUT_TARGET_GROUP, at.element("exemptions", i).field("targetGroups"), null);
      }
    }
  }
}
