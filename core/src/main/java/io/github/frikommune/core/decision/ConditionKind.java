package io.github.frikommune.core.decision;

import io.github.frikommune.core.Coded;

/**
 * The kinds of condition (<i>vilkår</i>) a decision can set. The first five are
 * machine-readable and narrow the exemption scope; the others are duties or text.
 */
public enum ConditionKind implements Coded {
  /** Only these target groups are covered. */
  TARGET_GROUPS_KEPT("target-groups-kept", "målgruppe indsnævret"),
  /** These target groups are not covered. */
  TARGET_GROUPS_EXCLUDED("target-groups-excluded", "målgrupper undtaget"),
  /** Only these municipalities take part; others may have to apply separately. */
  PARTICIPANTS_RESTRICTED("participants-restricted", "deltagere begrænset"),
  /** Only these of the requested provisions are covered. */
  PROVISIONS_RESTRICTED("provisions-restricted", "bestemmelser begrænset"),
  /** The exemption applies only in this period. */
  PERIOD_RESTRICTED("period-restricted", "periode begrænset"),
  /** A duty to evaluate the trial. */
  EVALUATION_DUTY("evaluation-duty", "evalueringspligt"),
  /** A duty to report on the trial. */
  REPORTING_DUTY("reporting-duty", "afrapporteringspligt"),
  /** A condition stated only in words. */
  FREE_TEXT("free-text", "fritekst");

  private final String code;
  private final String danishLabel;

  ConditionKind(String code, String danishLabel) {
    this.code = code;
    this.danishLabel = danishLabel;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String danishLabel() {
    return danishLabel;
  }
}
