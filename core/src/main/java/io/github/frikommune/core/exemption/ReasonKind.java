package io.github.frikommune.core.exemption;

import io.github.frikommune.core.Coded;

/**
 * The kinds of reason behind a "no" to the exemption question; each kind is one subclass of
 * {@link Reason}.
 */
public enum ReasonKind implements Coded {
  /** No trial covers the provision (<i>intet forsøg omfatter bestemmelsen</i>). */
  NO_TRIAL_COVERS("no-trial-covers", "intet forsøg omfatter bestemmelsen"),
  /** The trial has no legal basis yet (<i>afventer hjemmel</i>). */
  AWAITING_LEGAL_BASIS("awaiting-legal-basis", "afventer hjemmel"),
  /** The trial is not yet in force on the day (<i>endnu ikke i kraft</i>). */
  NOT_YET_IN_FORCE("not-yet-in-force", "endnu ikke i kraft"),
  /** The trial has ended (<i>udløbet</i>). */
  EXPIRED("expired", "udløbet"),
  /** The municipality is not a confirmed participant (<i>ikke bekræftet deltager</i>). */
  NOT_CONFIRMED_PARTICIPANT("not-confirmed-participant", "ikke bekræftet deltager"),
  /** The municipality must apply separately to join (<i>skal ansøge særskilt</i>). */
  MUST_APPLY_SEPARATELY("must-apply-separately", "skal ansøge særskilt"),
  /** The target group is excluded by a condition (<i>målgruppen er undtaget ved vilkår</i>). */
  TARGET_GROUP_EXCLUDED("target-group-excluded", "målgruppen er undtaget ved vilkår"),
  /** The target group was never part of the request (<i>målgruppen er ikke omfattet</i>). */
  TARGET_GROUP_NOT_COVERED("target-group-not-covered", "målgruppen er ikke omfattet");

  private final String code;
  private final String danishLabel;

  ReasonKind(String code, String danishLabel) {
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
