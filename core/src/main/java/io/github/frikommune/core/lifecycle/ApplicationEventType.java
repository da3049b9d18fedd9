package io.github.frikommune.core.lifecycle;

import io.github.frikommune.core.Coded;

/**
 * The types of event in an application's (<i>ansøgning</i>) lifecycle, each with a stable code
 * for JSON.
 */
public enum ApplicationEventType implements Coded {
  /** The application was fully described (<i>færdigbeskrevet</i>). */
  DESCRIBED("described", "færdigbeskrevet"),
  /** The application was sent for consultation (<i>sendt i høring</i>). */
  CONSULTATION_SENT("consultation-sent", "sendt i høring"),
  /** The consultation answered (<i>høringssvar modtaget</i>). */
  CONSULTATION_ANSWERED("consultation-answered", "høringssvar modtaget"),
  /** Every participating municipality has approved it politically (<i>politisk godkendt</i>). */
  APPROVED("approved", "politisk godkendt"),
  /** The application was sent to the ministry (<i>indsendt</i>). */
  SUBMITTED("submitted", "indsendt"),
  /** The government granted it (<i>imødekommet</i>). */
  GRANTED("granted", "imødekommet"),
  /** The government granted it in part (<i>delvist imødekommet</i>). */
  PARTIALLY_GRANTED("partially-granted", "delvist imødekommet"),
  /** The government rejected it (<i>ikke imødekommet</i>). */
  REJECTED("rejected", "ikke imødekommet"),
  /** The applicants withdrew it (<i>trukket tilbage</i>). */
  WITHDRAWN("withdrawn", "trukket tilbage");

  private final String code;
  private final String danishLabel;

  ApplicationEventType(String code, String danishLabel) {
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
