package io.github.frikommune.core.exemption;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.trial.TrialId;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The trial is not yet in force on the day asked about; it is from {@link #inForceFrom()}.
 *
 * <p>Example: Aalborg may not use Mikrolån on 30 June 2017; the trial is in force from 1 July
 * 2017, when lov om frikommunenetværk came into force. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class NotYetInForce extends TrialReason {
  NotYetInForce() {}

  @Override
  @Value.Parameter
  public abstract TrialId trial();

  /**
   * The first day the trial may be used.
   *
   * @return the day
   */
  @Value.Parameter
  public abstract LocalDate inForceFrom();

  /**
   * Returns the reason.
   *
   * @param trial the trial
   * @param inForceFrom the first day it may be used
   * @return the reason
   */
  public static NotYetInForce of(TrialId trial, LocalDate inForceFrom) {
    return ImmutableNotYetInForce.of(trial, inForceFrom);
  }

  @Override
  public ReasonKind kind() {
    return ReasonKind.NOT_YET_IN_FORCE;
  }

  @Override
  ImmutableList<Object> messageArguments() {
    return ImmutableList.of(trial(), inForceFrom());
  }
}
