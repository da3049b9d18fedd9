package io.github.frikommune.core.decision;

import com.google.common.collect.ImmutableSet;
import io.github.frikommune.core.internal.Checks;
import io.github.frikommune.core.targetgroup.TargetGroup;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A condition that takes target groups out of the exemption (<i>målgrupper undtaget</i>).
 *
 * <p>The excluded groups, and the groups within them, are no longer covered. Example: the
 * decision of 1 February 2017 on Iværksætteri (entrepreneurship) granted only the part
 * concerning graduates (<i>dimittender</i>), so integration citizens are no longer covered. It
 * narrows the exemption scope. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TargetGroupsExcluded extends Condition implements WithTargetGroupsExcluded {
  TargetGroupsExcluded() {}

  /**
   * The target groups no longer covered; groups within them are excluded too.
   *
   * @return the excluded groups, at least one
   */
  public abstract ImmutableSet<TargetGroup> groups();

  /**
   * A builder, for a condition with text or a status.
   *
   * @return a new builder
   */
  public static ImmutableTargetGroupsExcluded.Builder builder() {
    return new ImmutableTargetGroupsExcluded.Builder();
  }

  /**
   * Returns a condition that excludes target groups.
   *
   * @param groups the excluded groups, at least one
   * @return the condition
   * @throws IllegalArgumentException if {@code groups} is empty
   */
  public static TargetGroupsExcluded of(Iterable<TargetGroup> groups) {
    return builder().groups(groups).build();
  }

  @Override
  public ConditionKind kind() {
    return ConditionKind.TARGET_GROUPS_EXCLUDED;
  }

  @Override
  public boolean narrowsScope() {
    return true;
  }

  @Override
  public TargetGroupsExcluded withStatus(ConditionStatus status, LocalDate on) {
    return builder().from(this).status(status).statusDate(on).build();
  }

  @Value.Check
  void check() {
    checkCommon();
    Checks.notEmpty(groups(), "target groups excluded groups");
  }
}
