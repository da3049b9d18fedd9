package io.github.frikommune.benchmarks.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.municipality.Municipalities;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.validation.PortfolioValidator;
import org.junit.jupiter.api.Test;

class GeneratedPortfolioTest {
  @Test
  void withApplications_hasThatManyApplications_eachDecided_andIsTheSameEveryTime() {
    Portfolio portfolio = GeneratedPortfolio.withApplications(1000);

    assertThat(portfolio.applications()).hasSize(1000);
    assertThat(portfolio.decisions()).hasSize(1000);
    assertThat(portfolio.trials()).hasSizeBetween(700, 900);
    assertThat(GeneratedPortfolio.withApplications(1000)).isEqualTo(portfolio);
  }

  @Test
  void withTrials_hasThatManyTrials_acrossThe98Municipalities() {
    Portfolio portfolio = GeneratedPortfolio.withTrials(1000);

    assertThat(portfolio.trials()).hasSize(1000);
    assertThat(portfolio.networks().stream().flatMap(n -> n.members().stream()).distinct())
        .containsExactlyInAnyOrderElementsOf(Municipalities.all());
  }

  @Test
  void generatedPortfolio_isValid() {
    assertThat(PortfolioValidator.validate(GeneratedPortfolio.withApplications(2000)).violations()).isEmpty();
  }
}
