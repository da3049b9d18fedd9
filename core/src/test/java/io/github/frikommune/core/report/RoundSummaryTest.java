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
}
