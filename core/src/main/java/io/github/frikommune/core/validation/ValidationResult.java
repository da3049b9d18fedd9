package io.github.frikommune.core.validation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;

/**
 * The outcome of validating (<i>validering</i>) an object: every violation (<i>regelbrud</i>)
 * found, in a stable order.
 *
 * <p>The order is that of the checks: by the object's parts in the order of the model, then by
 * rule. {@link #isValid()} is true when there is no error; warnings do not make a record
 * invalid. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ValidationResult {
  ValidationResult() {}

  /**
   * Every violation found.
   *
   * @return the violations, in a stable order
   */
  @Value.Parameter
  public abstract ImmutableList<Violation> violations();

  /**
   * Returns a result with these violations.
   *
   * @param violations the violations, in their order
   * @return the result
   */
  public static ValidationResult of(Iterable<? extends Violation> violations) {
    return ImmutableValidationResult.of(violations);
  }

  /**
   * Whether no rule is broken; warnings are allowed.
   *
   * @return true if there is no error
   */
  public boolean isValid() {
    return violations().stream().noneMatch(v -> v.severity() == Severity.ERROR);
  }

  /**
   * Whether there is no violation at all, not even a warning.
   *
   * @return true if the list of violations is empty
   */
  public boolean isClean() {
    return violations().isEmpty();
  }

  /**
   * The violations of severity error.
   *
   * @return the errors, in order
   */
  public ImmutableList<Violation> errors() {
    return ofSeverity(Severity.ERROR);
  }

  /**
   * The violations of severity warning.
   *
   * @return the warnings, in order
   */
  public ImmutableList<Violation> warnings() {
    return ofSeverity(Severity.WARNING);
  }

  /**
   * The codes of the rules broken.
   *
   * @return the distinct codes, in the order first found
   */
  public ImmutableSet<ViolationCode> codes() {
    return violations().stream().map(Violation::code).collect(ImmutableSet.toImmutableSet());
  }

  private ImmutableList<Violation> ofSeverity(Severity severity) {
    return violations().stream().filter(v -> v.severity() == severity).collect(ImmutableList.toImmutableList());
  }

  /** Returns one violation per line, or {@code no violations}. */
  @Override
  public String toString() {
    if (violations().isEmpty()) {
      return "no violations";
    }
    StringBuilder b = new StringBuilder();
    for (Violation v : violations()) {
      b.append(v).append('\n');
    }
    return b.toString();
  }
}
