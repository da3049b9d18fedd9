package io.github.frikommune.core.report;

import io.github.frikommune.core.Coded;

/** The kinds of dated event on a portfolio's timeline, in the order they sort on one day. */
public enum TimelineEventKind implements Coded {
  /** A round's deadline (<i>ansøgningsfrist</i>). */
  DEADLINE("deadline", "ansøgningsfrist"),
  /** A decision on an application (<i>afgørelse</i>). */
  DECISION("decision", "afgørelse"),
  /** A workshop on the evaluation of trials (<i>evalueringsworkshop</i>). */
  EVALUATION_WORKSHOP("evaluation-workshop", "evalueringsworkshop"),
  /** A law or executive order that extends the programme or a trial (<i>forlængelse</i>). */
  EXTENSION("extension", "forlængelse"),
  /** A legal basis comes into force (<i>ikrafttræden</i>). */
  IN_FORCE("in-force", "ikrafttræden");

  private final String code;
  private final String danishLabel;

  TimelineEventKind(String code, String danishLabel) {
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
