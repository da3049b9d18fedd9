package io.github.frikommune.core.decision;

import io.github.frikommune.core.internal.Checks;
import java.util.Optional;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A condition that obliges the municipalities to report on the trial
 * (<i>afrapporteringspligt</i>).
 *
 * <p>The duty says what must be reported and to whom, and may have a due day. It does not
 * narrow the exemption scope. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReportingDuty extends Condition implements WithReportingDuty {
  ReportingDuty() {}

  /**
   * What must be reported, and to whom.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * When the report is due.
   *
   * @return the due day, or empty
   */
  public abstract Optional<LocalDate> due();

  /**
   * A builder, for a condition with text or a status.
   *
   * @return a new builder
   */
  public static ImmutableReportingDuty.Builder builder() {
    return new ImmutableReportingDuty.Builder();
  }

  /**
   * Returns a reporting duty.
   *
   * @param description what must be reported, not blank
   * @return the condition
   * @throws IllegalArgumentException if the description is blank
   */
  public static ReportingDuty of(String description) {
    return builder().description(description).build();
  }

  @Override
  public ConditionKind kind() {
    return ConditionKind.REPORTING_DUTY;
  }

  @Override
  public ReportingDuty withStatus(ConditionStatus status, LocalDate on) {
    return builder().from(this).status(status).statusDate(on).build();
  }

  @Value.Check
  void check() {
    checkCommon();
    Checks.trimmed(description(), "reporting duty description");
  }
}
