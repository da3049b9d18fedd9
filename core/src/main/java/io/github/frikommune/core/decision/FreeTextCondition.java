package io.github.frikommune.core.decision;

import io.github.frikommune.core.internal.Checks;
import java.time.LocalDate;
import org.immutables.value.Value;


@Value.Immutable
public abstract class FreeTextCondition extends Condition {
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
