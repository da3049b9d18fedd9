package io.github.frikommune.testkit.usage;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.testkit.Frikommune;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DeadlineProperties {

  @Property
  void everySubmissionMeetsItsDeadline(@ForAll Portfolio portfolio) {
    for (Application application : portfolio.applications()) {
      application.submittedOn().ifPresent(submitted ->
          assertThat(portfolio.round(application.round()).orElseThrow().accepts(submitted)).isTrue());
    }
  }

  @Property(tries = 100)
  void northJutlandPortfoliosStaySmall(@ForAll("northJutland") Portfolio portfolio) {
    assertThat(portfolio.applications()).hasSizeLessThanOrEqualTo(5);
  }

  @Provide
  Arbitrary<Portfolio> northJutland() {
    return Frikommune.northJutland().ofMaxApplications(5);
  }
}
