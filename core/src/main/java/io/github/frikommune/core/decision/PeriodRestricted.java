package io.github.frikommune.core.decision;

import io.github.frikommune.core.calendar.Period;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A condition that limits the exemption to a period (<i>periode begrænset</i>).
 *
 * <p>The exemption may be used only within the period, which lies inside the programme. It
 * narrows the exemption scope. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PeriodRestricted extends Condition implements WithPeriodRestricted {
  PeriodRestricted() {}

  /**
   * The period in which the exemption may be used, inside the programme.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * A builder, for a condition with text or a status.
   *
   * @return a new builder
   */
  public static ImmutablePeriodRestricted.Builder builder() {
    return new ImmutablePeriodRestricted.Builder();
  }

  /**
   * Returns a condition that limits the exemption to a period.
   *
   * @param period the period
   * @return the condition
   */
  public static PeriodRestricted of(Period period) {
    return builder().period(period).build();
  }

  @Override
  public ConditionKind kind() {
    return ConditionKind.PERIOD_RESTRICTED;
  }

  @Override
  public boolean narrowsScope() {
    return true;
  }

  @Override
  public PeriodRestricted withStatus(ConditionStatus status, LocalDate on) {
    return builder().from(this).status(status).statusDate(on).build();
  }

  @Value.Check
  void check() {
    checkCommon();

  }
}
