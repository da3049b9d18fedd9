package io.github.frikommune.core.exemption;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The answer to the exemption question: yes with the grants behind it, or no with every
 * reason that applies.
 *
 * <p>Example: Aalborg, Mikrolån, a job-ready recipient of cash benefit, 1 August 2017: yes,
 * under trial NJ-1-01 resting on lov om frikommunenetværk § 9. Hjørring, the same: no, it must
 * apply separately. Exactly one of {@link #grants()} and {@link #reasons()} is empty.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExemptionAnswer {
  ExemptionAnswer() {}

  /**
   * The grants that let the municipality deviate; empty for a no.
   *
   * @return the grants, in the index's order of trials
   */
  @Value.Parameter
  public abstract ImmutableList<Grant> grants();

  /**
   * Every reason for a no; empty for a yes.
   *
   * @return the reasons, grouped by trial in the index's order
   */
  @Value.Parameter
  public abstract ImmutableList<Reason> reasons();

  /**
   * A yes.
   *
   * @param grants the grants behind it, at least one
   * @return the answer
   * @throws IllegalArgumentException if there is no grant
   */
  public static ExemptionAnswer yes(Iterable<? extends Grant> grants) {
    return ImmutableExemptionAnswer.of(grants, ImmutableList.of());
  }

  /**
   * A no.
   *
   * @param reasons the reasons, at least one
   * @return the answer
   * @throws IllegalArgumentException if there is no reason
   */
  public static ExemptionAnswer no(Iterable<? extends Reason> reasons) {
    return ImmutableExemptionAnswer.of(ImmutableList.of(), reasons);
  }

  /**
   * Whether the municipality may deviate.
   *
   * @return true for a yes
   */
  public boolean isYes() {
    return !grants().isEmpty();
  }

  /**
   * The reasons of one kind.
   *
   * @param <R> the reason type
   * @param type the reason class, e.g. {@code MustApplySeparately.class}
   * @return those reasons, in order
   */
  public <R extends Reason> ImmutableList<R> reasonsOf(Class<R> type) {
    return reasons().stream().filter(type::isInstance).map(type::cast).collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  void check() {
    Checks.require(
        grants().isEmpty() != reasons().isEmpty(),
        "exemption answer must have grants or reasons, not both or neither, was %d grants and %d reasons",
        grants().size(),
        reasons().size());
  }

  /** Returns {@code yes: <trials>} or {@code no: <reasons>}. */
  @Override
  public String toString() {
    if (isYes()) {
      StringBuilder b = new StringBuilder("yes:");
      for (Grant g : grants()) {
        b.append(' ').append(g.trial()).append(" (").append(String.join("; ", g.citations())).append(')');
      }
      return b.toString();
    }
    StringBuilder b = new StringBuilder("no:");
    for (Reason r : reasons()) {
      b.append(' ').append(r).append(';');
    }
    return b.substring(0, b.length() - 1);
  }
}
