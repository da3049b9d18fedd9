package io.github.frikommune.testkit.usage;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.decision.Condition;
import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.decision.Outcome;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.trial.Trial;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A user's test: it imports nothing from the testkit and declares no domain. The testkit's
 * ArbitraryProvider service alone makes these parameters work.
 */
class UserStoryProperties {

  @Property(tries = 50)
  void anyApplication(@ForAll Application application) {
    assertThat(application.exemptions()).isNotEmpty();
    application.submittedOn().ifPresent(
        submitted -> application.approvals().forEach(
            a -> a.approvedOn().ifPresent(day -> assertThat(day).isBeforeOrEqualTo(submitted))));
  }

  @Property(tries = 50)
  void anyDecision(@ForAll Decision decision) {
    if (decision.outcome() == Outcome.PARTIALLY_GRANTED) {
      assertThat(decision.narrowingConditions()).isNotEmpty();
    } else {
      assertThat(decision.narrowingConditions()).isEmpty();
    }
  }

  @Property(tries = 50)
  void anyTrial(@ForAll Trial trial) {
    assertThat(trial.legalBases()).isNotEmpty();
    trial.period().ifPresent(p -> assertThat(p.startInclusive()).isAfterOrEqualTo(trial.inForceFrom().orElseThrow()));
  }

  @Property(tries = 20)
  void anyPortfolio(@ForAll Portfolio portfolio) {
    portfolio.trials().forEach(t -> assertThat(portfolio.decisionOn(t.application())).hasValueSatisfying(d -> assertThat(d.isGranted()).isTrue()));
  }

  @Property(tries = 50)
  void smallValues(@ForAll Municipality municipality, @ForAll Provision provision, @ForAll Condition condition) {
    assertThat(Municipality.of(municipality.code())).isEqualTo(municipality);
    assertThat(Provision.parse(provision.toString())).isEqualTo(provision);
    assertThat(condition.statusDate().isPresent() || condition.status().code().equals("pending")).isTrue();
  }
}
