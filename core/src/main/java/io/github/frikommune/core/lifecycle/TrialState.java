package io.github.frikommune.core.lifecycle;

import io.github.frikommune.core.Coded;

/**
 * Where a trial stands in its lifecycle (<i>forsøgets status</i>), from the decision that
 * granted it to its conclusion.
 *
 * <p>A granted trial awaits its legal basis (<i>hjemmel</i>): a law is adopted, then comes into
 * force, and only then may the trial start. It runs until it ends, possibly extended by a later
 * law, is evaluated, and is concluded with an outcome: spread, not spread, stopped or never
 * started. Example: Mikrolån awaited lov nr. 658 af 8. juni 2017, in force 1 July 2017, and
 * started that day.
 */
public enum TrialState implements Coded {
  /** Granted, awaiting its legal basis (<i>afventer hjemmel</i>). */
  AWAITING_LEGAL_BASIS("awaiting-legal-basis", "afventer hjemmel"),
  /** Its legal basis is adopted but not yet in force (<i>hjemmel vedtaget</i>). */
  LEGAL_BASIS_ADOPTED("legal-basis-adopted", "hjemmel vedtaget"),
  /** Its legal basis is in force; the trial may start (<i>hjemmel i kraft</i>). */
  LEGAL_BASIS_IN_FORCE("legal-basis-in-force", "hjemmel i kraft"),
  /** Running (<i>igangsat</i>). */
  RUNNING("running", "igangsat"),
  /** Ended, awaiting evaluation (<i>afsluttet</i>). */
  ENDED("ended", "afsluttet"),
  /** Evaluated, awaiting the judgement (<i>evalueret</i>). */
  EVALUATED("evaluated", "evalueret"),
  /** Concluded with an outcome (<i>afgjort</i>). */
  CONCLUDED("concluded", "afgjort");

  private final String code;
  private final String danishLabel;

  TrialState(String code, String danishLabel) {
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
