package io.github.frikommune.testkit;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.municipality.Municipalities;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.programme.ApplicationRound;
import io.github.frikommune.core.programme.Network;
import io.github.frikommune.core.programme.ParticipationModel;
import io.github.frikommune.core.programme.Programme;
import io.github.frikommune.core.programme.ProgrammeId;
import io.github.frikommune.core.trial.Trial;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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
    return frames()
        .flatMap(frame -> Dossiers.dossiers(frame, least).withoutEdgeCases())
        .map(d -> d.numbered(String.format(Locale.ROOT, "A-%d-01", d.application().round().number())));
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
