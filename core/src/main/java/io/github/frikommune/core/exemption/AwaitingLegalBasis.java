package io.github.frikommune.core.exemption;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.trial.TrialId;
import org.immutables.value.Value;

/**
 * The trial covers the provision but has no legal basis (<i>hjemmel</i>) yet, so it cannot be
 * used on any day. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AwaitingLegalBasis extends TrialReason {
  AwaitingLegalBasis() {}

  @Override
  @Value.Parameter
  public abstract TrialId trial();

  /**
   * Returns the reason.
   *
   * @param trial the trial
   * @return the reason
   */
  public static AwaitingLegalBasis of(TrialId trial) {
    return ImmutableAwaitingLegalBasis.of(trial);
  }

  @Override
  public ReasonKind kind() {
    return ReasonKind.AWAITING_LEGAL_BASIS;
  }

  @Override
  ImmutableList<Object> messageArguments() {
    return ImmutableList.of(trial());
  }
}
