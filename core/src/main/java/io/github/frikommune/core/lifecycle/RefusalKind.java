package io.github.frikommune.core.lifecycle;

import io.github.frikommune.core.Coded;

/**
 * Why an event was refused: the lifecycle does not allow it in the current state, one of its
 * guards failed, or recording it would break the order of the history (business rule 11).
 */
public enum RefusalKind implements Coded {
  /** No transition leaves the current state on this event. */
  NOT_ALLOWED_IN_STATE("not-allowed-in-state", "ikke tilladt i denne tilstand"),
  /** A transition exists, but one of its guards does not hold. */
  GUARD_FAILED("guard-failed", "betingelse ikke opfyldt"),
  /** Rule 11: the event takes effect before an event that precedes it in the history. */
  EFFECTIVE_DATE_BACKWARDS("effective-date-backwards", "virkningsdato går tilbage"),
  /** Rule 11: the event was not recorded strictly after the last event of the history. */
  RECORDED_AT_NOT_INCREASING("recorded-at-not-increasing", "registreringstidspunkt stiger ikke"),
  /** Rule 11: an event with the same id is already in the history. */
  DUPLICATE_EVENT_ID("duplicate-event-id", "hændelses-id findes allerede"),
  /** Rule 11: a correction names an event the history does not hold. */
  SUPERSEDES_UNKNOWN_EVENT("supersedes-unknown-event", "rettelse af ukendt hændelse"),
  /** Rule 11: a correction names an event that another correction already superseded. */
  SUPERSEDES_SUPERSEDED_EVENT(
      "supersedes-superseded-event", "rettelse af en allerede rettet hændelse");

  private final String code;
  private final String danishLabel;

  RefusalKind(String code, String danishLabel) {
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
