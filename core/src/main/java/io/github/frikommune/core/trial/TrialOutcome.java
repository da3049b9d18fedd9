package io.github.frikommune.core.trial;

import io.github.frikommune.core.Coded;

/**
 * How a trial was finally judged: spread to all municipalities or made permanent
 * (<i>udbredt</i>), not spread, stopped, or never started.
 */
public enum TrialOutcome implements Coded {
  /** Spread to all municipalities or made permanent (<i>udbredt</i>). */
  SPREAD("spread", "udbredt"),
  /** Judged and not spread (<i>ikke udbredt</i>). */
  NOT_SPREAD("not-spread", "ikke udbredt"),
  /** Stopped before its end (<i>stoppet</i>). */
  STOPPED("stopped", "stoppet"),
  /** Never started (<i>ikke igangsat</i>). */
  NEVER_STARTED("never-started", "ikke igangsat");
  private final String code;
  private final String danishLabel;

  TrialOutcome(String code, String danishLabel) {
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
