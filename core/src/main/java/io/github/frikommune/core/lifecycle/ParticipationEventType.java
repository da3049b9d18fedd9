package io.github.frikommune.core.lifecycle;

import io.github.frikommune.core.Coded;

/**
 * The types of event in a municipality's participation (<i>deltagelse</i>) in a trial, each
 * with a stable code for JSON.
 */
public enum ParticipationEventType implements Coded {
  /** The ministry confirmed the participation (<i>bekræftet</i>). */
  CONFIRMED("confirmed", "bekræftet"),
  /** The decision restricts the trial to others; this municipality must apply separately. */
  RESTRICTED("restricted", "henvist til særskilt ansøgning"),
  /** The municipality applied to join (<i>ansøgt om deltagelse</i>). */
  JOIN_REQUESTED("join-requested", "ansøgt om deltagelse"),
  /** Its request to join was granted (<i>imødekommet</i>). */
  JOIN_GRANTED("join-granted", "deltagelse imødekommet"),
  /** Its request to join was refused (<i>afslået</i>). */
  JOIN_REFUSED("join-refused", "deltagelse afslået"),
  /** The municipality started using the exemption (<i>taget i brug</i>). */
  ACTIVATED("activated", "taget i brug"),
  /** The municipality left the trial (<i>udtrådt</i>). */
  WITHDRAWN("withdrawn", "udtrådt");

  private final String code;
  private final String danishLabel;

  ParticipationEventType(String code, String danishLabel) {
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
