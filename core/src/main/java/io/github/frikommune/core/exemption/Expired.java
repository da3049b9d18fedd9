package io.github.frikommune.core.exemption;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.trial.TrialId;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The trial has ended before the day asked about; {@link #lastDay()} was its last day, after
 * every extension. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Expired extends TrialReason {
  Expired() {}

  @Override
  @Value.Parameter
  public abstract TrialId trial();

  /**
   * The last day the trial could be used.
   *
   * @return the day
   */
  @Value.Parameter
  public abstract LocalDate lastDay();

  /**
   * Returns the reason.
   *
   * @param trial the trial
   * @param lastDay its last day
   * @return the reason
   */
  public static Expired of(TrialId trial, LocalDate lastDay) {
    return ImmutableExpired.of(trial, lastDay);
  }

  @Override
  public ReasonKind kind() {
    return ReasonKind.EXPIRED;
  }

  @Override
  ImmutableList<Object> messageArguments() {
    return ImmutableList.of(trial(), lastDay());
  }
}
