package io.github.frikommune.core.validation;

import static io.github.frikommune.core.validation.SeedVariants.found;
import static io.github.frikommune.core.validation.SeedVariants.withApplication;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.application.ApplicationId;
import io.github.frikommune.core.application.PoliticalApproval;
import io.github.frikommune.core.application.RequestedExemption;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.portfolio.ImmutablePortfolio;
import io.github.frikommune.core.seed.SeedCase;
import io.github.frikommune.core.targetgroup.TargetGroup;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule 3: every participant approves politically on or before the submission date. */
class ApprovedBeforeSubmissionTest {
  private static final String COMMITTEE = "Beskæftigelsesudvalget";

  @Test
  void approvalOnTheSubmissionDay_isValid() {
    assertThat(found(withApplication(0, a -> a.withApprovals(
            PoliticalApproval.of(SeedCase.AALBORG, COMMITTEE, SeedCase.ROUND_1_DEADLINE)))))
        .isEmpty();
  }

  @Test
  void approvalWithoutDayOnRecord_countsAsInTime() {
    assertThat(SeedVariants.application(0).approvals()).allMatch(a -> a.approvedOn().isEmpty());
    assertThat(found(SeedVariants.seed())).isEmpty();
  }

  @Test
  void participantWithoutApproval_isViolation() {
    assertThat(found(withApplication(0, a -> a.withApprovals())))
        .containsExactly("approval-missing at applications[0].applicants[0]");
    assertThat(found(withApplication(0, a -> a.withApplicants().withLeadApplicant(SeedCase.AALBORG).withApprovals())))
        .containsExactly("approval-missing at applications[0].leadApplicant");
  }

  @Test
  void approvalAfterSubmission_isViolation() {
    assertThat(found(withApplication(0, a -> a.withApprovals(
            PoliticalApproval.of(SeedCase.AALBORG, COMMITTEE, LocalDate.of(2016, 12, 5))))))
        .containsExactly("approval-after-submission at applications[0].approvals[0].approvedOn");
  }

  @Test
  void approvalByAMunicipalityThatDoesNotTakePart_isWarning() {
    ValidationResult result =
        PortfolioValidator.validate(withApplication(0, a -> a.withApplicants().withLeadApplicant(SeedCase.AALBORG).withApprovals(
            PoliticalApproval.undated(SeedCase.AALBORG), PoliticalApproval.undated(SeedCase.HJOERRING))));

    assertThat(found(result)).containsExactly("approval-by-non-participant at applications[0].approvals[1].municipality");
    assertThat(result.violations().get(0).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void draftWithoutApproval_isValid() {
    Application draft =
        Application.builder()
            .id(ApplicationId.of("NJ-2-01"))
            .title("Fleksibilitet i forhold til rehabiliteringsteams")
            .round(SeedCase.ROUND_2)
            .network(SeedCase.NORTH_JUTLAND)
            .leadApplicant(SeedCase.AALBORG)
            .addExemption(RequestedExemption.of(
                List.of(Provision.wholeLaw("LAB")), List.of(TargetGroup.SICKNESS_BENEFIT_RECIPIENTS)))
            .describedOn(LocalDate.of(2017, 3, 20))
            .build();

    assertThat(found(ImmutablePortfolio.copyOf(SeedVariants.seed()).withApplications(
            ImmutableListOf.plus(SeedVariants.seed().applications(), draft))))
        .isEmpty();
  }

  @Test
  void leadApplicantNamedAgainAsCoApplicant_withoutApproval_isOneViolation() {
    assertThat(found(withApplication(0, a -> a.withApplicants().withLeadApplicant(SeedCase.AALBORG)
                .withApprovals().withCoApplicants(SeedCase.AALBORG)))
            .stream().filter(v -> v.startsWith("approval-missing")))
        .containsExactly("approval-missing at applications[0].leadApplicant");
  }
}
