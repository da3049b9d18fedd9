package io.github.frikommune.core.decision;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.internal.Checks;
import io.github.frikommune.core.law.Provision;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A condition that keeps only some of the requested provisions (<i>bestemmelser
 * begrænset</i>).
 *
 * <p>The exemption covers only the kept provisions, each of them requested or inside a
 * requested one; the rest of the request is not granted. It narrows the exemption scope.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProvisionsRestricted extends Condition implements WithProvisionsRestricted {
  ProvisionsRestricted() {}

  /**
   * The provisions that stay covered, each one requested or inside one requested.
   *
   * @return the provisions, at least one
   */
  public abstract ImmutableList<Provision> provisions();

  /**
   * A builder, for a condition with text or a status.
   *
   * @return a new builder
   */
  public static ImmutableProvisionsRestricted.Builder builder() {
    return new ImmutableProvisionsRestricted.Builder();
  }

  /**
   * Returns a condition that keeps only some provisions.
   *
   * @param provisions the kept provisions, at least one
   * @return the condition
   * @throws IllegalArgumentException if {@code provisions} is empty
   */
  public static ProvisionsRestricted of(Iterable<Provision> provisions) {
    return builder().provisions(provisions).build();
  }

  @Override
  public ConditionKind kind() {
    return ConditionKind.PROVISIONS_RESTRICTED;
  }

  @Override
  public boolean narrowsScope() {
    return true;
  }

  @Override
  public ProvisionsRestricted withStatus(ConditionStatus status, LocalDate on) {
    return builder().from(this).status(status).statusDate(on).build();
  }

  @Value.Check
  void check() {
    checkCommon();
    Checks.notEmpty(provisions(), "provisions restricted provisions");
  }
}
