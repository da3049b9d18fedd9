package io.github.frikommune.core.validation;

import io.github.frikommune.core.Coded;
import java.util.OptionalInt;

/**
 * The stable code of each way a business rule can be broken (<i>regelbrud</i>).
 *
 * <p>The {@linkplain #code() code} never changes once released; systems may store it and react
 * to it. A {@link BusinessRule} can be broken in several ways, and each way has its own code:
 * rule 1 has {@code applicant-outside-network}, {@code applicant-repeated} and others.
 * {@link #rule()} names the rule a code breaks, and {@link #domainRule()} its number in the
 * domain's list of business rules, where it has one; the others are rules the domain implies,
 * such as a trial from an application that is not on record. {@code docs/rules.md} lists every
 * code under its rule, with the rule in words.
 */
public enum ViolationCode implements Coded {
  /** Rule 1: a lead or co-applicant is not a member of the applying network. */
  APPLICANT_OUTSIDE_NETWORK(
      "applicant-outside-network",
      BusinessRule.APPLICANTS_BELONG_TO_NETWORK,
      Severity.ERROR,
      "ansøger uden for netværket"),
  /** Rule 1: a municipality appears twice among the applicants. */
  APPLICANT_REPEATED(
      "applicant-repeated",
      BusinessRule.APPLICANTS_BELONG_TO_NETWORK,
      Severity.ERROR,
      "ansøger gentaget"),
  /** Rule 1: an application in a single-municipality programme has co-applicants. */
  CO_APPLICANT_IN_SINGLE_MUNICIPALITY_PROGRAMME(
      "co-applicant-in-single-municipality-programme",
      BusinessRule.APPLICANTS_BELONG_TO_NETWORK,
      Severity.ERROR,
      "medansøger i enkeltkommuneprogram"),
  /** Rule 1: an application in a single-municipality programme names a network. */
  NETWORK_IN_SINGLE_MUNICIPALITY_PROGRAMME(
      "network-in-single-municipality-programme",
      BusinessRule.APPLICANTS_BELONG_TO_NETWORK,
      Severity.ERROR,
      "netværk i enkeltkommuneprogram"),
  /** Rule 1: an application in a programme of networks names no network. */
  NETWORK_MISSING(
      "network-missing",
      BusinessRule.APPLICANTS_BELONG_TO_NETWORK,
      Severity.ERROR,
      "netværk mangler"),
  /** Rule 1: an application names a network that is not on record. */
  NETWORK_UNKNOWN(
      "network-unknown",
      BusinessRule.APPLICANTS_BELONG_TO_NETWORK,
      Severity.ERROR,
      "ukendt netværk"),
  /** Rule 2: an application names a round that is not on record. */
  ROUND_UNKNOWN(
      "round-unknown",
      BusinessRule.SUBMITTED_IN_OWN_ROUND_BY_DEADLINE,
      Severity.ERROR,
      "ukendt ansøgningsrunde"),
  /** Rule 2: an application is for a round of another programme. */
  APPLICATION_ROUND_OF_OTHER_PROGRAMME(
      "application-round-of-other-programme",
      BusinessRule.SUBMITTED_IN_OWN_ROUND_BY_DEADLINE,
      Severity.ERROR,
      "ansøgningsrunde i et andet program"),
  /** Rule 2: an application was submitted after its round's deadline. */
  SUBMITTED_AFTER_DEADLINE(
      "submitted-after-deadline",
      BusinessRule.SUBMITTED_IN_OWN_ROUND_BY_DEADLINE,
      Severity.ERROR,
      "indsendt efter fristen"),
  /** Rule 3: a participant of a submitted application has not approved it politically. */
  APPROVAL_MISSING(
      "approval-missing",
      BusinessRule.APPROVED_BEFORE_SUBMISSION,
      Severity.ERROR,
      "politisk godkendelse mangler"),
  /** Rule 3: a political approval is dated after the submission. */
  APPROVAL_AFTER_SUBMISSION(
      "approval-after-submission",
      BusinessRule.APPROVED_BEFORE_SUBMISSION,
      Severity.ERROR,
      "godkendt efter indsendelse"),
  /** Rule 3: a municipality that does not take part has approved the application. */
  APPROVAL_BY_NON_PARTICIPANT(
      "approval-by-non-participant",
      BusinessRule.APPROVED_BEFORE_SUBMISSION,
      Severity.WARNING,
      "godkendt af en kommune, der ikke deltager"),
  /** Rule 4: a consultation was answered before it was sent. */
  CONSULTATION_ANSWERED_BEFORE_SENT(
      "consultation-answered-before-sent",
      BusinessRule.CONSULTATION_ANSWERED_IN_ORDER,
      Severity.ERROR,
      "høringssvar før udsendelse"),
  /** Rule 4: a consultation was answered after the approval that takes its remarks into account. */
  CONSULTATION_ANSWERED_AFTER_APPROVAL(
      "consultation-answered-after-approval",
      BusinessRule.CONSULTATION_ANSWERED_IN_ORDER,
      Severity.ERROR,
      "høringssvar efter godkendelse"),
  /** Rule 5: an application requests no exemption. */
  EXEMPTION_MISSING(
      "exemption-missing",
      BusinessRule.EXEMPTIONS_ARE_CITED,
      Severity.ERROR,
      "ingen fritagelse ansøgt"),
  /** Rule 5: a requested exemption cites no provision. */
  EXEMPTION_WITHOUT_PROVISION(
      "exemption-without-provision",
      BusinessRule.EXEMPTIONS_ARE_CITED,
      Severity.ERROR,
      "fritagelse uden bestemmelse"),
  /** Rule 5: a requested exemption names no target group. */
  EXEMPTION_WITHOUT_TARGET_GROUP(
      "exemption-without-target-group",
      BusinessRule.EXEMPTIONS_ARE_CITED,
      Severity.ERROR,
      "fritagelse uden målgruppe"),
  /** Rule 6: a decision concerns an application that is not on record. */
  DECISION_ON_UNKNOWN_APPLICATION(
      "decision-on-unknown-application",
      BusinessRule.DECISION_FOLLOWS_SUBMISSION,
      Severity.ERROR,
      "afgørelse om ukendt ansøgning"),
  /** Rule 6: a decision concerns an application that was never submitted. */
  DECISION_ON_UNSUBMITTED_APPLICATION(
      "decision-on-unsubmitted-application",
      BusinessRule.DECISION_FOLLOWS_SUBMISSION,
      Severity.ERROR,
      "afgørelse om ikke-indsendt ansøgning"),
  /** Rule 6: a decision is dated before the application's submission. */
  DECIDED_BEFORE_SUBMISSION(
      "decided-before-submission",
      BusinessRule.DECISION_FOLLOWS_SUBMISSION,
      Severity.ERROR,
      "afgjort før indsendelse"),
  /** Rule 7: a partial grant has no condition that narrows the request. */
  PARTIAL_GRANT_WITHOUT_NARROWING(
      "partial-grant-without-narrowing",
      BusinessRule.OUTCOME_MATCHES_CONDITIONS,
      Severity.ERROR,
      "delvis imødekommelse uden indsnævring"),
  /** Rule 7: a rejection gives no reason. */
  REJECTION_WITHOUT_REASON(
      "rejection-without-reason",
      BusinessRule.OUTCOME_MATCHES_CONDITIONS,
      Severity.ERROR,
      "afslag uden begrundelse"),
  /** Rule 7: a rejection sets a condition that would give an exemption scope. */
  REJECTION_WITH_SCOPE(
      "rejection-with-scope",
      BusinessRule.OUTCOME_MATCHES_CONDITIONS,
      Severity.ERROR,
      "afslag med fritagelsesomfang"),
  /** Rule 7: a full grant sets a condition that narrows the request. */
  GRANT_WITH_NARROWING_CONDITION(
      "grant-with-narrowing-condition",
      BusinessRule.OUTCOME_MATCHES_CONDITIONS,
      Severity.ERROR,
      "imødekommelse med indsnævrende vilkår"),
  /** Rule 7: a trial comes from a rejected application. */
  TRIAL_FOR_REJECTED_DECISION(
      "trial-for-rejected-decision",
      BusinessRule.OUTCOME_MATCHES_CONDITIONS,
      Severity.ERROR,
      "forsøg efter afslag"),
  /** Rule 8: a condition keeps a target group the application did not request. */
  KEPT_TARGET_GROUP_NOT_REQUESTED(
      "kept-target-group-not-requested",
      BusinessRule.CONDITIONS_ONLY_NARROW,
      Severity.ERROR,
      "bevaret målgruppe ikke ansøgt"),
  /** Rule 8: a condition excludes a target group that has nothing to do with the request. */
  EXCLUDED_TARGET_GROUP_NOT_REQUESTED(
      "excluded-target-group-not-requested",
      BusinessRule.CONDITIONS_ONLY_NARROW,
      Severity.WARNING,
      "undtaget målgruppe ikke ansøgt"),
  /** Rule 8: a condition names a participant outside the applicants and the network. */
  RESTRICTED_PARTICIPANT_OUTSIDE(
      "restricted-participant-outside",
      BusinessRule.CONDITIONS_ONLY_NARROW,
      Severity.ERROR,
      "deltager uden for ansøgere og netværk"),
  /** Rule 8: a condition keeps a provision the application did not request. */
  RESTRICTED_PROVISION_NOT_REQUESTED(
      "restricted-provision-not-requested",
      BusinessRule.CONDITIONS_ONLY_NARROW,
      Severity.ERROR,
      "bevaret bestemmelse ikke ansøgt"),
  /** Rule 8: a condition's period does not lie within the programme's period. */
  RESTRICTED_PERIOD_OUTSIDE_PROGRAMME(
      "restricted-period-outside-programme",
      BusinessRule.CONDITIONS_ONLY_NARROW,
      Severity.ERROR,
      "periode uden for programmet"),
  /** Rule 9: a trial starts before its legal basis is in force. */
  TRIAL_STARTS_BEFORE_LEGAL_BASIS(
      "trial-starts-before-legal-basis",
      BusinessRule.TRIAL_WITHIN_LEGAL_BASIS_AND_PROGRAMME,
      Severity.ERROR,
      "forsøg starter før hjemmel"),
  /** Rule 9: a trial ends after the programme's end as extended. */
  TRIAL_ENDS_AFTER_PROGRAMME(
      "trial-ends-after-programme",
      BusinessRule.TRIAL_WITHIN_LEGAL_BASIS_AND_PROGRAMME,
      Severity.ERROR,
      "forsøg slutter efter programmet"),
  /** Rule 10: a municipality that must apply separately is waiting for confirmation as if it need not. */
  PARTICIPATION_WITHOUT_SEPARATE_APPLICATION(
      "participation-without-separate-application",
      BusinessRule.PARTICIPATION_IS_CONFIRMED,
      Severity.ERROR,
      "deltagelse uden særskilt ansøgning"),
  /** Rule 10: a municipality takes part although the decision lets no others join. */
  PARTICIPATION_OUTSIDE_RESTRICTION(
      "participation-outside-restriction",
      BusinessRule.PARTICIPATION_IS_CONFIRMED,
      Severity.ERROR,
      "deltagelse uden for vilkårets kreds"),
  /** Rule 10: a trial's participant is neither an applicant nor a member of the network. */
  PARTICIPANT_OUTSIDE_NETWORK(
      "participant-outside-network",
      BusinessRule.PARTICIPATION_IS_CONFIRMED,
      Severity.ERROR,
      "deltager uden for netværket"),
  /** Rule 11: an event takes effect before the event before it in the history. */
  HISTORY_OUT_OF_ORDER(
      "history-out-of-order", BusinessRule.HISTORY_IS_IN_ORDER, Severity.ERROR, "historik i forkert rækkefølge"),
  /** Rule 11: an event was not recorded strictly after the event recorded before it. */
  RECORDED_AT_NOT_INCREASING(
      "recorded-at-not-increasing",
      BusinessRule.HISTORY_IS_IN_ORDER,
      Severity.ERROR,
      "registreringstidspunkt stiger ikke"),
  /** Rule 11: an event has the id of an event recorded before it. */
  DUPLICATE_EVENT_ID(
      "duplicate-event-id", BusinessRule.HISTORY_IS_IN_ORDER, Severity.ERROR, "hændelses-id findes allerede"),
  /** Rule 11: a correction names an event that is not recorded before it. */
  SUPERSEDES_UNKNOWN_EVENT(
      "supersedes-unknown-event", BusinessRule.HISTORY_IS_IN_ORDER, Severity.ERROR, "rettelse af ukendt hændelse"),
  /** Rule 11: a correction names an event that another correction already supersedes. */
  SUPERSEDES_SUPERSEDED_EVENT(
      "supersedes-superseded-event",
      BusinessRule.HISTORY_IS_IN_ORDER,
      Severity.ERROR,
      "rettelse af en allerede rettet hændelse"),
  /** Rule 12: a programme's rounds are not numbered 1, 2, 3 … */
  ROUND_NUMBERS_NOT_CONSECUTIVE(
      "round-numbers-not-consecutive",
      BusinessRule.ROUNDS_ARE_NUMBERED_IN_ORDER,
      Severity.ERROR,
      "runder ikke nummereret fortløbende"),
  /** Rule 12: a round's deadline is not after the deadline of the round before. */
  ROUND_DEADLINES_NOT_INCREASING(
      "round-deadlines-not-increasing",
      BusinessRule.ROUNDS_ARE_NUMBERED_IN_ORDER,
      Severity.ERROR,
      "frister ikke stigende"),
  /** Rule 12: a round's deadline lies outside the programme's period. */
  ROUND_DEADLINE_OUTSIDE_PROGRAMME(
      "round-deadline-outside-programme",
      BusinessRule.ROUNDS_ARE_NUMBERED_IN_ORDER,
      Severity.ERROR,
      "frist uden for programmet"),
  /** Implied rule: a round on record belongs to another programme. */
  ROUND_OF_OTHER_PROGRAMME(
      "round-of-other-programme",
      BusinessRule.RECORDS_BELONG_TO_PROGRAMME,
      Severity.ERROR,
      "runde i et andet program"),
  /** Implied rule: a network on record belongs to another programme. */
  NETWORK_OF_OTHER_PROGRAMME(
      "network-of-other-programme",
      BusinessRule.RECORDS_BELONG_TO_PROGRAMME,
      Severity.ERROR,
      "netværk i et andet program"),
  /** Implied rule: an evaluation workshop names a network that is not on record. */
  WORKSHOP_NETWORK_UNKNOWN(
      "workshop-network-unknown",
      BusinessRule.RECORDS_BELONG_TO_PROGRAMME,
      Severity.ERROR,
      "workshop for ukendt netværk"),
  /** Implied rule: a trial comes from an application that is not on record. */
  TRIAL_FOR_UNKNOWN_APPLICATION(
      "trial-for-unknown-application",
      BusinessRule.TRIAL_FOLLOWS_DECISION,
      Severity.ERROR,
      "forsøg for ukendt ansøgning"),
  /** Implied rule: a trial comes from an application that has no decision. */
  TRIAL_WITHOUT_DECISION(
      "trial-without-decision",
      BusinessRule.TRIAL_FOLLOWS_DECISION,
      Severity.ERROR,
      "forsøg uden afgørelse");

  private final String code;
  private final BusinessRule rule;
  private final Severity severity;
  private final String danishLabel;

  ViolationCode(String code, BusinessRule rule, Severity severity, String danishLabel) {
    this.code = code;
    this.rule = rule;
    this.severity = severity;
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

  /**
   * How serious a violation of this rule is.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * The business rule a violation with this code breaks.
   *
   * @return the rule, e.g. {@link BusinessRule#APPLICANTS_BELONG_TO_NETWORK} for
   *     {@code applicant-outside-network}
   */
  public BusinessRule rule() {
    return rule;
  }

  /**
   * The number of the business rule in the domain's list that this code breaks: the
   * {@linkplain #rule() rule}'s number.
   *
   * @return the rule's number, 1 to 12, or empty for a rule the domain implies
   */
  public OptionalInt domainRule() {
    return rule.number();
  }
}
