package io.github.frikommune.testkit;

import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.application.RequestedExemption;
import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.exemption.ExemptionQuestion;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.programme.Network;
import io.github.frikommune.core.targetgroup.TargetGroup;
import io.github.frikommune.core.trial.Participation;
import io.github.frikommune.core.trial.Trial;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Exemption questions (<i>fritagelsesspørgsmål</i>): free-standing ones, and ones aimed at a
 * portfolio's trials so that an index of the portfolio answers yes as well as no.
 */
final class Questions {
  private Questions() {}

  /** Any municipality, day, provision and known target group. */
  static Arbitrary<ExemptionQuestion> any() {
    return Combinators.combine(Values.municipalities(), Values.dates(), Values.provisions(), Values.targetGroups())
        .as(ExemptionQuestion::of);
  }

  /**
   * Mostly about one of the portfolio's trials: a municipality of its application's network or
   * its participants, a provision and a target group from what the application asked for, on a
   * day from 60 days before its period (or its decision) to 60 days after; now and then anything.
   */
  static Arbitrary<ExemptionQuestion> about(Portfolio portfolio) {
    List<Arbitrary<ExemptionQuestion>> aimed = new ArrayList<>();
    for (Trial trial : portfolio.trials()) {
      portfolio.application(trial.application()).ifPresent(application -> aimed.add(about(portfolio, trial, application)));
    }
    if (aimed.isEmpty()) {
      return any();
    }
    return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.oneOf(aimed)), Tuple.of(1, any()));
  }

  private static Arbitrary<ExemptionQuestion> about(Portfolio portfolio, Trial trial, Application application) {
    Set<Municipality> municipalities = new LinkedHashSet<>();
    trial.participants().stream().map(Participation::municipality).forEach(municipalities::add);
    municipalities.addAll(application.participants());
    application.network().flatMap(portfolio::network).map(Network::members).ifPresent(municipalities::addAll);
    Set<Provision> provisions = new LinkedHashSet<>();
    Set<TargetGroup> groups = new LinkedHashSet<>();
    for (RequestedExemption exemption : application.exemptions()) {
      provisions.addAll(exemption.provisions());
      groups.addAll(exemption.targetGroups());
    }
    LocalDate from =
        trial.periodAsExtended()
            .map(Period::startInclusive)
            .or(() -> portfolio.decisionOn(application.id()).map(d -> d.decidedOn()))
            .orElse(portfolio.programme().period().startInclusive())
            .minusDays(60);
    LocalDate to = trial.periodAsExtended().map(Period::endInclusive).orElse(from.plusDays(365)).plusDays(60);
    int days = (int) ChronoUnit.DAYS.between(from, to);
    return Combinators.combine(
            Arbitraries.of(List.copyOf(municipalities)),
            Values.days(days).map(from::plusDays),
            Arbitraries.of(List.copyOf(provisions)),
            Arbitraries.of(List.copyOf(groups)))
        .as(ExemptionQuestion::of);
  }
}
