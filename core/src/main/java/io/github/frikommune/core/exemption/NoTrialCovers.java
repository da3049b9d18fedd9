package io.github.frikommune.core.exemption;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.law.Provision;
import org.immutables.value.Value;

/**
 * No trial in the index covers the provision: no granted exemption is from it or from a
 * provision that contains it. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class NoTrialCovers extends Reason {
  NoTrialCovers() {}

  /**
   * The provision asked about.
   *
   * @return the provision
   */
  @Value.Parameter
  public abstract Provision provision();

  /**
   * Returns the reason.
   *
   * @param provision the provision asked about
   * @return the reason
   */
  public static NoTrialCovers of(Provision provision) {
    return ImmutableNoTrialCovers.of(provision);
  }

  @Override
  public ReasonKind kind() {
    return ReasonKind.NO_TRIAL_COVERS;
  }

  @Override
  ImmutableList<Object> messageArguments() {
    return ImmutableList.of(provision());
  }
}
