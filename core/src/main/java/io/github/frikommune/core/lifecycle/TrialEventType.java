package io.github.frikommune.core.lifecycle;

import io.github.frikommune.core.Coded;

/**
 * The types of event in a trial's (<i>frikommuneforsøg</i>) lifecycle, each with a stable code
 * for JSON.
 */
public enum TrialEventType implements Coded {
  /** The law or executive order that gives the trial force was adopted (<i>hjemmel vedtaget</i>). */
  LEGAL_BASIS_ADOPTED("legal-basis-adopted", "hjemmel vedtaget"),
  /** The legal basis came into force (<i>trådt i kraft</i>). */
  LEGAL_BASIS_IN_FORCE("legal-basis-in-force", "hjemmel trådt i kraft"),
  /** The trial started (<i>igangsat</i>). */
  STARTED("started", "igangsat"),
  /** A later law moved the trial's end forward (<i>forlænget</i>). */
  EXTENDED("extended", "forlænget"),
  /** The trial ended (<i>afsluttet</i>). */
  ENDED("ended", "afsluttet"),
  /** The evaluation was delivered (<i>evalueret</i>). */
  EVALUATED("evaluated", "evalueret"),
  /** The trial was judged: spread, not spread, stopped or never started (<i>afgjort</i>). */
  CONCLUDED("concluded", "afgjort");

  private final String code;
  private final String danishLabel;

  TrialEventType(String code, String danishLabel) {
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
