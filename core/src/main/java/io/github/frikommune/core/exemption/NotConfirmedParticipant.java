package io.github.frikommune.core.exemption;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.trial.ParticipationStatus;
import io.github.frikommune.core.trial.TrialId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The municipality is not a confirmed participant of the trial on the day: it has no
 * participation, or one that awaits confirmation, was withdrawn or refused, or was confirmed
 * only later.
 *
 * <p>Example: in the granted round-1 trials every municipality of the North Jutland network
 * awaits the ministry's confirmation. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class NotConfirmedParticipant extends TrialReason {
  NotConfirmedParticipant() {}

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
   * Its participation's status as recorded.
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
  public static NotConfirmedParticipant of(
      TrialId trial, Municipality municipality, Optional<? extends ParticipationStatus> status) {
    return ImmutableNotConfirmedParticipant.of(trial, municipality, status);
  }

  @Override
  public ReasonKind kind() {
    return ReasonKind.NOT_CONFIRMED_PARTICIPANT;
  }

  @Override
  ImmutableList<Object> messageArguments() {
    return ImmutableList.of(trial(), municipality(), status().map(ParticipationStatus::code).orElse("none"));
  }
}
