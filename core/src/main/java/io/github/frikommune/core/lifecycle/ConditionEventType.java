package io.github.frikommune.core.lifecycle;

import io.github.frikommune.core.Coded;

/**
 * The types of event in a condition's lifecycle (<i>vilkår</i>), each with a stable code for
 * JSON.
 */
public enum ConditionEventType implements Coded {
  /** The condition was fulfilled (<i>opfyldt</i>). */
  MET("met", "opfyldt"),
  /** The condition was not fulfilled (<i>ikke opfyldt</i>). */
  NOT_MET("not-met", "ikke opfyldt"),
  /** The ministry waived the condition (<i>frafaldet</i>). */
  WAIVED("waived", "frafaldet");

  private final String code;
  private final String danishLabel;

  ConditionEventType(String code, String danishLabel) {
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
