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
import io.github.frikommune.core.exemption.ExemptionAnswer;
import io.github.frikommune.core.exemption.ExemptionQuestion;
import io.github.frikommune.core.law.Extension;
import io.github.frikommune.core.law.LegalAct;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.lifecycle.ApplicationContext;
import io.github.frikommune.core.lifecycle.ApplicationEvent;
import io.github.frikommune.core.lifecycle.ConditionContext;
import io.github.frikommune.core.lifecycle.ConditionEvent;
import io.github.frikommune.core.lifecycle.EventId;
import io.github.frikommune.core.lifecycle.History;
import io.github.frikommune.core.lifecycle.LifecycleEvent;
import io.github.frikommune.core.lifecycle.ParticipationContext;
import io.github.frikommune.core.lifecycle.ParticipationEvent;
import io.github.frikommune.core.lifecycle.RecordedEvent;
import io.github.frikommune.core.lifecycle.TrialContext;
import io.github.frikommune.core.lifecycle.TrialEvent;
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
import io.github.frikommune.core.trial.EvaluationWorkshop;
import io.github.frikommune.core.trial.LegalBasis;
import io.github.frikommune.core.trial.MeasurementPoint;
import io.github.frikommune.core.trial.Participation;
import io.github.frikommune.core.trial.Trial;
import io.github.frikommune.core.trial.TrialId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Gives jqwik a default arbitrary for every frikommune-core value a test would generate, so
 * that {@code @ForAll Application application} works with nothing but the testkit on the test
 * class path.
 *
 * <p>It serves the domain's values (municipalities, provisions, programmes, applications,
 * decisions with every kind of condition, trials, portfolios and their parts), the lifecycles'
 * events, event ids, contexts, recorded events and histories, {@link EventSequence}s for
 * negative tests, and exemption questions and answers. The generic types are matched by their
 * type arguments: {@code History<TrialState, TrialEvent, TrialContext>} gives trial histories,
 * {@code RecordedEvent<ConditionEvent>} recorded condition events, and a wildcard or a raw type
 * any of the four lifecycles. Enums, the lifecycles' states and event types among them, are left
 * to jqwik's own enum support. What the library computes from such values (validation results,
 * reports, transitions, refusals, exemption scopes) is not generated: compute it from generated
 * values.
 *
 * <p>jqwik finds the provider through {@code META-INF/services} on the class path and through
 * {@code provides} on the module path. The no-argument instance generates from
 * {@link Frikommune#portfolios()}; a {@linkplain net.jqwik.api.domains.DomainContext domain
 * context} can make one from a configured {@link PortfolioArbitrary}, so that applications,
 * decisions, trials, histories, exemption answers and portfolios all come from that scenario.
 * Immutable and thread-safe.
 */
public final class FrikommuneArbitraryProvider implements ArbitraryProvider {
  private final ImmutableMap<Class<?>, Supplier<Arbitrary<?>>> arbitraries;
  private final ImmutableMap<LifecycleKind<?, ?, ?>, Supplier<HistoryArbitrary<?, ?, ?>>> histories;

  /** A provider of values from {@link Frikommune#portfolios()}; jqwik calls this. */
  public FrikommuneArbitraryProvider() {
    this(Frikommune.portfolios());
  }

