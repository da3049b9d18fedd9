package io.github.frikommune.core.application;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.internal.Checks;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.targetgroup.TargetGroup;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One exemption an application asks for (<i>ansøgt fritagelse</i>): the provisions to deviate
 * from, the target groups it concerns, and why.
 *
 * <p>Example: Mikrolån asks to deviate from aktivloven § 65 (grant or loan, otherwise for
 * revalidender only) for job-ready and education-ready citizens. A complete application cites
 * at least one provision and one target group for each exemption; a draft may not yet, which is
 * why that rule is checked by the validator, not here. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RequestedExemption implements WithRequestedExemption {
  RequestedExemption() {}

  /**
   * The provisions to deviate from.
   *
   * @return the provisions, in the order cited
   */
  public abstract ImmutableList<Provision> provisions();

  /**
   * The citizens the exemption concerns.
   *
   * @return the target groups, in the order given
   */
  public abstract ImmutableList<TargetGroup> targetGroups();

  /**
   * Why the exemption is needed.
   *
   * @return the rationale, or empty
   */
  public abstract Optional<String> rationale();

  /**
   * Returns an exemption from provisions for target groups.
   *
   * @param provisions the provisions
   * @param targetGroups the target groups
   * @return the exemption
   */
  public static RequestedExemption of(
      Iterable<Provision> provisions, Iterable<TargetGroup> targetGroups) {
    return builder().provisions(provisions).targetGroups(targetGroups).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableRequestedExemption.Builder builder() {
    return new ImmutableRequestedExemption.Builder();
  }

  @Value.Check
  void check() {
    rationale().ifPresent(r -> Checks.trimmed(r, "requested exemption rationale"));
  }
}
