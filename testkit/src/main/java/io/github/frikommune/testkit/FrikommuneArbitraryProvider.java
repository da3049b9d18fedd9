package io.github.frikommune.testkit;

import com.google.common.collect.ImmutableMap;
import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.application.ApplicationId;
import io.github.frikommune.core.application.Consultation;
import io.github.frikommune.core.application.PoliticalApproval;
import io.github.frikommune.core.application.RequestedExemption;
import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.decision.Condition;
import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.decision.EvaluationDuty;
import io.github.frikommune.core.decision.FreeTextCondition;
import io.github.frikommune.core.decision.ParticipantsRestricted;
import io.github.frikommune.core.decision.PeriodRestricted;
import io.github.frikommune.core.decision.ProvisionsRestricted;
import io.github.frikommune.core.decision.ReportingDuty;
import io.github.frikommune.core.decision.TargetGroupsExcluded;
import io.github.frikommune.core.decision.TargetGroupsKept;
import io.github.frikommune.core.law.Extension;
import io.github.frikommune.core.law.LegalAct;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.municipality.MunicipalityCode;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.programme.ApplicationRound;
import io.github.frikommune.core.programme.Network;
import io.github.frikommune.core.programme.NetworkId;
import io.github.frikommune.core.programme.Programme;
import io.github.frikommune.core.programme.ProgrammeId;
import io.github.frikommune.core.programme.RoundId;
import io.github.frikommune.core.targetgroup.TargetGroup;
import io.github.frikommune.core.trial.EvaluationDesign;
import io.github.frikommune.core.trial.LegalBasis;
import io.github.frikommune.core.trial.MeasurementPoint;
import io.github.frikommune.core.trial.Participation;
import io.github.frikommune.core.trial.Trial;
import io.github.frikommune.core.trial.TrialId;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Gives jqwik a default arbitrary for every public frikommune-core type, so that
 * {@code @ForAll Application application} works with nothing but the testkit on the test class
 * path.
 *
 * <p>jqwik finds the provider through {@code META-INF/services} on the class path and through
 * {@code provides} on the module path. The no-argument instance generates from
 * {@link Frikommune#portfolios()}; a {@linkplain net.jqwik.api.domains.DomainContext domain
 * context} can make one from a configured {@link PortfolioArbitrary}, so that applications,
 * decisions, trials, programmes, networks, rounds and portfolios all come from that scenario.
 * Enums are left to jqwik's own enum support. Immutable and thread-safe.
 */
public final class FrikommuneArbitraryProvider implements ArbitraryProvider {
  private final ImmutableMap<Class<?>, Supplier<Arbitrary<?>>> arbitraries;

  /** A provider of values from {@link Frikommune#portfolios()}; jqwik calls this. */
  public FrikommuneArbitraryProvider() {
    this(Frikommune.portfolios());
  }

  /**
   * A provider whose aggregates come from the given portfolios.
   *
   * @param portfolios the scenario that applications, decisions, trials, programmes, networks,
   *     rounds and portfolios are cut from
   */
  public FrikommuneArbitraryProvider(PortfolioArbitrary portfolios) {
    this.arbitraries =
        ImmutableMap.<Class<?>, Supplier<Arbitrary<?>>>builder()
            .put(Municipality.class, Frikommune::municipalities)
            .put(MunicipalityCode.class, Frikommune::municipalityCodes)
            .put(TargetGroup.class, Frikommune::targetGroups)
            .put(Provision.class, Frikommune::provisions)
            .put(LegalAct.class, Frikommune::legalActs)
            .put(Extension.class, Frikommune::extensions)
            .put(Period.class, Frikommune::periods)
            .put(ProgrammeId.class, Frikommune::programmeIds)
            .put(NetworkId.class, Frikommune::networkIds)
            .put(RoundId.class, Frikommune::roundIds)
            .put(ApplicationId.class, Frikommune::applicationIds)
            .put(TrialId.class, Frikommune::trialIds)
            .put(RequestedExemption.class, Frikommune::requestedExemptions)
            .put(Consultation.class, Frikommune::consultations)
            .put(PoliticalApproval.class, Frikommune::politicalApprovals)
            .put(Condition.class, Frikommune::conditions)
            .put(TargetGroupsKept.class, () -> Frikommune.conditions(TargetGroupsKept.class))
            .put(TargetGroupsExcluded.class, () -> Frikommune.conditions(TargetGroupsExcluded.class))
            .put(ParticipantsRestricted.class, () -> Frikommune.conditions(ParticipantsRestricted.class))
            .put(ProvisionsRestricted.class, () -> Frikommune.conditions(ProvisionsRestricted.class))
            .put(PeriodRestricted.class, () -> Frikommune.conditions(PeriodRestricted.class))
            .put(EvaluationDuty.class, () -> Frikommune.conditions(EvaluationDuty.class))
            .put(ReportingDuty.class, () -> Frikommune.conditions(ReportingDuty.class))
            .put(FreeTextCondition.class, () -> Frikommune.conditions(FreeTextCondition.class))
            .put(LegalBasis.class, Frikommune::legalBases)
            .put(Participation.class, Frikommune::participations)
            .put(EvaluationDesign.class, Frikommune::evaluationDesigns)
            .put(MeasurementPoint.class, Frikommune::measurementPoints)
            .put(Programme.class, portfolios::programmes)
            .put(Network.class, portfolios::networks)
            .put(ApplicationRound.class, portfolios::rounds)
            .put(Application.class, portfolios::applications)
            .put(Decision.class, portfolios::decisions)
            .put(Trial.class, portfolios::trials)
            .put(Portfolio.class, () -> portfolios)
            .build();
  }

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return arbitraries.containsKey(targetType.getRawType());
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return Set.of(arbitraries.get(targetType.getRawType()).get());
  }
}
