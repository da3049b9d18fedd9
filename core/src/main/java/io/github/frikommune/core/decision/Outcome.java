package io.github.frikommune.core.decision;

import io.github.frikommune.core.Coded;

/**
 * The outcome of a decision (<i>afgørelse</i>) on an application.
 *
 * <p>On 1 February 2017 the government granted five of the North Jutland network's seven
 * round-1 applications wholly or in part and rejected two.
 */
public enum Outcome implements Coded {
  /** Granted as asked (<i>imødekommet</i>). */
  GRANTED("granted", "imødekommet"),
  /** Granted in part, with conditions that narrow the request (<i>delvist imødekommet</i>). */
  PARTIALLY_GRANTED("partially-granted", "delvist imødekommet"),
  /** Rejected, with reasons (<i>ikke imødekommet</i>). */
  REJECTED("rejected", "ikke imødekommet");

  private final String code;
  private final String danishLabel;

  Outcome(String code, String danishLabel) {
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
