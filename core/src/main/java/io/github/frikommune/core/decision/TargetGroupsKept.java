package io.github.frikommune.core.decision;

import com.google.common.collect.ImmutableSet;
import io.github.frikommune.core.internal.Checks;
import io.github.frikommune.core.targetgroup.TargetGroup;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A condition that keeps only some target groups (<i>målgruppe indsnævret</i>).
 *
 * <p>Only the kept groups, and the groups within them, stay covered. Example: the decision of
 * 1 February 2017 on Mikrolån narrowed the target group to job-ready and education-ready
 * citizens (<i>jobparate, uddannelsesparate</i>). It narrows the exemption scope. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class TargetGroupsKept extends Condition implements WithTargetGroupsKept {
  TargetGroupsKept() {}

  /**
   * The target groups that stay covered; groups within them stay covered too.
   *
   * @return the kept groups, at least one
   */
  public abstract ImmutableSet<TargetGroup> groups();

  /**
   * A builder, for a condition with text or a status.
   *
   * @return a new builder
   */
  public static ImmutableTargetGroupsKept.Builder builder() {
    return new ImmutableTargetGroupsKept.Builder();
  }

  /**
   * Returns a condition that keeps only some target groups.
   *
   * @param groups the kept groups, at least one
   * @return the condition
   * @throws IllegalArgumentException if {@code groups} is empty
   */
  public static TargetGroupsKept of(Iterable<TargetGroup> groups) {
    return builder().groups(groups).build();
  }

  @Override
  public ConditionKind kind() {
    return ConditionKind.TARGET_GROUPS_KEPT;
  }

  @Override
  public boolean narrowsScope() {
    return true;
  }

  @Override
  public TargetGroupsKept withStatus(ConditionStatus status, LocalDate on) {
    return builder().from(this).status(status).statusDate(on).build();
  }

  @Value.Check
  void check() {
    checkCommon();
    Checks.notEmpty(groups(), "target groups kept groups");
  }
}
