package io.github.frikommune.core.targetgroup;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.frikommune.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A target group (<i>målgruppe</i>): the citizens an exemption concerns, such as job-ready
 * recipients of cash benefit (<i>jobparate kontanthjælpsmodtagere</i>).
 *
 * <p>Target groups are open: any code with a Danish label makes one. The groups named in the
 * seed case are constants. A group may lie within a broader one: a job-ready recipient of cash
 * benefit is job-ready, so a decision that keeps {@link #JOB_READY} keeps
 * {@link #JOB_READY_CASH_BENEFIT} too. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TargetGroup {

  /** Job-ready citizens (<i>jobparate</i>). */
  public static final TargetGroup JOB_READY = of("jobparate", "jobparate");
  /** Education-ready citizens (<i>uddannelsesparate</i>). */
  public static final TargetGroup EDUCATION_READY = of("uddannelsesparate", "uddannelsesparate");
  /** Activity-ready citizens (<i>aktivitetsparate</i>). */
  public static final TargetGroup ACTIVITY_READY = of("aktivitetsparate", "aktivitetsparate");
  /** Job-ready recipients of cash benefit (<i>jobparate kontanthjælpsmodtagere</i>). */
  public static final TargetGroup JOB_READY_CASH_BENEFIT =
      of("jobparate-kontanthjaelpsmodtagere", "jobparate kontanthjælpsmodtagere", JOB_READY);
  /** Education-ready recipients of education benefit (<i>uddannelsesparate uddannelseshjælpsmodtagere</i>). */
  public static final TargetGroup EDUCATION_READY_EDUCATION_BENEFIT =
      of(
          "uddannelsesparate-uddannelseshjaelpsmodtagere",
          "uddannelsesparate uddannelseshjælpsmodtagere",
          EDUCATION_READY);
  /** Job-ready self-supporting citizens (<i>jobparate selvforsørgende</i>). */
  public static final TargetGroup JOB_READY_SELF_SUPPORTING =
      of("jobparate-selvforsoergende", "jobparate selvforsørgende", JOB_READY);
  /** Activity-ready young people (<i>aktivitetsparate unge</i>). */
  public static final TargetGroup ACTIVITY_READY_YOUTH =
      of("aktivitetsparate-unge", "aktivitetsparate unge", ACTIVITY_READY);
  /** New graduates (<i>dimittender</i>). */
  public static final TargetGroup GRADUATES = of("dimittender", "dimittender");
  /** Citizens in the integration programme (<i>integrationsborgere</i>). */
  public static final TargetGroup INTEGRATION_CITIZENS = of("integrationsborgere", "integrationsborgere");
  /** Citizens in vocational rehabilitation (<i>revalidender</i>). */
  public static final TargetGroup REHABILITANDS = of("revalidender", "revalidender");
  /** Vulnerable citizens (<i>udsatte borgere</i>). */
  public static final TargetGroup VULNERABLE_CITIZENS = of("udsatte-borgere", "udsatte borgere");
  /** Insured unemployed (<i>forsikrede ledige</i>). */
  public static final TargetGroup INSURED_UNEMPLOYED = of("forsikrede-ledige", "forsikrede ledige");
  /** Recipients of sickness benefit (<i>sygedagpengemodtagere</i>). */
  public static final TargetGroup SICKNESS_BENEFIT_RECIPIENTS =
      of("sygedagpengemodtagere", "sygedagpengemodtagere");

  private static final ImmutableMap<String, TargetGroup> KNOWN =
      ImmutableList.of(
              JOB_READY,
              EDUCATION_READY,
              ACTIVITY_READY,
              JOB_READY_CASH_BENEFIT,
              EDUCATION_READY_EDUCATION_BENEFIT,
              JOB_READY_SELF_SUPPORTING,
              ACTIVITY_READY_YOUTH,
              GRADUATES,
              INTEGRATION_CITIZENS,
              REHABILITANDS,
              VULNERABLE_CITIZENS,
              INSURED_UNEMPLOYED,
              SICKNESS_BENEFIT_RECIPIENTS)
          .stream()
          .collect(ImmutableMap.toImmutableMap(TargetGroup::code, g -> g));

  TargetGroup() {}

  /**
   * The stable code, lower-case ASCII words joined by hyphens, e.g. {@code dimittender}.
   *
   * @return the code
   */
  @Value.Parameter
  public abstract String code();

  /**
   * The Danish label, e.g. {@code jobparate kontanthjælpsmodtagere}.
   *
   * @return the label
   */
  @Value.Parameter
  public abstract String label();

  /**
   * The broader group this one lies within, if any.
   *
   * @return the broader group, or empty
   */
  @Value.Parameter
  public abstract Optional<TargetGroup> broader();

  /**
   * Returns a target group that lies within no broader group.
   *
   * @param code lower-case ASCII words joined by hyphens
   * @param label the Danish label, not blank
   * @return the group
   * @throws IllegalArgumentException if the code or label is malformed
   */
  public static TargetGroup of(String code, String label) {
    return ImmutableTargetGroup.of(code, label, Optional.empty());
  }

  /**
   * Returns a target group within a broader one.
   *
   * @param code lower-case ASCII words joined by hyphens
   * @param label the Danish label, not blank
   * @param broader the broader group
   * @return the group
   * @throws IllegalArgumentException if the code or label is malformed
   */
  public static TargetGroup of(String code, String label, TargetGroup broader) {
    return ImmutableTargetGroup.of(code, label, Optional.of(broader));
  }

  /**
   * The groups this library names as constants, by code.
   *
   * @return the known groups, in declaration order
   */
  public static ImmutableMap<String, TargetGroup> known() {
    return KNOWN;
  }

  /**
   * Whether every citizen of this group is in another group: the group itself or a broader one.
   *
   * @param other the group that may be broader
   * @return true if this group is {@code other} or lies within it
   */
  public boolean isWithin(TargetGroup other) {
    for (Optional<TargetGroup> g = Optional.of(this); g.isPresent(); g = g.get().broader()) {
      if (g.get().equals(other)) {
        return true;
      }
    }
    return false;
  }

  @Value.Check
  void check() {
    if (!isCode(code())) {
      throw new IllegalArgumentException(
          "target group code must be lower-case ASCII words joined by hyphens, was '" + code() + "'");
    }
    Checks.trimmed(label(), "target group label");
    Checks.require(
        broader().map(b -> !b.isWithin(this)).orElse(true),
        "target group broader must not contain the group itself, was %s",
        code());
  }

  /**
   * Whether a text matches {@code [a-z0-9]+(-[a-z0-9]+)*}, checked by hand: reading a document
   * makes a target group for every one it names.
   */
  private static boolean isCode(String code) {
    boolean afterHyphen = true;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '-') {
        if (afterHyphen) {
          return false;
        }
        afterHyphen = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterHyphen = false;
      } else {
        return false;
      }
    }
    return !afterHyphen;
  }

  /** Returns the code, e.g. {@code dimittender}. */
  @Override
  public String toString() {
    return code();
  }
}
