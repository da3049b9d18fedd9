package io.github.frikommune.core.lifecycle;

import io.github.frikommune.core.Coded;

/**
 * Something that becomes due or awaited when a transition is accepted (<i>opfølgning</i>), such
 * as an evaluation design once an application is granted.
 *
 * <p>Follow-ups are data on the transition, not actions: a case system decides what to do with
 * them, e.g. put a task on a list.
 */
public enum FollowUp implements Coded {
  /** A consultation's answer is awaited (<i>høringssvar afventes</i>). */
  CONSULTATION_ANSWER_AWAITED("consultation-answer-awaited", "høringssvar afventes"),
  /** The approved application is to be submitted by the deadline (<i>skal indsendes</i>). */
  SUBMISSION_DUE("submission-due", "ansøgningen skal indsendes"),
  /** The government's decision is awaited (<i>afgørelse afventes</i>). */
  DECISION_AWAITED("decision-awaited", "afgørelse afventes"),
  /** A granted trial awaits its legal basis (<i>hjemmel afventes</i>). */
  LEGAL_BASIS_AWAITED("legal-basis-awaited", "hjemmel afventes"),
  /** Each municipality's participation awaits the ministry's confirmation. */
  PARTICIPATION_CONFIRMATION_AWAITED(
      "participation-confirmation-awaited", "bekræftelse af deltagelse afventes"),
  /** The municipalities must draw up an evaluation design (<i>evalueringsdesign</i>). */
  EVALUATION_DESIGN_DUE("evaluation-design-due", "evalueringsdesign skal udarbejdes"),
  /** The conditions of a partial grant must be followed up (<i>vilkår</i>). */
  CONDITIONS_TO_FOLLOW("conditions-to-follow", "vilkår skal følges op"),
  /** Each municipality publishes its free-municipality statute before the trial starts. */
  STATUTE_DUE("statute-due", "frikommunevedtægt skal offentliggøres"),
  /** The trial has ended and its evaluation is to be reported. */
  EVALUATION_REPORT_DUE("evaluation-report-due", "evaluering skal afrapporteres"),
  /** The municipality must apply separately to join (<i>særskilt ansøgning</i>). */
  JOIN_APPLICATION_DUE("join-application-due", "særskilt ansøgning om deltagelse"),
  /** The answer to a request to join is awaited. */
  JOIN_DECISION_AWAITED("join-decision-awaited", "svar på ansøgning om deltagelse afventes");

  private final String code;
  private final String danishLabel;

  FollowUp(String code, String danishLabel) {
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
