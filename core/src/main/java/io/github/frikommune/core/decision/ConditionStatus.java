package io.github.frikommune.core.decision;

import io.github.frikommune.core.Coded;

/**
 * The status of a condition (<i>vilkår</i>): pending until it is met, not met, or waived.
 */
public enum ConditionStatus implements Coded {
  /** Not yet settled (<i>afventer</i>). */
  PENDING("pending", "afventer"),
  /** Fulfilled (<i>opfyldt</i>). */
  MET("met", "opfyldt"),
  /** Not fulfilled (<i>ikke opfyldt</i>). */
  NOT_MET("not-met", "ikke opfyldt"),
  /** Waived by the ministry (<i>frafaldet</i>). */
  WAIVED("waived", "frafaldet");

  private final String code;
  private final String danishLabel;

  ConditionStatus(String code, String danishLabel) {
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
