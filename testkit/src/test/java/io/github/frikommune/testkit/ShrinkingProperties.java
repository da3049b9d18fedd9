package io.github.frikommune.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.portfolio.Portfolio;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Shows that a failing portfolio shrinks to a few applications: a deliberately false property
 * must fail, and its shrunk sample must be the smallest counterexample. Removing applications
 * is the first thing shrinking tries, so it is done well inside jqwik's 10-second bound.
 */
class ShrinkingProperties {

  /** False as soon as a portfolio has three applications; the hook expects that failure. */
  @Property(seed = "42")
  @AddLifecycleHook(ExpectShrunkToThreeApplications.class)
  void fewerThanThreeApplications(@ForAll("portfolios") Portfolio portfolio) {
    assertThat(portfolio.applications()).hasSizeLessThan(3);
  }

  @Provide
  Arbitrary<Portfolio> portfolios() {
    return Frikommune.portfolios().ofMaxApplications(10);
  }

  /** Turns the expected failure into success once the shrunk sample is checked. */
  abstract static class ExpectShrunk implements AroundPropertyHook {
    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
      PropertyExecutionResult result = property.execute();
      assertThat(result.status()).isEqualTo(PropertyExecutionResult.Status.FAILED);
      Portfolio shrunk = (Portfolio) result.falsifiedParameters().orElseThrow().get(0);
      check(shrunk);
      assertThat(PortfolioInvariants.brokenBy(shrunk)).isEmpty();
      return result.mapToSuccessful();
    }

    abstract void check(Portfolio shrunk);
  }

  static final class ExpectShrunkToThreeApplications extends ExpectShrunk {
    @Override
    void check(Portfolio shrunk) {
      assertThat(shrunk.applications()).hasSize(3);
    }
  }
}
