package io.github.frikommune.core.exemption;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.targetgroup.TargetGroup;
import io.github.frikommune.core.trial.TrialId;
import org.immutables.value.Value;

/**
 * The target group was never part of the trial's request: it lies within none of the groups
 * the exemption was asked for. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TargetGroupNotCovered extends TrialReason {
  TargetGroupNotCovered() {}

  @Override
  @Value.Parameter
  public abstract TrialId trial();

  /**
   * The target group asked about.
   *
   * @return the group
   */
  @Value.Parameter
  public abstract TargetGroup group();

  /**
   * Returns the reason.
   *
   * @param trial the trial
   * @param group the group asked about
   * @return the reason
   */
  public static TargetGroupNotCovered of(TrialId trial, TargetGroup group) {
    return ImmutableTargetGroupNotCovered.of(trial, group);
  }

  @Override
  public ReasonKind kind() {
    return ReasonKind.TARGET_GROUP_NOT_COVERED;
  }

  @Override
  ImmutableList<Object> messageArguments() {
    return ImmutableList.of(trial(), group().label());
  }
}
