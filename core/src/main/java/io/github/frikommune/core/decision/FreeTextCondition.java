package io.github.frikommune.core.decision;

import io.github.frikommune.core.internal.Checks;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A condition stated only in words (<i>vilkår i fritekst</i>).
 *
 * <p>Used for a condition of a decision that none of the machine-readable kinds captures; its
 * {@link #text() text} is required. It does not narrow the exemption scope. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class FreeTextCondition extends Condition implements WithFreeTextCondition {
  FreeTextCondition() {}

  /**
   * A builder, for a condition with text or a status.
   *
   * @return a new builder
   */
  public static ImmutableFreeTextCondition.Builder builder() {
    return new ImmutableFreeTextCondition.Builder();
  }

  /**
   * Returns a condition stated only in words.
   *
   * @param text the wording, not blank
   * @return the condition
   * @throws IllegalArgumentException if the text is blank
   */
  public static FreeTextCondition of(String text) {
    return builder().text(text).build();
  }

  @Override
  public ConditionKind kind() {
    return ConditionKind.FREE_TEXT;
  }

  @Override
  public FreeTextCondition withStatus(ConditionStatus status, LocalDate on) {
    return builder().from(this).status(status).statusDate(on).build();
  }

  @Value.Check
  void check() {
    checkCommon();
    Checks.require(text().isPresent(), "free text condition text must be given, was empty");
  }
}
