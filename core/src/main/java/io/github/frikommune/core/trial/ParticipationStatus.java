package io.github.frikommune.core.trial;

import io.github.frikommune.core.Coded;

/**
 * Where one municipality stands in one trial (<i>deltagelse</i>).
 *
 * <p>By default a granted trial is open to the whole network, each municipality pending the
 * ministry's confirmation. Where a condition restricts the participants, the others must apply
 * separately: they request to join, and are confirmed or refused.
 */
public enum ParticipationStatus implements Coded {
  /** Awaits the ministry's confirmation (<i>afventer bekræftelse</i>). */
  PENDING_CONFIRMATION("pending-confirmation", "afventer bekræftelse"),
  /** Confirmed by the ministry (<i>bekræftet</i>). */
  CONFIRMED("confirmed", "bekræftet"),
  /** Using the exemption (<i>aktiv</i>). */
  ACTIVE("active", "aktiv"),
  /** Has left the trial (<i>udtrådt</i>). */
  WITHDRAWN("withdrawn", "udtrådt"),
  /** Must apply separately to join (<i>skal ansøge særskilt</i>). */
  MUST_APPLY_SEPARATELY("must-apply-separately", "skal ansøge særskilt"),
  /** Has applied to join (<i>ansøgt om deltagelse</i>). */
  JOIN_REQUESTED("join-requested", "ansøgt om deltagelse"),
  /** Its request to join was refused (<i>afslået</i>). */
  REFUSED("refused", "afslået");
  private final String code;
  private final String danishLabel;

  ParticipationStatus(String code, String danishLabel) {
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

  /**
   * Whether a municipality in this status may use the trial's exemptions.
   *
   * @return true for confirmed and active
   */
  public boolean mayUseExemption() {
    return this == CONFIRMED || this == ACTIVE;
  }
}
