package io.github.frikommune.core.exemption;

import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.targetgroup.TargetGroup;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The exemption question (<i>fritagelsesspørgsmålet</i>): may municipality M, on date D,
 * deviate from provision P for a citizen in target group G?
 *
 * <p>Example: may Aalborg, on 1 August 2017, deviate from aktivloven § 65 for a job-ready
 * recipient of cash benefit? Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExemptionQuestion {
  ExemptionQuestion() {}

  /**
   * The municipality that wants to deviate.
   *
   * @return the municipality
   */
  @Value.Parameter
  public abstract Municipality municipality();

  /**
   * The day of the case, a Danish calendar day.
   *
   * @return the day
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The provision to deviate from.
   *
   * @return the provision
   */
  @Value.Parameter
  public abstract Provision provision();

  /**
   * The citizen's target group.
   *
   * @return the group
   */
  @Value.Parameter
  public abstract TargetGroup targetGroup();

  /**
   * Returns the question.
   *
   * @param municipality the municipality
   * @param date the day of the case
   * @param provision the provision to deviate from
   * @param targetGroup the citizen's target group
   * @return the question
   */
  public static ExemptionQuestion of(
      Municipality municipality, LocalDate date, Provision provision, TargetGroup targetGroup) {
    return ImmutableExemptionQuestion.of(municipality, date, provision, targetGroup);
  }
}
