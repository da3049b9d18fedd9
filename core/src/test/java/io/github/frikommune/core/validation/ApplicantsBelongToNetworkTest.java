package io.github.frikommune.core.validation;

import static io.github.frikommune.core.validation.SeedVariants.found;
import static io.github.frikommune.core.validation.SeedVariants.withApplication;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.application.PoliticalApproval;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.programme.NetworkId;
import io.github.frikommune.core.seed.SeedCase;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rule 1: applicants belong to the applying network; no municipality appears twice. */
class ApplicantsBelongToNetworkTest {
  private static final Municipality VEJLE = Municipality.of(630);

  @Test
  void coApplicantFromTheNetwork_isValid() {
    assertThat(found(withApplication(0, a -> a
            .withCoApplicants(SeedCase.HJOERRING)
            .withApprovals(PoliticalApproval.undated(SeedCase.AALBORG), PoliticalApproval.undated(SeedCase.HJOERRING)))))
        .isEmpty();
  }

  @Test
  void coApplicantOutsideTheNetwork_isViolation() {
    assertThat(found(withApplication(0, a -> a
            .withCoApplicants(VEJLE)
            .withApprovals(PoliticalApproval.undated(SeedCase.AALBORG), PoliticalApproval.undated(VEJLE)))))
        .containsExactly("applicant-outside-network at applications[0].coApplicants[0]");
  }

  @Test
  void leadApplicantOutsideTheNetwork_isViolation() {
    assertThat(found(withApplication(1, a -> a
            .withApplicants()
            .withLeadApplicant(VEJLE)
            .withApprovals(PoliticalApproval.undated(VEJLE)))))
        .containsExactly("applicant-outside-network at applications[1].leadApplicant");
  }

  @Test
  void applicantOfUnrecordedRoleOutsideTheNetwork_isViolation() {
    assertThat(found(withApplication(1, a -> a
            .withApplicants(SeedCase.AALBORG, VEJLE)
            .withApprovals(PoliticalApproval.undated(SeedCase.AALBORG), PoliticalApproval.undated(VEJLE)))))
        .containsExactly("applicant-outside-network at applications[1].applicants[1]");
  }

  @Test
  void coApplicantTwice_isViolation() {
    assertThat(found(withApplication(0, a -> a
            .withCoApplicants(SeedCase.HJOERRING, SeedCase.HJOERRING)
            .withApprovals(PoliticalApproval.undated(SeedCase.AALBORG), PoliticalApproval.undated(SeedCase.HJOERRING)))))
        .containsExactly("applicant-repeated at applications[0].coApplicants[1]");
  }

  @Test
  void leadApplicantAlsoCoApplicant_isViolation() {
    assertThat(found(withApplication(0, a -> a.withApplicants().withLeadApplicant(SeedCase.AALBORG).withCoApplicants(SeedCase.AALBORG))))
        .containsExactly("applicant-repeated at applications[0].coApplicants[0]");
  }

  @Test
  void applicantOfUnrecordedRoleAlsoCoApplicant_isViolation() {
    assertThat(found(withApplication(0, a -> a.withCoApplicants(SeedCase.AALBORG))))
        .containsExactly("applicant-repeated at applications[0].applicants[0]");
  }

  @Test
  void noNetworkInAProgrammeOfNetworks_isViolation() {
    assertThat(found(withApplication(1, a -> a.withNetwork((NetworkId) null))))
        .containsExactly("network-missing at applications[1].network");
  }

  @Test
  void networkNotOnRecord_isViolation() {
    assertThat(found(withApplication(1, a -> a.withNetwork(NetworkId.of("vestjylland")))))
        .containsExactly("network-unknown at applications[1].network");
  }

  @Test
  void singleMunicipality_applyingAlone_isValid() {
    assertThat(found(SingleMunicipalityProgramme.portfolio())).isEmpty();
  }

  @Test
  void coApplicantInASingleMunicipalityProgramme_isViolation() {
    assertThat(found(SeedVariants.withApplication(SingleMunicipalityProgramme.portfolio(), 0, a -> a
            .withCoApplicants(SeedCase.HJOERRING)
            .withApprovals(
                PoliticalApproval.of(SeedCase.AALBORG, "Byrådet", LocalDate.of(2012, 4, 21)),
                PoliticalApproval.undated(SeedCase.HJOERRING)))))
        .containsExactly("co-applicant-in-single-municipality-programme at applications[0].coApplicants[0]");
  }

  @Test
  void aSecondApplicantOfUnrecordedRoleInASingleMunicipalityProgramme_isViolation() {
    // Without a lead on record the first may be the applying municipality; the second cannot.
    assertThat(found(SeedVariants.withApplication(SingleMunicipalityProgramme.portfolio(), 0, a -> a
            .withLeadApplicant(Optional.empty())
            .withApplicants(SeedCase.AALBORG, SeedCase.HJOERRING)
            .withApprovals(
                PoliticalApproval.of(SeedCase.AALBORG, "Byrådet", LocalDate.of(2012, 4, 21)),
                PoliticalApproval.undated(SeedCase.HJOERRING)))))
        .containsExactly("co-applicant-in-single-municipality-programme at applications[0].applicants[1]");
  }

  @Test
  void networkInASingleMunicipalityProgramme_isViolation() {
    assertThat(found(SeedVariants.withApplication(
            SingleMunicipalityProgramme.portfolio(), 0, a -> a.withNetwork(SeedCase.NORTH_JUTLAND))))
        .containsExactly("network-in-single-municipality-programme at applications[0].network");
  }
}
