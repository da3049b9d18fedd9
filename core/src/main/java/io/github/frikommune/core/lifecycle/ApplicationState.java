package io.github.frikommune.core.lifecycle;

import io.github.frikommune.core.Coded;

/**
 * Where an application stands in its lifecycle (<i>ansøgningens status</i>), from draft to
 * decision.
 *
 * <p>An application is drafted, fully described (<i>færdigbeskrevet</i>), perhaps sent for
 * consultation (<i>høring</i>) to a local body such as LBR, approved politically by every
 * participating municipality, submitted to the ministry, and decided: granted, partially
 * granted or rejected. It may be withdrawn at any point before the decision. Example: Aalborg's
 * round-2 applications were described by 20 March 2017, consulted with LBR at the end of March,
 * approved on 25 April and submitted on 1 May 2017.
 */
public enum ApplicationState implements Coded {
  /** Being written (<i>kladde</i>). */
  DRAFT("draft", "kladde"),
  /** Fully described (<i>færdigbeskrevet</i>). */
  DESCRIBED("described", "færdigbeskrevet"),
  /** Sent for consultation to a local body (<i>i høring</i>). */
  IN_CONSULTATION("in-consultation", "i høring"),
  /** The consultation has answered (<i>hørt</i>). */
  CONSULTED("consulted", "hørt"),
  /** Approved politically by every participating municipality (<i>politisk godkendt</i>). */
  APPROVED("approved", "politisk godkendt"),
  /** Submitted to the ministry (<i>indsendt</i>). */
  SUBMITTED("submitted", "indsendt"),
  /** Granted as asked (<i>imødekommet</i>). */
  GRANTED("granted", "imødekommet"),
  /** Granted in part, with conditions (<i>delvist imødekommet</i>). */
  PARTIALLY_GRANTED("partially-granted", "delvist imødekommet"),
  /** Rejected, with reasons (<i>ikke imødekommet</i>). */
  REJECTED("rejected", "ikke imødekommet"),
  /** Withdrawn before the decision (<i>trukket tilbage</i>). */
  WITHDRAWN("withdrawn", "trukket tilbage");

  private final String code;
  private final String danishLabel;

  ApplicationState(String code, String danishLabel) {
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
