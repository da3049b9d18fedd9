package io.github.frikommune.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.application.ImmutableApplication;
import io.github.frikommune.core.decision.Outcome;
import io.github.frikommune.core.portfolio.ImmutablePortfolio;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.seed.SeedCase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundSummaryTest {
  private final Portfolio seed = SeedCase.portfolio();
  private final RoundSummary round1 = RoundSummary.of(seed, SeedCase.ROUND_1);

  @Test
  void round1_readsAsTheMunicipalityWroteIt() {
    assertThat(round1.headline(SeedCase.AALBORG))
        .isEqualTo("7 sent, 5 granted wholly or partially, 2 rejected; Aalborg lead or co-applicant on 4");
  }

  @Test
  void round1_byOutcome() {
    assertThat(round1.sent()).isEqualTo(7);
    assertThat(round1.count(Outcome.GRANTED)).isEqualTo(3);
    assertThat(round1.count(Outcome.PARTIALLY_GRANTED)).isEqualTo(2);
    assertThat(round1.count(Outcome.REJECTED)).isEqualTo(2);
    assertThat(round1.grantedWhollyOrPartially()).isEqualTo(5);
    assertThat(round1.undecided()).isZero();
  }

  @Test
  void round1_byMunicipalityAndRole() {
    // The minutes say "ansøger/medansøger": Aalborg takes part in four, its role not on record.
    assertThat(round1.byMunicipality()).containsExactly(MunicipalityTally.of(SeedCase.AALBORG, 0, 0, 4));
    assertThat(round1.tallyOf(SeedCase.AALBORG).total()).isEqualTo(4);
    assertThat(round1.tallyOf(SeedCase.HJOERRING).total()).isZero();
  }

  @Test
  void aMunicipalityNamedInTwoRolesOnOneApplication_countsOnce_inItsFirstRole() {
    List<Application> applications = new ArrayList<>(seed.applications());
    applications.set(0, ImmutableApplication.copyOf(applications.get(0))
        .withLeadApplicant(SeedCase.AALBORG)
        .withCoApplicants(SeedCase.AALBORG));
    Portfolio portfolio = ImmutablePortfolio.copyOf(seed).withApplications(applications);

    assertThat(RoundSummary.of(portfolio, SeedCase.ROUND_1).tallyOf(SeedCase.AALBORG))
        .isEqualTo(MunicipalityTally.of(SeedCase.AALBORG, 1, 0, 3));
  }

  @Test
  void roundWithoutApplications_isEmpty_andSaysSo() {
    RoundSummary round2 = RoundSummary.of(seed, SeedCase.ROUND_2);

    assertThat(round2.headline()).isEqualTo("0 sent, 0 granted wholly or partially, 0 rejected");
    assertThat(round2.toPlainText()).contains("no lead or co-applicant on record");
  }

  @Test
  void round1_asPlainText_matchesTheGoldenFile() {
    Golden.assertMatches("round-1-summary.txt", round1.toPlainText());
  }

  @Test
  void round1_asMarkdown_matchesTheGoldenFile() {
    Golden.assertMatches("round-1-summary.md", round1.toMarkdown());
  }

  @Test
  void roundWithUndecidedAndUnsentApplications_countsThem_andTalliesEachCoApplicantOnce() {
    Portfolio withRound2 =
        io.github.frikommune.core.portfolio.ImmutablePortfolio.copyOf(seed).withApplications(
            com.google.common.collect.ImmutableList.<io.github.frikommune.core.application.Application>builder()
                .addAll(seed.applications())
                .add(io.github.frikommune.core.application.Application.builder()
                    .id(io.github.frikommune.core.application.ApplicationId.of("NJ-2-01"))
                    .title("Fleksibilitet i forhold til rehabiliteringsteams")
                    .round(SeedCase.ROUND_2)
                    .leadApplicant(SeedCase.AALBORG)
                    .addCoApplicant(SeedCase.HJOERRING)
                    .addCoApplicant(SeedCase.AALBORG)
                    .addCoApplicant(SeedCase.HJOERRING)
                    .submittedOn(java.time.LocalDate.of(2017, 5, 1))
                    .build())
                .add(io.github.frikommune.core.application.Application.builder()
                    .id(io.github.frikommune.core.application.ApplicationId.of("NJ-2-02"))
                    .title("Psykologer i behandling")
                    .round(SeedCase.ROUND_2)
                    .leadApplicant(SeedCase.HJOERRING)
                    .build())
                .add(io.github.frikommune.core.application.Application.builder()
                    .id(io.github.frikommune.core.application.ApplicationId.of("NJ-2-03"))
                    .title("Fritagelse for uddannelsespålæg")
                    .round(SeedCase.ROUND_2)
                    .leadApplicant(SeedCase.AALBORG)
                    .submittedOn(java.time.LocalDate.of(2017, 5, 1))
                    .build())
                .build());

    RoundSummary round2 = RoundSummary.of(withRound2, SeedCase.ROUND_2);

    assertThat(round2.undecided()).isEqualTo(2);
    assertThat(round2.headline()).isEqualTo("2 sent, 0 granted wholly or partially, 0 rejected, 2 undecided");
    assertThat(round2.byMunicipality())
        .containsExactly(MunicipalityTally.of(SeedCase.AALBORG, 2, 0, 0), MunicipalityTally.of(SeedCase.HJOERRING, 1, 1, 0));
    assertThat(round2.tallyOf(SeedCase.HJOERRING).total()).isEqualTo(2);
    assertThat(round2.toPlainText())
        .contains("    undecided; lead applicant: Aalborg; co-applicants: Hjørring, Aalborg, Hjørring\n")
        .contains("    no submission on record; lead applicant: Hjørring\n")
        .contains("  Hjørring: lead or co-applicant on 2 (lead 1, co-applicant 1, role not on record 0)\n");
    assertThat(round2.toMarkdown())
        .contains("| NJ-2-01 | Fleksibilitet i forhold til rehabiliteringsteams | Aalborg | Hjørring, Aalborg, Hjørring |  | undecided |\n")
        .contains("| NJ-2-02 | Psykologer i behandling | Hjørring |  |  | no submission on record |\n");
  }
}
