package io.github.frikommune.core.validation;

import com.google.common.collect.ImmutableList;

/** Collects the violations of one validation run, in the order the checks find them. */
final class Findings {
  private final ImmutableList.Builder<Violation> violations = ImmutableList.builder();

  /**
   * Records a violation; values and arguments are kept in their text form.
   *
   * @param code the rule broken
   * @param path where the offending value is
   * @param value the offending value, or {@code null} where a value is missing
   * @param arguments further facts the message names
   */
  void add(ViolationCode code, ValuePath path, Object value, Object... arguments) {
    String[] texts = new String[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      texts[i] = String.valueOf(arguments[i]);
    }
    violations.add(Violation.of(code, path, value == null ? "" : value.toString(), texts));
  }

  ValidationResult result() {
    return ValidationResult.of(violations.build());
  }
}
