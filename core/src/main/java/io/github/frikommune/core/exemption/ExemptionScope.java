package io.github.frikommune.core.exemption;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.application.ApplicationId;
import io.github.frikommune.core.application.RequestedExemption;
import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.decision.Condition;
import io.github.frikommune.core.decision.ConditionStatus;
import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.decision.ParticipantsRestricted;
import io.github.frikommune.core.decision.PeriodRestricted;
import io.github.frikommune.core.decision.ProvisionsRestricted;
import io.github.frikommune.core.decision.TargetGroupsExcluded;
import io.github.frikommune.core.decision.TargetGroupsKept;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.programme.Network;
import io.github.frikommune.core.programme.ParticipationModel;
import io.github.frikommune.core.targetgroup.TargetGroup;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * The exemption scope (<i>fritagelsens omfang</i>) of a decision: which provisions may be
 * deviated from, for which target groups, by which municipalities, in which period.
 *
 * <p>The scope starts as the application asked: its requested exemptions, the whole network
 * (or the applicants in a programme of single municipalities) and the programme's period as
 * extended. Each machine-readable condition of the decision can only narrow it:
 *
 * <ul>
 *   <li>{@link TargetGroupsKept} keeps a requested group that lies within a kept one, and a
 *       kept group that lies within a requested one;
 *   <li>{@link TargetGroupsExcluded} drops the groups within an excluded one, and remembers an
 *       excluded group that lies within a group still covered;
 *   <li>{@link ParticipantsRestricted} keeps only the named municipalities; where the others
 *       must apply separately they are listed in {@link #mayApplySeparately()};
 *   <li>{@link ProvisionsRestricted} keeps requested provisions inside a kept one, and kept
 *       provisions inside a requested one;
 *   <li>{@link PeriodRestricted} shortens the period.
 * </ul>
 *
 * <p>A waived condition no longer narrows. For the seed case: Mikrolån gives Aalborg only,
 * for job-ready and education-ready citizens only, the others having to apply separately;
 * Iværksætteri drops integration citizens; the granted ones cover the whole network, each
 * municipality pending the ministry's confirmation (which the trial's participations record).
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExemptionScope {
  ExemptionScope() {}

  /**
   * The application the scope comes from.
   *
   * @return the application's identifier
   */
  public abstract ApplicationId application();

  /**
   * The provisions and target groups covered, one part per requested exemption that keeps at
   * least one provision and one group.
   *
   * @return the parts, in the application's order
   */
  public abstract ImmutableList<GrantedExemption> exemptions();

  /**
   * Target groups taken out by a condition although they lie within a group still covered,
   * e.g. job-ready cash-benefit recipients excluded from an exemption for all job-ready.
   *
   * @return the excluded groups, in the order of the conditions
   */
  public abstract ImmutableSet<TargetGroup> excludedGroups();

  /**
   * The municipalities that may use the exemption once their participation is confirmed.
   *
   * @return the municipalities, ordered by code
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<Municipality> municipalities();

  /**
   * The municipalities left out by a condition that lets them apply separately to join
   * (<i>særskilt ansøge</i>).
   *
   * @return the municipalities, ordered by code
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<Municipality> mayApplySeparately();

  /**
   * The period in which the exemption may be used at most: the programme's period as
   * extended, shortened by a period condition. The trial's legal basis and period narrow it
   * further.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * The scope an application asks for, before any decision: its requested exemptions, the
   * whole network or the applicants, and the programme's period as extended.
   *
   * @param application the application
   * @param context the portfolio that holds the application's programme and network
   * @return the requested scope
   */
  public static ExemptionScope requested(Application application, Portfolio context) {
    ImmutableSortedSet.Builder<Municipality> municipalities = ImmutableSortedSet.naturalOrder();
    if (context.programme().participationModel() == ParticipationModel.NETWORKS) {
      application.network().flatMap(context::network).map(Network::members).ifPresent(municipalities::addAll);
    }
    municipalities.addAll(application.participants());
    ImmutableExemptionScope.Builder scope =
        new ImmutableExemptionScope.Builder()
            .application(application.id())
            .municipalities(municipalities.build())
            .period(context.programme().periodAsExtended());
    for (RequestedExemption e : application.exemptions()) {
      if (!e.provisions().isEmpty() && !e.targetGroups().isEmpty()) {
        scope.addExemption(GrantedExemption.of(e.provisions(), e.targetGroups()));
      }
    }
    return scope.build();
  }

  /**
   * The scope a decision grants: the requested scope narrowed by each of the decision's
   * conditions that is not waived.
   *
   * @param application the application decided on
   * @param decision the decision on it
   * @param context the portfolio that holds the application's programme and network
   * @return the scope, or empty for a rejection
   * @throws IllegalArgumentException if the decision is not on the application
   */
  public static Optional<ExemptionScope> of(Application application, Decision decision, Portfolio context) {
    if (!decision.application().equals(application.id())) {
      throw new IllegalArgumentException(
          "decision application must be " + application.id() + ", was " + decision.application());
    }
    if (!decision.isGranted()) {
      return Optional.empty();
    }
    ExemptionScope scope = requested(application, context);
    for (Condition c : decision.conditions()) {
      if (c.status() != ConditionStatus.WAIVED) {
        scope = scope.narrowedBy(c);
      }
    }
    return Optional.of(scope);
  }

  /**
   * The scope of the decision on an application in a portfolio.
   *
   * @param portfolio the portfolio
   * @param application the application's identifier
   * @return the scope, or empty if the application or its decision is not on record, or the
   *     decision is a rejection
   */
  public static Optional<ExemptionScope> of(Portfolio portfolio, ApplicationId application) {
    return portfolio.application(application)
        .flatMap(a -> portfolio.decisionOn(application).flatMap(d -> of(a, d, portfolio)));
  }

  /**
   * This scope narrowed by one condition. A condition that is not machine-readable, or that
   * asks for nothing outside the scope, leaves it equal: that is how a condition that "narrows
   * the request" is told apart.
   *
   * @param condition the condition
   * @return the narrowed scope, equal to this one if nothing changes
   */
  public ExemptionScope narrowedBy(Condition condition) {
    switch (condition.kind()) {
      case TARGET_GROUPS_KEPT:
        return keepGroups(((TargetGroupsKept) condition).groups());
      case TARGET_GROUPS_EXCLUDED:
        return excludeGroups(((TargetGroupsExcluded) condition).groups());
      case PARTICIPANTS_RESTRICTED:
        return restrictParticipants((ParticipantsRestricted) condition);
      case PROVISIONS_RESTRICTED:
        return keepProvisions(((ProvisionsRestricted) condition).provisions());
      case PERIOD_RESTRICTED:
        return restrictPeriod(((PeriodRestricted) condition).period());
      default:
        return this;
    }
  }

  /**
   * Whether the scope covers a provision for a target group, leaving aside who and when.
   *
   * @param provision the provision asked about
   * @param group the citizen's target group
   * @return true if some part covers both and no excluded group contains the group
   */
  public boolean covers(Provision provision, TargetGroup group) {
    return exemptions().stream().anyMatch(e -> e.coversProvision(provision) && e.coversGroup(group))
        && excludedGroups().stream().noneMatch(group::isWithin);
  }

  /**
   * Whether any part covers a provision, for any target group.
   *
   * @param provision the provision asked about
   * @return true if covered
   */
  public boolean coversProvision(Provision provision) {
    return exemptions().stream().anyMatch(e -> e.coversProvision(provision));
  }

  private ExemptionScope keepGroups(Set<TargetGroup> kept) {
    return mapExemptions(e -> {
      Set<TargetGroup> groups = new LinkedHashSet<>();
      for (TargetGroup g : e.targetGroups()) {
        if (kept.stream().anyMatch(g::isWithin)) {
          groups.add(g);
        } else {
          kept.stream().filter(k -> k.isWithin(g)).forEach(groups::add);
        }
      }
      return GrantedExemption.of(e.provisions(), groups);
    });
  }

  private ExemptionScope excludeGroups(Set<TargetGroup> excluded) {
    ExemptionScope narrowed =
        mapExemptions(e -> GrantedExemption.of(
            e.provisions(),
            e.targetGroups().stream().filter(g -> excluded.stream().noneMatch(g::isWithin)).collect(ImmutableList.toImmutableList())));
    Set<TargetGroup> stillExcluded = new LinkedHashSet<>(excludedGroups());
    for (TargetGroup x : excluded) {
      if (narrowed.exemptions().stream().anyMatch(e -> e.coversGroup(x))) {
        stillExcluded.add(x);
      }
    }
    return ImmutableExemptionScope.copyOf(narrowed).withExcludedGroups(stillExcluded);
  }

  private ExemptionScope restrictParticipants(ParticipantsRestricted condition) {
    Set<Municipality> kept = Sets.intersection(municipalities(), condition.participants());
    Set<Municipality> left = Sets.difference(municipalities(), condition.participants());
    Set<Municipality> mayApply =
        condition.othersMustApplySeparately()
            ? Sets.union(mayApplySeparately(), left)
            : Sets.intersection(mayApplySeparately(), condition.participants());
    return ImmutableExemptionScope.copyOf(this)
        .withMunicipalities(ImmutableSortedSet.copyOf(kept))
        .withMayApplySeparately(ImmutableSortedSet.copyOf(mayApply));
  }

  private ExemptionScope keepProvisions(ImmutableList<Provision> kept) {
    return mapExemptions(e -> {
      Set<Provision> provisions = new LinkedHashSet<>();
      for (Provision p : e.provisions()) {
        if (kept.stream().anyMatch(k -> k.contains(p))) {
          provisions.add(p);
        } else {
          kept.stream().filter(p::contains).forEach(provisions::add);
        }
      }
      return GrantedExemption.of(provisions, e.targetGroups());
    });
  }

  private ExemptionScope restrictPeriod(Period limit) {
    if (!period().overlaps(limit)) {
      // Nothing of the requested period is left: the scope keeps the condition's period and
      // covers nothing.
      return ImmutableExemptionScope.copyOf(this).withPeriod(limit).withExemptions(ImmutableList.of());
    }
    LocalDate start = period().startInclusive().isAfter(limit.startInclusive()) ? period().startInclusive() : limit.startInclusive();
    LocalDate end = period().endInclusive().isBefore(limit.endInclusive()) ? period().endInclusive() : limit.endInclusive();
    return ImmutableExemptionScope.copyOf(this).withPeriod(Period.of(start, end));
  }

  private ExemptionScope mapExemptions(UnaryOperator<GrantedExemption> narrowing) {
    ImmutableList<GrantedExemption> narrowed =
        exemptions().stream()
            .map(narrowing)
            .filter(e -> !e.provisions().isEmpty() && !e.targetGroups().isEmpty())
            .collect(ImmutableList.toImmutableList());
    return ImmutableExemptionScope.copyOf(this).withExemptions(narrowed);
  }
}
