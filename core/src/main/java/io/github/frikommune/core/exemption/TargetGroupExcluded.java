package io.github.frikommune.core.exemption;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.decision.Condition;
import io.github.frikommune.core.targetgroup.TargetGroup;
import io.github.frikommune.core.trial.TrialId;
import org.immutables.value.Value;

/**
 * The target group was requested but a condition of the decision takes it out: it lies within
 * an excluded group, or outside every kept group.
 *
 * <p>Example: Iværksætteri and an integration citizen; the decision granted only the part
 * concerning graduates. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TargetGroupExcluded extends TrialReason {
  TargetGroupExcluded() {}

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
   * The condition that excludes it: {@code TargetGroupsExcluded} or {@code TargetGroupsKept}.
   *
   * @return the condition
   */
  @Value.Parameter
  public abstract Condition condition();

  /**
   * Returns the reason.
   *
   * @param trial the trial
   * @param group the group asked about
   * @param condition the condition that excludes it
   * @return the reason
   */
  public static TargetGroupExcluded of(TrialId trial, TargetGroup group, Condition condition) {
    return ImmutableTargetGroupExcluded.of(trial, group, condition);
  }

  @Override
  public ReasonKind kind() {
    return ReasonKind.TARGET_GROUP_EXCLUDED;
  }

  @Override
  ImmutableList<Object> messageArguments() {
    return ImmutableList.of(trial(), group().label(), condition().kind().code());
  }
}
