package io.github.frikommune.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.lifecycle.ApplicationContext;
import io.github.frikommune.core.lifecycle.ApplicationEvent;
import io.github.frikommune.core.lifecycle.ApplicationState;
import io.github.frikommune.core.lifecycle.History;
import io.github.frikommune.core.lifecycle.TrialContext;
import io.github.frikommune.core.lifecycle.TrialEvent;
import io.github.frikommune.core.lifecycle.TrialState;
import io.github.frikommune.core.municipality.Region;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.programme.NetworkId;
import io.github.frikommune.core.programme.ProgrammeId;
import io.github.frikommune.core.trial.Trial;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

class DomainContextProperties {

  @Property(tries = 50)
  @Domain(NorthJutlandDomain.class)
  void northJutland_applicationsComeFromTheNetwork(@ForAll Application application) {
    assertThat(application.network()).contains(NetworkId.of("nordjylland"));
    assertThat(application.participants()).allMatch(m -> m.region() == Region.NORDJYLLAND);
    assertThat(application.round().programme()).isEqualTo(ProgrammeId.of("FK2"));
  }

  @Property(tries = 50)
  @Domain(NorthJutlandDomain.class)
  void northJutland_trialsEndByTheExtendedProgrammeEnd(@ForAll Trial trial) {
    trial.periodAsExtended().ifPresent(p -> assertThat(p.endInclusive()).isBeforeOrEqualTo("2021-12-31"));
  }

  @Property(tries = 30)
  @Domain(NorthJutlandDomain.class)
  void northJutland_applicationHistoriesAreJudgedByItsRoundDeadlines(
      @ForAll History<ApplicationState, ApplicationEvent, ApplicationContext> history) {
    assertThat(history.context().roundDeadline())
        .isIn(LocalDate.of(2016, 12, 1), LocalDate.of(2017, 5, 1), LocalDate.of(2017, 11, 1));
    assertThat(history.context().participants()).allMatch(m -> m.region() == Region.NORDJYLLAND);
  }

  @Property(tries = 30)
  @Domain(NorthJutlandDomain.class)
  void northJutland_trialHistoriesEndByTheExtendedProgrammeEnd(@ForAll History<TrialState, TrialEvent, TrialContext> history) {
    assertThat(history.context().programmeEnd()).isEqualTo(LocalDate.of(2021, 12, 31));
    history.effective().forEach(e -> e.event().newEnd().ifPresent(end -> assertThat(end).isBeforeOrEqualTo("2021-12-31")));
  }

  @Property(tries = 50)
  @Domain(SingleMunicipalityDomain.class)
  void singleMunicipality_applicantAppliesAlone(@ForAll Application application) {
    assertThat(application.network()).isEmpty();
    assertThat(application.coApplicants()).isEmpty();
    assertThat(application.leadApplicant()).isPresent();
  }

  @Property(tries = 50)
  @Domain(NetworkProgrammeDomain.class)
  void networkProgramme_portfolioHasNetworks(@ForAll Portfolio portfolio) {
    assertThat(portfolio.networks()).isNotEmpty();
    assertThat(PortfolioInvariants.brokenBy(portfolio)).isEmpty();
  }
}
