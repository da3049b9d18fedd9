package io.github.frikommune.core.exemption;

import io.github.frikommune.core.trial.TrialId;

/**
 * A reason that concerns one trial: the trial covers the provision, but does not let the
 * municipality deviate from it on the day for the group. Immutable and thread-safe.
 */
public abstract class TrialReason extends Reason {
  TrialReason() {}

  /**
   * The trial the reason concerns.
   *
   * @return the trial's identifier
   */
  public abstract TrialId trial();
}
