package io.github.frikommune.testkit;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.decision.ConditionStatus;
import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.exemption.ExemptionAnswer;
import io.github.frikommune.core.exemption.ExemptionIndex;
import io.github.frikommune.core.lifecycle.ApplicationContext;
import io.github.frikommune.core.lifecycle.ApplicationEvent;
import io.github.frikommune.core.lifecycle.ApplicationState;
import io.github.frikommune.core.lifecycle.ConditionContext;
import io.github.frikommune.core.lifecycle.ConditionEvent;
import io.github.frikommune.core.lifecycle.ParticipationContext;
import io.github.frikommune.core.lifecycle.ParticipationEvent;
import io.github.frikommune.core.lifecycle.TrialContext;
import io.github.frikommune.core.lifecycle.TrialEvent;
import io.github.frikommune.core.lifecycle.TrialState;
import io.github.frikommune.core.municipality.Municipalities;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.programme.ApplicationRound;
import io.github.frikommune.core.programme.Network;
import io.github.frikommune.core.programme.ParticipationModel;
import io.github.frikommune.core.programme.Programme;
import io.github.frikommune.core.programme.ProgrammeId;
import io.github.frikommune.core.trial.Participation;
import io.github.frikommune.core.trial.ParticipationStatus;
import io.github.frikommune.core.trial.Trial;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates whole portfolios (<i>porteføljer</i>): a programme with its networks and rounds,
 * applications, the decisions on them and the trials they led to, valid by construction and
 * consistent as a whole.
 *
 * <p>In a generated portfolio:
 *
 * <ul>
 *   <li>applicants belong to their network, or apply alone in a programme of single
 *       municipalities, and no municipality appears twice in an application;
 *   <li>rounds are numbered 1..n with strictly increasing deadlines inside the programme's
 *       period; applications are submitted on or before their round's deadline, after every
 *       participant's political approval, and consultations are answered after they were sent
 *       and before the approval that takes their remarks into account;
 *   <li>decisions fall on or after the submission; a partial grant has a narrowing condition,
 *       a rejection has reasons and no conditions, a grant has duties at most;
 *   <li>conditions only narrow: kept or excluded target groups, participants and provisions are
 *       taken from the application, a restricted period lies in the programme's period;
 *   <li>trials follow grants only, start no earlier than every legal basis is in force and
 *       inside a restricted period, and end no later than the programme's end as extended;
 *   <li>ids are unique: applications are numbered per round ({@code A-1-01}), and a trial has
 *       its application's number.
 * </ul>
 *
 * <p>Everything is built from small independent choices, so a failing portfolio shrinks to a
 * few applications with dates on their deadlines. Configure with the {@code with…} and
 * {@code of…} methods, each of which returns a new arbitrary:
 *
 * <pre>{@code
 * Arbitrary<Portfolio> portfolios =
 *     Frikommune.portfolios().withNetwork(myNetwork).ofMaxApplications(5);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PortfolioArbitrary extends ArbitraryDecorator<Portfolio> {
  private static final int DEFAULT_MAX_APPLICATIONS = 10;
  private static final int DEFAULT_MAX_ROUNDS = 4;
  private static final int DEFAULT_MAX_NETWORKS = 3;
  private static final int ANSWERED_MAX_APPLICATIONS = 4;

  private final Optional<Programme> programme;
  private final Optional<ParticipationModel> participationModel;
  private final ImmutableList<Network> networks;
  private final ImmutableList<ApplicationRound> rounds;
  private final ImmutableList<Municipality> municipalities;
  private final int minApplications;
  private final int maxApplications;
  private final int maxRounds;
  private final int maxNetworks;

  PortfolioArbitrary() {
    this(
        Optional.empty(),
        Optional.empty(),
        ImmutableList.of(),
        ImmutableList.of(),
        Municipalities.all().asList(),
        0,
        DEFAULT_MAX_APPLICATIONS,
        DEFAULT_MAX_ROUNDS,
        DEFAULT_MAX_NETWORKS);
  }

  private PortfolioArbitrary(
      Optional<Programme> programme,
      Optional<ParticipationModel> participationModel,
      ImmutableList<Network> networks,
      ImmutableList<ApplicationRound> rounds,
      ImmutableList<Municipality> municipalities,
      int minApplications,
      int maxApplications,
      int maxRounds,
      int maxNetworks) {
    this.programme = programme;
    this.participationModel = participationModel;
    this.networks = networks;
    this.rounds = rounds;
    this.municipalities = municipalities;
    this.minApplications = minApplications;
    this.maxApplications = maxApplications;
    this.maxRounds = maxRounds;
    this.maxNetworks = maxNetworks;
    checkConsistent();
  }

  /**
   * A copy that uses the given programme instead of generating one.
   *
   * @param programme the programme every portfolio belongs to
   * @return the copy
   * @throws IllegalArgumentException if it does not fit the networks or rounds already given
   */
  public PortfolioArbitrary withProgramme(Programme programme) {
    return new PortfolioArbitrary(
        Optional.of(programme), participationModel, networks, rounds, municipalities,
        minApplications, maxApplications, maxRounds, maxNetworks);
  }

  /**
   * A copy whose programmes all work with networks, or all with single municipalities.
   *
   * @param participationModel how municipalities take part
   * @return the copy
   * @throws IllegalArgumentException if it does not fit the programme or networks already given
   */
  public PortfolioArbitrary withParticipationModel(ParticipationModel participationModel) {
    return new PortfolioArbitrary(
        programme, Optional.of(participationModel), networks, rounds, municipalities,
        minApplications, maxApplications, maxRounds, maxNetworks);
  }

  /**
   * A copy in which one given network makes every application.
   *
   * @param network the network, of the programme if one is given
   * @return the copy
   * @throws IllegalArgumentException if it does not fit the programme already given
   */
  public PortfolioArbitrary withNetwork(Network network) {
    return withNetworks(ImmutableList.of(network));
  }

  /**
   * A copy in which the given networks, all of one programme, make the applications.
   *
   * @param networks the networks, at least one, with unique ids
   * @return the copy
   * @throws IllegalArgumentException if there are none, or they do not fit the programme
   *     already given
   */
  public PortfolioArbitrary withNetworks(Iterable<Network> networks) {
    ImmutableList<Network> given = ImmutableList.copyOf(networks);
    if (given.isEmpty()) {
      throw new IllegalArgumentException("portfolio networks must not be empty, was []");
    }
    return new PortfolioArbitrary(
        programme, participationModel, given, rounds, municipalities,
        minApplications, maxApplications, maxRounds, maxNetworks);
  }

  /**
   * A copy that uses the given rounds instead of generating them.
   *
   * @param rounds the rounds, numbered 1..n with increasing deadlines, all of one programme
   * @return the copy
   * @throws IllegalArgumentException if there are none, or they do not fit the programme already
   *     given
   */
  public PortfolioArbitrary withRounds(Iterable<ApplicationRound> rounds) {
    ImmutableList<ApplicationRound> given = ImmutableList.copyOf(rounds);
    if (given.isEmpty()) {
      throw new IllegalArgumentException("portfolio rounds must not be empty, was []");
    }
    return new PortfolioArbitrary(
        programme, participationModel, networks, given, municipalities,
        minApplications, maxApplications, maxRounds, maxNetworks);
  }

  /**
   * A copy whose generated networks, and single applicants, are drawn from the given
   * municipalities only.
   *
   * @param municipalities the municipalities, at least one
   * @return the copy
   * @throws IllegalArgumentException if there are none
   */
  public PortfolioArbitrary withMunicipalities(Iterable<Municipality> municipalities) {
    ImmutableList<Municipality> given = ImmutableList.copyOf(municipalities);
    if (given.isEmpty()) {
      throw new IllegalArgumentException("portfolio municipalities must not be empty, was []");
    }
    return new PortfolioArbitrary(
        programme, participationModel, networks, rounds, given,
        minApplications, maxApplications, maxRounds, maxNetworks);
  }

  /**
   * A copy with at least the given number of applications.
   *
   * @param min the smallest number of applications, 0 or more, at most the maximum
   * @return the copy
   * @throws IllegalArgumentException if negative or above the maximum
   */
  public PortfolioArbitrary ofMinApplications(int min) {
    return new PortfolioArbitrary(
        programme, participationModel, networks, rounds, municipalities,
        min, maxApplications, maxRounds, maxNetworks);
  }

  /**
   * A copy with at most the given number of applications (10 unless set).
   *
   * @param max the largest number of applications, at least the minimum
   * @return the copy
   * @throws IllegalArgumentException if below the minimum
   */
  public PortfolioArbitrary ofMaxApplications(int max) {
    return new PortfolioArbitrary(
        programme, participationModel, networks, rounds, municipalities,
        minApplications, max, maxRounds, maxNetworks);
  }

  /**
   * A copy with at most the given number of generated rounds (4 unless set).
   *
   * @param max the largest number of rounds, at least 1
   * @return the copy
   * @throws IllegalArgumentException if below 1
   */
  public PortfolioArbitrary ofMaxRounds(int max) {
    return new PortfolioArbitrary(
        programme, participationModel, networks, rounds, municipalities,
        minApplications, maxApplications, max, maxNetworks);
  }

  /**
   * A copy with at most the given number of generated networks (3 unless set).
   *
   * @param max the largest number of networks, at least 1
   * @return the copy
   * @throws IllegalArgumentException if below 1
   */
  public PortfolioArbitrary ofMaxNetworks(int max) {
    return new PortfolioArbitrary(
        programme, participationModel, networks, rounds, municipalities,
        minApplications, maxApplications, maxRounds, max);
  }

  /**
   * Programmes as they occur in these portfolios.
   *
   * @return the arbitrary
   */
  public Arbitrary<Programme> programmes() {
    return frames().map(Frame::programme);
  }

  /**
   * Networks as they occur in these portfolios; programmes of single municipalities are left
   * out unless configured, in which case there are no networks to give.
   *
   * @return the arbitrary
   * @throws IllegalStateException if these portfolios are of single municipalities only
   */
  public Arbitrary<Network> networks() {
    if (effectiveModel().orElse(ParticipationModel.NETWORKS) != ParticipationModel.NETWORKS) {
      throw new IllegalStateException("a programme of single municipalities has no networks");
    }
    return withParticipationModel(ParticipationModel.NETWORKS).frames().flatMap(f -> Arbitraries.of(f.networks()));
  }

  /**
   * Application rounds as they occur in these portfolios.
   *
   * @return the arbitrary
   */
  public Arbitrary<ApplicationRound> rounds() {
    return frames().flatMap(f -> Arbitraries.of(f.rounds()));
  }

  /**
   * Single applications as they occur in these portfolios, from draft to submitted, with id
   * {@code A-<round>-01}.
   *
   * @return the arbitrary
   */
  public Arbitrary<Application> applications() {
    return dossiers(Dossiers.Stage.DRAFT).map(Dossier::application);
  }

  /**
   * Decisions as they occur in these portfolios, on an application numbered
   * {@code A-<round>-01}.
   *
   * @return the arbitrary
   */
  public Arbitrary<Decision> decisions() {
    return dossiers(Dossiers.Stage.DECIDED).map(d -> d.decision().orElseThrow());
  }

  /**
   * Trials as they occur in these portfolios, each following a grant or a partial grant.
   *
   * @return the arbitrary
   */
  public Arbitrary<Trial> trials() {
    return dossiers(Dossiers.Stage.TRIAL).map(d -> d.trial().orElseThrow());
  }

  /**
   * Valid histories of the applications of these portfolios, with each application's context:
   * its round's deadline, its participants and their political approvals. Events start on the
   * application's first day on record, or 60 days before its round's deadline.
   *
   * @return the arbitrary
   */
  public HistoryArbitrary<ApplicationState, ApplicationEvent, ApplicationContext> applicationHistories() {
    return new HistoryArbitrary<>(LifecycleKind.APPLICATION, applicationCases());
  }

  /**
   * Valid histories of the trials of these portfolios, with each trial's context: the day its
   * legal basis is in force, the programme's end as extended and the trial's planned end. Events
   * start on the day of the decision that granted the trial.
   *
   * @return the arbitrary
   */
  public HistoryArbitrary<TrialState, TrialEvent, TrialContext> trialHistories() {
    return new HistoryArbitrary<>(LifecycleKind.TRIAL, trialCases());
  }

  /**
   * Valid histories of one municipality's participation in a trial of these portfolios, with
   * its context: whether the decision makes the municipality apply separately, and the day the
   * trial's legal basis is in force. Events start on the day of the decision.
   *
   * @return the arbitrary
   */
  public HistoryArbitrary<ParticipationStatus, ParticipationEvent, ParticipationContext> participationHistories() {
    return new HistoryArbitrary<>(LifecycleKind.PARTICIPATION, participationCases());
  }

  /**
   * Valid histories of a condition set by a decision of these portfolios, with its context: the
   * day of the decision, on which events start.
   *
   * @return the arbitrary
   */
  public HistoryArbitrary<ConditionStatus, ConditionEvent, ConditionContext> conditionHistories() {
    return new HistoryArbitrary<>(LifecycleKind.CONDITION, conditionCases());
  }

  /**
   * The exemption question (<i>fritagelsesspørgsmålet</i>) asked of these portfolios: mostly
   * about a trial of the portfolio (one of its municipalities, a provision and a target group it
   * asked for, a day around its period), sometimes about anything, answered by an
   * {@link ExemptionIndex} of the portfolio. So both yes, with its grants, and no, with its
   * reasons, occur. Every answer comes from an index of its own, so the portfolios asked hold
   * 1 to 4 applications, or fewer if these portfolios are configured so.
   *
   * @return the arbitrary
   */
  public Arbitrary<ExemptionAnswer> exemptionAnswers() {
    PortfolioArbitrary asked =
        maxApplications == 0
            ? this
            : new PortfolioArbitrary(
                programme, participationModel, networks, rounds, municipalities,
                Math.max(1, Math.min(minApplications, ANSWERED_MAX_APPLICATIONS)),
                Math.min(maxApplications, ANSWERED_MAX_APPLICATIONS),
                maxRounds, maxNetworks);
    return asked
        .withoutEdgeCases()
        .flatMap(
            portfolio -> {
              ExemptionIndex index = ExemptionIndex.of(portfolio);
              return Questions.about(portfolio).map(index::answer);
            })
        .withoutEdgeCases();
  }

  @Override
  protected Arbitrary<Portfolio> arbitrary() {
    return frames()
        .flatMap(
            frame ->
                Dossiers.dossiers(frame, Dossiers.Stage.DRAFT)
                    .list()
                    .ofMinSize(minApplications)
                    .ofMaxSize(maxApplications)
                    .map(dossiers -> Dossiers.portfolio(frame, dossiers))
                    .withoutEdgeCases())
        // Edge cases of nested flat maps are costly to compute and add little here: small
        // and empty portfolios come from the size distribution and from shrinking.
        .withoutEdgeCases();
  }

  private Arbitrary<Dossier> dossiers(Dossiers.Stage least) {
    return framedDossiers(least).map(FramedDossier::dossier);
  }

  /** One dossier numbered {@code A-<round>-01}, with the frame it was generated in. */
  private record FramedDossier(Frame frame, Dossier dossier) {
    ApplicationRound round() {
      return frame.rounds().stream()
          .filter(r -> r.id().equals(dossier.application().round()))
          .findFirst()
          .orElseThrow();
    }
  }

  private Arbitrary<FramedDossier> framedDossiers(Dossiers.Stage least) {
    return frames()
        .flatMap(frame -> Dossiers.dossiers(frame, least).withoutEdgeCases().map(d -> new FramedDossier(frame, d)))
        .map(
            fd ->
                new FramedDossier(
                    fd.frame(),
                    fd.dossier()
                        .numbered(String.format(Locale.ROOT, "A-%d-01", fd.dossier().application().round().number()))));
  }

  private Arbitrary<LifecycleCase<ApplicationContext>> applicationCases() {
    return framedDossiers(Dossiers.Stage.DRAFT)
        .map(
            fd -> {
              Application application = fd.dossier().application();
              ApplicationRound round = fd.round();
              return new LifecycleCase<>(
                  application.id().value(),
                  ApplicationContext.from(application, round),
                  firstDayOnRecord(application).orElse(round.deadline().minusDays(60)));
            });
  }

  private static Optional<LocalDate> firstDayOnRecord(Application application) {
    return Stream.of(
            application.describedOn().stream(),
            application.consultations().stream().flatMap(c -> c.sentOn().stream()),
            application.approvals().stream().flatMap(a -> a.approvedOn().stream()),
            application.submittedOn().stream())
        .flatMap(days -> days)
        .min(LocalDate::compareTo);
  }

  private Arbitrary<LifecycleCase<TrialContext>> trialCases() {
    return framedDossiers(Dossiers.Stage.TRIAL)
        .map(
            fd -> {
              Trial trial = fd.dossier().trial().orElseThrow();
              return new LifecycleCase<>(
                  "T-" + trial.id().value(),
                  TrialContext.from(trial, fd.frame().programme()),
                  fd.dossier().decision().orElseThrow().decidedOn());
            });
  }

  /**
   * Participations in a trial; in one case in three the decision makes some municipalities apply
   * separately (where the application allows that), and then half of the time the case is one
   * of theirs, so that the separate way to take part is walked as often as the plain one.
   */
  private Arbitrary<LifecycleCase<ParticipationContext>> participationCases() {
    return Arbitraries.frequencyOf(
            Tuple.of(2, framedDossiers(Dossiers.Stage.TRIAL)),
            Tuple.of(1, framedDossiers(Dossiers.Stage.SEPARATE_APPLICATIONS)))
        .flatMap(
            fd -> {
              Trial trial = fd.dossier().trial().orElseThrow();
              Decision decision = fd.dossier().decision().orElseThrow();
              List<Municipality> municipalities =
                  trial.participants().isEmpty()
                      ? List.copyOf(fd.dossier().application().participants())
                      : trial.participants().stream().map(Participation::municipality).collect(Collectors.toList());
              List<Municipality> mustApply =
                  municipalities.stream()
                      .filter(m -> ParticipationContext.from(decision, m, trial.inForceFrom()).mustApplySeparately())
                      .collect(Collectors.toList());
              Arbitrary<Municipality> choices =
                  municipalities.isEmpty()
                      ? Values.municipalities()
                      : mustApply.isEmpty()
                          ? Arbitraries.of(municipalities)
                          : Arbitraries.oneOf(List.of(Arbitraries.of(municipalities), Arbitraries.of(mustApply)));
              return choices.map(
                  m ->
                      new LifecycleCase<>(
                          "P-" + trial.id().value() + "-" + m.code(),
                          ParticipationContext.from(decision, m, trial.inForceFrom()),
                          decision.decidedOn()));
            });
  }

  private Arbitrary<LifecycleCase<ConditionContext>> conditionCases() {
    return framedDossiers(Dossiers.Stage.DECIDED)
        .filter(fd -> !fd.dossier().decision().orElseThrow().conditions().isEmpty())
        .flatMap(
            fd -> {
              Decision decision = fd.dossier().decision().orElseThrow();
              return Arbitraries.integers()
                  .between(1, decision.conditions().size())
                  .map(
                      n ->
                          new LifecycleCase<>(
                              "C-" + decision.application().value() + "-" + n,
                              ConditionContext.from(decision),
                              decision.decidedOn()));
            });
  }

  private Optional<ParticipationModel> effectiveModel() {
    return programme
        .map(Programme::participationModel)
        .or(() -> participationModel)
        .or(() -> networks.isEmpty() ? Optional.empty() : Optional.of(ParticipationModel.NETWORKS));
  }

  Arbitrary<Frame> frames() {
    Optional<ProgrammeId> id =
        programme
            .map(Programme::id)
            .or(() -> networks.stream().map(Network::programme).findFirst())
            .or(() -> rounds.stream().map(ApplicationRound::programme).findFirst());
    Optional<Period> deadlines =
        rounds.isEmpty()
            ? Optional.empty()
            : Optional.of(Period.of(rounds.get(0).deadline(), rounds.get(rounds.size() - 1).deadline()));
    Arbitrary<Programme> programmes =
        programme.map(Arbitraries::just).orElseGet(() -> Frames.programmes(id, effectiveModel(), deadlines));
    return programmes.flatMap(
        p ->
            Combinators.combine(
                    rounds.isEmpty() ? Frames.rounds(p, maxRounds) : Arbitraries.just(rounds),
                    p.participationModel() != ParticipationModel.NETWORKS
                        ? Arbitraries.just(ImmutableList.<Network>of())
                        : networks.isEmpty()
                            ? Frames.networks(p.id(), municipalities, maxNetworks)
                            : Arbitraries.just(networks))
                .as((rs, ns) -> new Frame(p, ns, rs, municipalities))
                .withoutEdgeCases());
  }

  private void checkConsistent() {
    check(minApplications >= 0, "portfolio minApplications must be ≥ 0, was %d", minApplications);
    check(maxApplications >= minApplications,
        "portfolio maxApplications must be ≥ minApplications (%d), was %d", minApplications, maxApplications);
    check(maxRounds >= 1, "portfolio maxRounds must be ≥ 1, was %d", maxRounds);
    check(maxNetworks >= 1, "portfolio maxNetworks must be ≥ 1, was %d", maxNetworks);
    programme.ifPresent(
        p -> {
          participationModel.ifPresent(
              m -> check(m == p.participationModel(),
                  "portfolio participationModel must be the programme's (%s), was %s", p.participationModel().code(), m.code()));
          networks.forEach(
              n -> check(n.programme().equals(p.id()),
                  "portfolio network %s must belong to programme %s, was of %s", n.id(), p.id(), n.programme()));
          rounds.forEach(
              r -> check(r.programme().equals(p.id()),
                  "portfolio round %s must belong to programme %s", r.id(), p.id()));
        });
    if (!networks.isEmpty()) {
      check(effectiveModel().orElseThrow() == ParticipationModel.NETWORKS,
          "portfolio networks need a programme with networks, was %s", effectiveModel().orElseThrow().code());
      ProgrammeId first = networks.get(0).programme();
      networks.forEach(
          n -> check(n.programme().equals(first),
              "portfolio networks must all be of one programme (%s), was %s", first, n.programme()));
      rounds.forEach(
          r -> check(r.programme().equals(first),
              "portfolio round %s must belong to the networks' programme %s", r.id(), first));
    }
  }

  private static void check(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, format, args));
    }
  }

  @Override
  public String toString() {
    return "PortfolioArbitrary[programme="
        + programme.map(p -> p.id().toString()).orElse("generated")
        + ", applications="
        + minApplications
        + ".."
        + maxApplications
        + "]";
  }
}
