package io.github.frikommune.testkit;

import java.util.Collection;
import java.util.List;
import net.jqwik.api.domains.DomainContextBase;
import net.jqwik.api.providers.ArbitraryProvider;

/**
 * The shared form of the testkit's domain contexts: every type the provider serves, with the
 * aggregates, histories and answers cut from one configured {@link PortfolioArbitrary}.
 */
abstract class ScenarioDomain extends DomainContextBase {
  private final PortfolioArbitrary portfolios;

  ScenarioDomain(PortfolioArbitrary portfolios) {
    this.portfolios = portfolios;
  }

  @Override
  public Collection<ArbitraryProvider> getArbitraryProviders() {
    return List.of(new FrikommuneArbitraryProvider(portfolios));
  }
}
