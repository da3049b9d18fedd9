package io.github.frikommune.core.exemption;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.trial.ParticipationStatus;
import io.github.frikommune.core.trial.TrialId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The decision lets only named municipalities take part, and this one must apply separately
 * (<i>særskilt ansøge</i>) and be confirmed before it may use the exemption.
 *
 * <p>Example: Hjørring and Mikrolån, which the decision of 1 February 2017 granted to Aalborg
 * only as a starting point. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class MustApplySeparately extends TrialReason {
  MustApplySeparately() {}

  @Override
  @Value.Parameter
  public abstract TrialId trial();

  /**
   * The municipality asked about.
   *
   * @return the municipality
   */
  @Value.Parameter
  public abstract Municipality municipality();

  /**
   * Where its application to join stands, as recorded.
   *
   * @return the status, or empty if it has no participation
   */
  @Value.Parameter
  public abstract Optional<ParticipationStatus> status();

  /**
   * Returns the reason.
   *
   * @param trial the trial
   * @param municipality the municipality
   * @param status its participation's status, or empty if it has none
   * @return the reason
   */
  public static MustApplySeparately of(
      TrialId trial, Municipality municipality, Optional<? extends ParticipationStatus> status) {
    return ImmutableMustApplySeparately.of(trial, municipality, status);
  }

  @Override
  public ReasonKind kind() {
    return ReasonKind.MUST_APPLY_SEPARATELY;
  }

  @Override
  ImmutableList<Object> messageArguments() {
    return ImmutableList.of(trial(), municipality(), status().map(ParticipationStatus::code).orElse("none"));
  }
}
