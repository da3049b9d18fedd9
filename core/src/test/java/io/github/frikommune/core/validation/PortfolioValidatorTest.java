package io.github.frikommune.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.application.PoliticalApproval;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.seed.SeedCase;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PortfolioValidatorTest {

  @Test
  void seedCase_hasNoViolations() {
    ValidationResult result = PortfolioValidator.validate(SeedCase.portfolio());

    assertThat(result.violations()).isEmpty();
    assertThat(result.isValid()).isTrue();
    assertThat(result.isClean()).isTrue();
    assertThat(result).hasToString("no violations");
  }

  @Test
  void everyViolation_isCollected_inTheOrderOfThePortfolio() {
    Portfolio late =
        SeedVariants.withApplication(1, a -> a
            .withSubmittedOn(LocalDate.of(2016, 12, 2))
            .withCoApplicants(Municipality.of(630)));
    Portfolio portfolio = SeedVariants.withDecision(late, 6, d -> d.withReasons());

    assertThat(SeedVariants.found(portfolio))
        .containsExactly(
            "applicant-outside-network at applications[1].coApplicants[0]",
            "submitted-after-deadline at applications[1].submittedOn",
            "approval-missing at applications[1].coApplicants[0]",
            "rejection-without-reason at decisions[6].reasons");
  }

  @Test
  void result_separatesErrorsFromWarnings() {
    Portfolio portfolio =
        SeedVariants.withApplication(0, a -> a.withApplicants().withLeadApplicant(SeedCase.AALBORG).withApprovals(
            PoliticalApproval.undated(SeedCase.AALBORG), PoliticalApproval.undated(SeedCase.HJOERRING)));

    ValidationResult result = PortfolioValidator.validate(portfolio);

    assertThat(result.isValid()).isTrue();
    assertThat(result.isClean()).isFalse();
    assertThat(result.errors()).isEmpty();
    assertThat(result.warnings()).extracting(Violation::code).containsExactly(ViolationCode.APPROVAL_BY_NON_PARTICIPANT);
    assertThat(result.codes()).containsExactly(ViolationCode.APPROVAL_BY_NON_PARTICIPANT);
  }

  @Test
  void resultWithAnError_isNotValid_andListsItsViolationsOnePerLine() {
    ValidationResult result =
        PortfolioValidator.validate(SeedVariants.withApplication(0, a -> a.withApprovals()));

    assertThat(result.isValid()).isFalse();
    assertThat(result).hasToString(
        "error approval-missing at applications[0].applicants[0]: Aalborg takes part but has not approved the"
            + " application politically by the submission on 2016-12-01\n");
    assertThat(PortfolioValidator.validate(SeedCase.portfolio())).hasToString("no violations");
  }
}
