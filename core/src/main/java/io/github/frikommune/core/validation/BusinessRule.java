package io.github.frikommune.core.validation;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.Coded;
import java.util.Arrays;
import java.util.OptionalInt;

/**
 * A business rule (<i>forretningsregel</i>) of the domain that a validator checks: the twelve
 * numbered rules of the domain's list, and the rules the project adds because the domain implies
 * them.
 *
 * <p>A rule can be broken in several ways, and each way has its own {@link ViolationCode}, so a
 * system can react to exactly what is wrong: rule 1 is broken by a co-applicant from outside
 * the network ({@code applicant-outside-network}) and, differently, by a municipality named
 * twice ({@code applicant-repeated}). {@link ViolationCode#rule()} names the rule of each code,
 * and {@link #violationCodes()} the codes of each rule. Each rule is checked in one place and
 * has a stable lower-case {@linkplain #code() code}, e.g. {@code applicants-belong-to-network}.
 * {@code docs/rules.md} lists the codes under their rules.
 */
public enum BusinessRule implements Coded {
  /** Rule 1: the lead applicant and co-applicants belong to the applying network, each once. */
  APPLICANTS_BELONG_TO_NETWORK(
      1,
      "applicants-belong-to-network",
      "ansøgere hører til netværket, hver én gang",
      "applicants belong to the network, each once"),
  /** Rule 2: an application is submitted to a round of its own programme by the deadline. */
  SUBMITTED_IN_OWN_ROUND_BY_DEADLINE(
      2,
      "submitted-in-own-round-by-deadline",
      "indsendt til en runde i eget program senest ved fristen",
      "submitted to a round of its own programme by the deadline"),
  /** Rule 3: every participant has approved the application politically by its submission. */
  APPROVED_BEFORE_SUBMISSION(
      3,
      "approved-before-submission",
      "politisk godkendt af alle deltagere senest ved indsendelsen",
      "approved politically by every participant by the submission"),
  /** Rule 4: a consultation is answered after it was sent and before the approval. */
  CONSULTATION_ANSWERED_IN_ORDER(
      4,
      "consultation-answered-in-order",
      "høringssvar efter udsendelse og før godkendelse",
      "a consultation is answered after it is sent and before the approval"),
  /** Rule 5: an application requests exemptions, each citing a provision and a target group. */
  EXEMPTIONS_ARE_CITED(
      5,
      "exemptions-are-cited",
      "hver ansøgt fritagelse nævner bestemmelse og målgruppe",
      "each requested exemption cites a provision and a target group"),
  /** Rule 6: a decision concerns a submitted application and is dated on or after it. */
  DECISION_FOLLOWS_SUBMISSION(
      6,
      "decision-follows-submission",
      "afgørelsen følger efter indsendelsen",
      "a decision follows the submission"),
  /** Rule 7: outcome and conditions match; only a grant gives an exemption scope. */
  OUTCOME_MATCHES_CONDITIONS(
      7,
      "outcome-matches-conditions",
      "afgørelsens udfald og vilkår stemmer overens",
      "outcome and conditions match"),
  /** Rule 8: conditions only narrow the request. */
  CONDITIONS_ONLY_NARROW(
      8,
      "conditions-only-narrow",
      "vilkår indsnævrer kun ansøgningen",
      "conditions only narrow the request"),
  /** Rule 9: a trial starts once its legal basis is in force and ends by the programme's end. */
  TRIAL_WITHIN_LEGAL_BASIS_AND_PROGRAMME(
      9,
      "trial-within-legal-basis-and-programme",
      "forsøget ligger inden for hjemlen og programmet",
      "a trial runs within its legal basis and the programme"),
  /** Rule 10: a municipality uses an exemption only while its participation is confirmed. */
  PARTICIPATION_IS_CONFIRMED(
      10,
      "participation-is-confirmed",
      "fritagelsen bruges kun med bekræftet deltagelse",
      "an exemption is used only with confirmed participation"),
  /** Rule 11: a history goes forward in time, and a correction names the event it supersedes. */
  HISTORY_IS_IN_ORDER(
      11,
      "history-is-in-order",
      "historikken går fremad, og en rettelse nævner det, den retter",
      "a history goes forward, and a correction names what it corrects"),
  /** Rule 12: rounds are numbered 1, 2, 3 … with increasing deadlines inside the programme. */
  ROUNDS_ARE_NUMBERED_IN_ORDER(
      12,
      "rounds-are-numbered-in-order",
      "runderne nummereres 1, 2, 3 … med stigende frister i programmet",
      "rounds are numbered 1, 2, 3 … with increasing deadlines in the programme"),
  /**
   * Implied: the networks and rounds on record belong to the portfolio's programme, and the
   * networks that evaluation workshops name are on record.
   */
  RECORDS_BELONG_TO_PROGRAMME(
      0,
      "records-belong-to-programme",
      "netværk, runder og workshops hører til programmet",
      "networks, rounds and workshops belong to the programme"),
  /** Implied: a trial comes from an application on record that has a decision. */
  TRIAL_FOLLOWS_DECISION(
      0,
      "trial-follows-decision",
      "et forsøg udspringer af en afgjort ansøgning",
      "a trial comes from a decided application on record");

  private final int number;
  private final String code;
  private final String danishLabel;
  private final String englishLabel;

  BusinessRule(int number, String code, String danishLabel, String englishLabel) {
    this.number = number;
    this.code = code;
    this.danishLabel = danishLabel;
    this.englishLabel = englishLabel;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * The rule's title in Danish, e.g. {@code ansøgere hører til netværket, hver én gang}.
   *
   * @return the Danish title
   */
  @Override
  public String danishLabel() {
    return danishLabel;
  }

  /**
   * The rule's title in English, e.g. {@code applicants belong to the network, each once}.
   *
   * @return the English title
   */
  public String englishLabel() {
    return englishLabel;
  }

  /**
   * The rule's number in the domain's list of business rules.
   *
   * @return 1 to 12, or empty for a rule the project adds because the domain implies it
   */
  public OptionalInt number() {
    return number == 0 ? OptionalInt.empty() : OptionalInt.of(number);
  }

  /**
   * The codes of the ways this rule can be broken.
   *
   * @return the codes whose {@link ViolationCode#rule()} is this rule, in their enum's order
   */
  public ImmutableList<ViolationCode> violationCodes() {
    return Arrays.stream(ViolationCode.values())
        .filter(c -> c.rule() == this)
        .collect(ImmutableList.toImmutableList());
  }
}
