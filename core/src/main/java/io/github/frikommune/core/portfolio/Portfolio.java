package io.github.frikommune.core.portfolio;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.application.ApplicationId;
import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.internal.Checks;
import io.github.frikommune.core.programme.ApplicationRound;
import io.github.frikommune.core.programme.Network;
import io.github.frikommune.core.programme.NetworkId;
import io.github.frikommune.core.programme.Programme;
import io.github.frikommune.core.programme.RoundId;
import io.github.frikommune.core.trial.EvaluationWorkshop;
import io.github.frikommune.core.trial.Trial;
import io.github.frikommune.core.trial.TrialId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A portfolio: the whole record of one programme as a network secretariat or a ministry keeps
 * it: the programme, its networks and rounds, the applications, the decisions on them, the
 * trials they became and the workshops on their evaluation.
 *
 * <p>Example: the North Jutland network's round 1 of Frikommuneforsøg II: 7 applications sent
 * by 1 December 2016, decided on 1 February 2017, 5 granted wholly or partly. Identifiers are
 * unique within a portfolio, and at most one decision concerns each application. Whether the
 * parts agree with one another is checked by the validator. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Portfolio implements WithPortfolio {
  Portfolio() {}

  /**
   * The programme.
   *
   * @return the programme
   */
  public abstract Programme programme();

  /**
   * The networks of the programme; empty for a single-municipality programme.
   *
   * @return the networks
   */
  public abstract ImmutableList<Network> networks();

  /**
   * The application rounds, in the order given.
   *
   * @return the rounds
   */
  public abstract ImmutableList<ApplicationRound> rounds();

  /**
   * The applications, in the order given.
   *
   * @return the applications
   */
  public abstract ImmutableList<Application> applications();

  /**
   * The decisions, at most one per application.
   *
   * @return the decisions
   */
  public abstract ImmutableList<Decision> decisions();

  /**
   * The trials.
   *
   * @return the trials
   */
  public abstract ImmutableList<Trial> trials();

  /**
   * The workshops on evaluation (<i>evalueringsworkshops</i>), such as the North Jutland
   * network's kick-off with KORA on 2 March 2017.
   *
   * @return the workshops, in the order given
   */
  public abstract ImmutableList<EvaluationWorkshop> evaluationWorkshops();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutablePortfolio.Builder builder() {
    return new ImmutablePortfolio.Builder();
  }

  /**
   * The network with an identifier.
   *
   * @param id the identifier
   * @return the network, or empty
   */
  public Optional<Network> network(NetworkId id) {
    return Optional.ofNullable(networksById().get(id));
  }

  /**
   * The round with an identifier.
   *
   * @param id the identifier
   * @return the round, or empty
   */
  public Optional<ApplicationRound> round(RoundId id) {
    return Optional.ofNullable(roundsById().get(id));
  }

  /**
   * The application with an identifier.
   *
   * @param id the identifier
   * @return the application, or empty
   */
  public Optional<Application> application(ApplicationId id) {
    return Optional.ofNullable(applicationsById().get(id));
  }

  /**
   * The decision on an application.
   *
   * @param id the application's identifier
   * @return the decision, or empty while undecided
   */
  public Optional<Decision> decisionOn(ApplicationId id) {
    return Optional.ofNullable(decisionsByApplication().get(id));
  }

  /**
   * The trial with an identifier.
   *
   * @param id the identifier
   * @return the trial, or empty
   */
  public Optional<Trial> trial(TrialId id) {
    return Optional.ofNullable(trialsById().get(id));
  }

  /**
   * The applications of one round, in order.
   *
   * @param round the round's identifier
   * @return the applications
   */
  public ImmutableList<Application> applicationsIn(RoundId round) {
    return applications().stream().filter(a -> a.round().equals(round)).collect(ImmutableList.toImmutableList());
  }

  @Value.Lazy
  ImmutableMap<NetworkId, Network> networksById() {
    return index(networks(), Network::id);
  }

  @Value.Lazy
  ImmutableMap<RoundId, ApplicationRound> roundsById() {
    return index(rounds(), ApplicationRound::id);
  }

  @Value.Lazy
  ImmutableMap<ApplicationId, Application> applicationsById() {
    return index(applications(), Application::id);
  }

  @Value.Lazy
  ImmutableMap<ApplicationId, Decision> decisionsByApplication() {
    return index(decisions(), Decision::application);
  }

  @Value.Lazy
  ImmutableMap<TrialId, Trial> trialsById() {
    return index(trials(), Trial::id);
  }

  private static <K, V> ImmutableMap<K, V> index(List<V> values, Function<V, K> key) {
    return values.stream().collect(ImmutableMap.toImmutableMap(key, v -> v));
  }

  @Value.Check
  void check() {
    unique(networks(), Network::id, "portfolio networks", "network id");
    unique(rounds(), ApplicationRound::id, "portfolio rounds", "round id");
    unique(applications(), Application::id, "portfolio applications", "application id");
    unique(decisions(), Decision::application, "portfolio decisions", "decision on application");
    unique(trials(), Trial::id, "portfolio trials", "trial id");
  }

  private static <V> void unique(List<V> values, Function<V, ?> key, String field, String what) {
    int i = Checks.firstRepeated(values, key);
    if (i >= 0) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%s[%d] must have a unique %s, was %s again", field, i, what, key.apply(values.get(i))));
    }
  }
}
