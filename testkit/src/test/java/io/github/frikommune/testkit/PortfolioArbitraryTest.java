package io.github.frikommune.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.programme.Network;
import io.github.frikommune.core.programme.NetworkId;
import io.github.frikommune.core.programme.ParticipationModel;
import io.github.frikommune.core.programme.Programme;
import io.github.frikommune.core.programme.ProgrammeId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioArbitraryTest {
  private static final Network NETWORK =
      Network.builder()
          .id(NetworkId.of("vest"))
          .programme(ProgrammeId.of("P1"))
          .name("Vestnetværket")
          .addMember(Municipality.of(851))
          .addMember(Municipality.of(860))
          .build();

  @Test
  void givenNetwork_makesEveryApplication() {
    List<Portfolio> portfolios =
        Frikommune.portfolios().withNetwork(NETWORK).ofMinApplications(1).ofMaxApplications(3).sampleStream().limit(30).toList();

    assertThat(portfolios).allSatisfy(p -> {
      assertThat(p.programme().id()).isEqualTo(ProgrammeId.of("P1"));
      assertThat(p.networks()).containsExactly(NETWORK);
      assertThat(p.applications()).hasSizeBetween(1, 3).allMatch(a -> a.network().orElseThrow().equals(NETWORK.id()));
      assertThat(PortfolioInvariants.brokenBy(p)).isEmpty();
    });
  }

  @Test
  void networkOfAnotherProgramme_isRefused() {
    Programme other =
        Programme.builder()
            .id(ProgrammeId.of("P2"))
            .name("Andet program")
            .period(Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31)))
            .participationModel(ParticipationModel.NETWORKS)
            .build();

    assertThatThrownBy(() -> Frikommune.portfolios().withProgramme(other).withNetwork(NETWORK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("portfolio network vest must belong to programme P2, was of P1");
  }

  @Test
  void networksInSingleMunicipalityProgramme_areRefused() {
    assertThatThrownBy(
            () -> Frikommune.portfolios().withParticipationModel(ParticipationModel.SINGLE_MUNICIPALITIES).withNetwork(NETWORK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("portfolio networks need a programme with networks, was single-municipalities");
  }

  @Test
  void maxBelowMin_isRefused() {
    assertThatThrownBy(() -> Frikommune.portfolios().ofMinApplications(5).ofMaxApplications(2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("portfolio maxApplications must be ≥ minApplications (5), was 2");
  }

  @Test
  void fixedMunicipalities_areTheOnlyApplicants() {
    List<Municipality> two = List.of(Municipality.of(825), Municipality.of(851));

    assertThat(
            Frikommune.portfolios()
                .withParticipationModel(ParticipationModel.SINGLE_MUNICIPALITIES)
                .withMunicipalities(two)
                .applications()
                .sampleStream()
                .limit(30))
        .allSatisfy(a -> assertThat(two).containsAll(a.participants()));
  }
}
