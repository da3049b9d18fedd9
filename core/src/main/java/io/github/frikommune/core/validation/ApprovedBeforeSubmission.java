package io.github.frikommune.core.validation;

import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.application.PoliticalApproval;
import io.github.frikommune.core.municipality.Municipality;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Rule 3: every municipality taking part has approved the application politically on or
 * before the submission date. An approval whose day is not on record counts as given in time;
 * an approval by a municipality that does not take part is a warning.
 */
final class ApprovedBeforeSubmission {
  private ApprovedBeforeSubmission() {}

  static void check(Application application, ValuePath at, Findings out) {
    if (application.submittedOn().isPresent()) {
      LocalDate submitted = application.submittedOn().get();
      application.leadApplicant()
          .filter(m -> application.approvalBy(m).isEmpty())
          .ifPresent(m -> out.add(ViolationCode.APPROVAL_MISSING, at.field("leadApplicant"), m, submitted));
      Set<Municipality> seen = new HashSet<>();
      application.leadApplicant().ifPresent(seen::add);
      for (int i = 0; i < application.coApplicants().size(); i++) {
        Municipality m = application.coApplicants().get(i);
        if (seen.add(m) && application.approvalBy(m).isEmpty()) {
          out.add(ViolationCode.APPROVAL_MISSING, at.element("coApplicants", i), m, submitted);
        }
      }
      for (int i = 0; i < application.applicants().size(); i++) {
        Municipality m = application.applicants().get(i);
        if (seen.add(m) && application.approvalBy(m).isEmpty()) {
          out.add(ViolationCode.APPROVAL_MISSING, at.element("applicants", i), m, submitted);
        }
      }
      for (int i = 0; i < application.approvals().size(); i++) {
        PoliticalApproval approval = application.approvals().get(i);
        int index = i;
        approval.approvedOn()
            .filter(day -> day.isAfter(submitted))
            .ifPresent(day -> out.add(
                ViolationCode.APPROVAL_AFTER_SUBMISSION,
                at.element("approvals", index).field("approvedOn"),
                day,
                approval.municipality(),
                submitted));
      }
    }
    // Where the lead applicant is not on record, any approving municipality may be it.
    if (application.leadApplicant().isPresent()) {
      for (int i = 0; i < application.approvals().size(); i++) {
        Municipality m = application.approvals().get(i).municipality();
        if (!application.isParticipant(m)) {
          out.add(ViolationCode.APPROVAL_BY_NON_PARTICIPANT, at.element("approvals", i).field("municipality"), m);
        }
      }
    }
  }
}
