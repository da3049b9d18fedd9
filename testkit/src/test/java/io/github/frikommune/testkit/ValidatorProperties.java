package io.github.frikommune.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.validation.PortfolioValidator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The validator finds nothing wrong with a generated portfolio: no errors and no warnings. */
class ValidatorProperties {

  @Property(tries = 10_000)
  void generatedPortfolio_hasNoViolations(@ForAll Portfolio portfolio) {
    assertThat(PortfolioValidator.validate(portfolio).violations()).isEmpty();
  }
}
