package io.github.frikommune.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.programme.ParticipationModel;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class PortfolioArbitraryProperties {

  @Property(tries = 500)
  void generatedPortfolio_keepsEveryPromise(@ForAll("portfolios") Portfolio portfolio) {
    Statistics.label("model").collect(portfolio.programme().participationModel().code());
    Statistics.label("trials").collect(portfolio.trials().isEmpty() ? "none" : "some");
    assertThat(PortfolioInvariants.brokenBy(portfolio)).isEmpty();
  }

  @Property(tries = 200)
  void northJutlandPortfolio_keepsEveryPromise(@ForAll("northJutland") Portfolio portfolio) {
    assertThat(PortfolioInvariants.brokenBy(portfolio)).isEmpty();
    assertThat(portfolio.networks()).singleElement().satisfies(n -> assertThat(n.members()).hasSize(11));
  }

  @Property(tries = 200)
  void singleMunicipalityPortfolio_keepsEveryPromise(@ForAll("single") Portfolio portfolio) {
    assertThat(PortfolioInvariants.brokenBy(portfolio)).isEmpty();
    assertThat(portfolio.networks()).isEmpty();
  }

  @Provide
  Arbitrary<Portfolio> portfolios() {
    return Frikommune.portfolios();
  }

  @Provide
  Arbitrary<Portfolio> northJutland() {
    return Frikommune.northJutland().ofMinApplications(1);
  }

  @Provide
  Arbitrary<Portfolio> single() {
    return Frikommune.portfolios().withParticipationModel(ParticipationModel.SINGLE_MUNICIPALITIES);
  }
}
