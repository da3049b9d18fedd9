package io.github.frikommune.core.decision;

import io.github.frikommune.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A condition (<i>vilkår, betingelse</i>) set by a decision.
 *
 * <p>Some conditions are machine-readable and narrow the exemption scope: target groups kept
 * or excluded, participants, provisions, period. Others are duties or text only. Example: the
 * decision of 1 February 2017 on Mikrolån narrowed the target group to job-ready and
 * education-ready citizens ({@link TargetGroupsKept}) and let only Aalborg take part, the
 * others having to apply separately ({@link ParticipantsRestricted}).
 *
 * <p>Each condition has a {@linkplain #status() status} with the date it took that status.
 * The kinds are closed: {@link #kind()} tells which subclass an instance is. Immutable and
 * thread-safe.
 */
public abstract class Condition {
  Condition() {}

  /**
   * Which kind of condition this is; each kind is one subclass.
   *
   * @return the kind
   */
  public abstract ConditionKind kind();

  /**
   * Whether the condition narrows the exemption scope, as a partial grant requires.
   *
   * @return true for the machine-readable, narrowing kinds
   */
  public boolean narrowsScope() {
    return false;
  }

  /**
   * The condition's wording in the decision, in Danish.
   *
   * @return the text, or empty
   */
  public abstract Optional<String> text();

  /**
   * The status: pending, met, not met or waived.
   *
   * @return the status, pending unless set
   */
  @Value.Default
  public ConditionStatus status() {
    return ConditionStatus.PENDING;
  }

  /**
   * The day the condition took its status; required for every status but pending.
   *
   * @return the day, or empty
   */
  public abstract Optional<LocalDate> statusDate();

  /**
   * A copy with another status.
   *
   * @param status the new status
   * @param on the day it took effect
   * @return the copy
   */
  public abstract Condition withStatus(ConditionStatus status, LocalDate on);

  /** Checks the parts every condition shares; each kind calls it from its own check. */
  final void checkCommon() {
    text().ifPresent(t -> Checks.trimmed(t, "condition text"));
    Checks.require(
        status() == ConditionStatus.PENDING || statusDate().isPresent(),
        "condition statusDate must be given for status %s, was empty",
        status().code());
  }
}
