package io.github.frikommune.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.application.PoliticalApproval;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.seed.SeedCase;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NorthJutlandScenarioTest {

  @Test
  void round1_isExactlyTheSharedSeedFixture() {
    // The example is written for readers, the fixture for other modules' tests; both must state
    // the same facts.
    assertThat(NorthJutlandScenario.round1Portfolio()).isEqualTo(SeedCase.portfolio());
  }

  @Test
  void round2_hasAalborgsTwoApplications_andTheOthersThree() {
    Portfolio p = NorthJutlandScenario.portfolio();
    assertThat(p.applicationsIn(NorthJutlandScenario.ROUND_2)).hasSize(5);
    assertThat(p.applicationsIn(NorthJutlandScenario.ROUND_2))
        .filteredOn(a -> a.isParticipant(NorthJutlandScenario.AALBORG))
        .extracting(Application::title)
        .containsExactly(
            "Fleksibilitet i forhold til rehabiliteringsteams",
            "Undtagelse af bestemmelserne om at give aktivitetsparate unge uddannelsespålæg");
  }

  @Test
  void round2_aalborgsMilestones() {
    Application a = NorthJutlandScenario.round2Applications().get(0);
    assertThat(a.describedOn()).hasValue(LocalDate.of(2017, 3, 20));
    assertThat(a.consultations()).singleElement().satisfies(c -> {
      assertThat(c.body()).startsWith("LBR");
      assertThat(c.note()).hasValue("sendt i høring i slutningen af marts 2017");
    });
    assertThat(a.approvalBy(NorthJutlandScenario.AALBORG))
        .map(PoliticalApproval::approvedOn)
        .hasValue(java.util.Optional.of(LocalDate.of(2017, 4, 25)));
    assertThat(a.approvalBy(NorthJutlandScenario.AALBORG).flatMap(PoliticalApproval::body)).hasValue("Beskæftigelsesudvalget");
    assertThat(a.submittedOn()).hasValue(LocalDate.of(2017, 5, 1));
  }
}
