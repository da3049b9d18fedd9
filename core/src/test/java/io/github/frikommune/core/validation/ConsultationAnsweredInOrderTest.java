package io.github.frikommune.core.validation;

import static io.github.frikommune.core.validation.SeedVariants.found;
import static io.github.frikommune.core.validation.SeedVariants.withApplication;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.application.Consultation;
import io.github.frikommune.core.application.PoliticalApproval;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.seed.SeedCase;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Rule 4: a consultation is answered after it is sent and before the approval that uses it. */
class ConsultationAnsweredInOrderTest {

  private static Portfolio consulted(LocalDate sent, LocalDate answered, LocalDate approved) {
    return withApplication(0, a -> a
        .withConsultations(
            Consultation.builder()
                .municipality(SeedCase.AALBORG)
                .body("LBR")
                .sentOn(sent)
                .answeredOn(answered)
                .build())
        .withApprovals(PoliticalApproval.of(SeedCase.AALBORG, "Beskæftigelsesudvalget", approved)));
  }

  @Test
  void answeredAfterSendingAndBeforeApproval_isValid() {
    assertThat(found(consulted(LocalDate.of(2016, 10, 28), LocalDate.of(2016, 11, 10), LocalDate.of(2016, 11, 22))))
        .isEmpty();
  }

  @Test
  void answeredOnTheDaysItWasSentAndApproved_isValid() {
    LocalDate day = LocalDate.of(2016, 11, 22);
    assertThat(found(consulted(day, day, day))).isEmpty();
  }

  @Test
  void answeredBeforeItWasSent_isViolation() {
    assertThat(found(consulted(LocalDate.of(2016, 11, 10), LocalDate.of(2016, 11, 9), LocalDate.of(2016, 11, 22))))
        .containsExactly("consultation-answered-before-sent at applications[0].consultations[0].answeredOn");
  }

  @Test
  void answeredAfterTheApproval_isViolation() {
    assertThat(found(consulted(LocalDate.of(2016, 10, 28), LocalDate.of(2016, 11, 23), LocalDate.of(2016, 11, 22))))
        .containsExactly("consultation-answered-after-approval at applications[0].consultations[0].answeredOn");
  }
}
