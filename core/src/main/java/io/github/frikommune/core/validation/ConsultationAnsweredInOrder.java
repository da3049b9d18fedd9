package io.github.frikommune.core.validation;

import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.application.Consultation;
import io.github.frikommune.core.application.PoliticalApproval;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Rule 4: a consultation's answer comes on or after the day it was sent, and on or before the
 * day of the consulting municipality's approval, which takes its remarks into account. Days
 * not on record are not compared.
 */
final class ConsultationAnsweredInOrder {
  private ConsultationAnsweredInOrder() {}

  static void check(Application application, ValuePath at, Findings out) {
    for (int i = 0; i < application.consultations().size(); i++) {
      Consultation c = application.consultations().get(i);
      if (c.answeredOn().isEmpty()) {
        continue;
      }
      LocalDate answered = c.answeredOn().get();
      ValuePath path = at.element("consultations", i).field("answeredOn");
      c.sentOn()
          .filter(answered::isBefore)
          .ifPresent(sent -> out.add(ViolationCode.CONSULTATION_ANSWERED_BEFORE_SENT, path, answered, sent));
      Optional<LocalDate> approved =
          application.approvalBy(c.municipality()).flatMap(PoliticalApproval::approvedOn);
      approved
          .filter(answered::isAfter)
          .ifPresent(day -> out.add(
              ViolationCode.CONSULTATION_ANSWERED_AFTER_APPROVAL, path, answered, day, c.municipality()));
    }
  }
}