  /**
   * A provider whose aggregates come from the given portfolios.
   *
   * @param portfolios the scenario that applications, decisions, trials, programmes, networks,
   *     rounds, portfolios, the lifecycles' contexts and histories, and exemption answers are cut
   *     from
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
            .put(EvaluationWorkshop.class, Frikommune::evaluationWorkshops)
            .put(Programme.class, portfolios::programmes)
            .put(Network.class, portfolios::networks)
            .put(ApplicationRound.class, portfolios::rounds)
            .put(Application.class, portfolios::applications)
            .put(Decision.class, portfolios::decisions)
            .put(Trial.class, portfolios::trials)
            .put(Portfolio.class, () -> portfolios)
            .put(EventId.class, Frikommune::eventIds)
            .put(ApplicationEvent.class, Frikommune::applicationEvents)
            .put(TrialEvent.class, Frikommune::trialEvents)
            .put(ParticipationEvent.class, Frikommune::participationEvents)
            .put(ConditionEvent.class, Frikommune::conditionEvents)
            .put(
                LifecycleEvent.class,
                () ->
                    Arbitraries.oneOf(
                        List.of(
                            Frikommune.applicationEvents(),
                            Frikommune.trialEvents(),
                            Frikommune.participationEvents(),
                            Frikommune.conditionEvents())))
            .put(ApplicationContext.class, () -> portfolios.applicationHistories().contexts())
            .put(TrialContext.class, () -> portfolios.trialHistories().contexts())
            .put(ParticipationContext.class, () -> portfolios.participationHistories().contexts())
            .put(ConditionContext.class, () -> portfolios.conditionHistories().contexts())
            .put(ExemptionQuestion.class, Frikommune::exemptionQuestions)
            .put(ExemptionAnswer.class, portfolios::exemptionAnswers)
            .build();
    this.histories =
        ImmutableMap.of(
            LifecycleKind.APPLICATION, portfolios::applicationHistories,
            LifecycleKind.TRIAL, portfolios::trialHistories,
            LifecycleKind.PARTICIPATION, portfolios::participationHistories,
            LifecycleKind.CONDITION, portfolios::conditionHistories);
  }

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return arbitraries.containsKey(targetType.getRawType()) || !lifecycleArbitraries(targetType).isEmpty();
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    Supplier<Arbitrary<?>> simple = arbitraries.get(targetType.getRawType());
    return simple != null ? Set.of(simple.get()) : lifecycleArbitraries(targetType);
  }

  /**
   * The arbitraries of the generic lifecycle types: a {@link History} or an
   * {@link EventSequence} of each lifecycle whose state, event and context types match, and
   * {@link RecordedEvent}s of each whose event type matches. A raw type or a wildcard matches
   * every lifecycle, e.g. {@code History<?, ?, ?>} gives histories of all four.
   */
  private Set<Arbitrary<?>> lifecycleArbitraries(TypeUsage type) {
    Class<?> raw = type.getRawType();
    Set<Arbitrary<?>> out = new LinkedHashSet<>();
    for (LifecycleKind<?, ?, ?> kind : LifecycleKind.ALL) {
      if (raw == History.class && matches(type, kind.stateType(), kind.eventType(), kind.contextType())) {
        out.add(histories.get(kind).get());
      } else if (raw == EventSequence.class && matches(type, kind.stateType(), kind.eventType(), kind.contextType())) {
        out.add(histories.get(kind).get().eventSequences());
      } else if (raw == RecordedEvent.class && matches(type, kind.eventType())) {
        out.add(Frikommune.recordedEvents(kind.anyEvents()));
      }
    }
    return out;
  }

  /** Whether each type argument is the given class, a wildcard it fits, or a type variable. */
  private static boolean matches(TypeUsage type, Class<?>... arguments) {
    List<TypeUsage> given = type.getTypeArguments();
    if (given.isEmpty()) {
      return true;
    }
    if (given.size() != arguments.length) {
      return false;
    }
    for (int i = 0; i < arguments.length; i++) {
      TypeUsage argument = given.get(i);
      Class<?> wanted = arguments[i];
      boolean fits =
          argument.isTypeVariableOrWildcard()
              ? argument.getUpperBounds().stream().allMatch(bound -> bound.getRawType().isAssignableFrom(wanted))
                  && argument.getLowerBounds().stream().allMatch(bound -> wanted.isAssignableFrom(bound.getRawType()))
              : argument.isOfType(wanted);
      if (!fits) {
        return false;
      }
    }
    return true;
  }
}
