package io.github.frikommune.core.exemption;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.targetgroup.TargetGroup;
import org.immutables.value.Value;

/**
 * One part of an exemption scope: provisions that may be deviated from, for target groups
 * (<i>fritagelsesbestemmelser og målgrupper</i>).
 *
 * <p>Each requested exemption of an application becomes one part, narrowed by the decision's
 * conditions. Example: Mikrolån's part is aktivloven § 65 for job-ready and education-ready
 * citizens. A provision covers its subdivisions and a target group the groups within it.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class GrantedExemption {
  GrantedExemption() {}

  /**
   * The provisions that may be deviated from.
   *
   * @return the provisions, in the order cited
   */
  @Value.Parameter
  public abstract ImmutableList<Provision> provisions();

  /**
   * The target groups the deviation is for.
   *
   * @return the groups, in the order given
   */
  @Value.Parameter
  public abstract ImmutableList<TargetGroup> targetGroups();

  /**
   * Returns a part of a scope.
   *
   * @param provisions the provisions
   * @param targetGroups the target groups
   * @return the part
   */
  public static GrantedExemption of(
      Iterable<? extends Provision> provisions, Iterable<? extends TargetGroup> targetGroups) {
    return ImmutableGrantedExemption.of(provisions, targetGroups);
  }

  /**
   * Whether this part covers a provision: one of its provisions is it or contains it.
   *
   * @param provision the provision asked about
   * @return true if covered
   */
  public boolean coversProvision(Provision provision) {
    return provisions().stream().anyMatch(p -> p.contains(provision));
  }

  /**
   * Whether this part covers a target group: the group is one of its groups or lies within one.
   *
   * @param group the group asked about
   * @return true if covered
   */
  public boolean coversGroup(TargetGroup group) {
    return targetGroups().stream().anyMatch(group::isWithin);
  }
}
