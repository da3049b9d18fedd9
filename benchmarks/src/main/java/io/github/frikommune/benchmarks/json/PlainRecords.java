package io.github.frikommune.benchmarks.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.List;

/**
 * The format's document as plain Java records, the way a user without the library would write
 * it for Jackson databind: one record per object of the format, with the same field names in
 * the same order, {@code String}s for identifiers, citations and texts, {@code int} for
 * numbers, {@link LocalDate} for days, enums whose constants carry the format's codes, and
 * conditions as a sealed interface told apart by {@code type}. An absent optional field is
 * {@code null} and left out when written, as the format leaves it out.
 *
 * <p>These records check nothing: they hold what the JSON says. Read and written with
 * {@link JsonBaselines#MAPPER}, they give back exactly the bytes the library writes (a test
 * proves it), so a benchmark of them does the JSON work of the library's benchmark and none of
 * the domain's.
 */
public final class PlainRecords {
  private PlainRecords() {}

  /**
   * The document.
   *
   * @param schemaVersion the format's version
   * @param programme the programme
   * @param networks the networks
   * @param rounds the application rounds
   * @param applications the applications
   * @param decisions the decisions
   * @param trials the trials
   * @param evaluationWorkshops the evaluation workshops
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Portfolio(
      int schemaVersion,
      Programme programme,
      List<Network> networks,
      List<ApplicationRound> rounds,
      List<Application> applications,
      List<Decision> decisions,
      List<Trial> trials,
      List<EvaluationWorkshop> evaluationWorkshops) {}

  /**
   * An evaluation workshop.
   *
   * @param heldOn the day it was held
   * @param network the network's identifier, or null
   * @param title its title
   * @param host its host, or null
   * @param participants who took part
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record EvaluationWorkshop(
      LocalDate heldOn, String network, String title, String host, List<String> participants) {}

  /**
   * A programme.
   *
   * @param id its identifier
   * @param name its name
   * @param period its period
   * @param participationModel who takes part
   * @param extensions extensions of its end
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Programme(
      String id, String name, Period period, ParticipationModel participationModel, List<Extension> extensions) {}

  /**
   * A period, both ends included.
   *
   * @param startInclusive the first day
   * @param endInclusive the last day
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Period(LocalDate startInclusive, LocalDate endInclusive) {}

  /**
   * An extension of an end date.
   *
   * @param previousEnd the end before
   * @param newEnd the end after
   * @param by the act that extends
   * @param provision the provision that extends, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Extension(LocalDate previousEnd, LocalDate newEnd, LegalAct by, String provision) {}

  /**
   * A law or executive order.
   *
   * @param kind its kind
   * @param number its number
   * @param date its date
   * @param shortTitle its short title
   * @param fullTitle its full title, or null
   * @param bill the bill it was passed as, or null
   * @param passedOn the day the Folketing passed it, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record LegalAct(
      LegalActKind kind,
      int number,
      LocalDate date,
      String shortTitle,
      String fullTitle,
      String bill,
      LocalDate passedOn) {}

  /**
   * A network.
   *
   * @param id its identifier
   * @param programme its programme's identifier
   * @param name its name
   * @param theme its theme, or null
   * @param members its members
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Network(String id, String programme, String name, String theme, List<Municipality> members) {}

  /**
   * A municipality.
   *
   * @param code its official code
   * @param name its name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Municipality(int code, String name) {}

  /**
   * An application round.
   *
   * @param id its identifier
   * @param deadline its deadline
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ApplicationRound(String id, LocalDate deadline) {}

  /**
   * An application.
   *
   * @param id its identifier
   * @param title its title
   * @param description its description, or null
   * @param round its round's identifier
   * @param network its network's identifier, or null
   * @param leadApplicant its lead applicant, or null
   * @param coApplicants its co-applicants
   * @param applicants its applicants whose role is not on record
   * @param exemptions the exemptions it requests
   * @param expectedEffects its expected effects
   * @param describedOn the day it was described, or null
   * @param consultations its consultations
   * @param approvals its political approvals
   * @param submittedOn the day it was submitted, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Application(
      String id,
      String title,
      String description,
      String round,
      String network,
      Municipality leadApplicant,
      List<Municipality> coApplicants,
      List<Municipality> applicants,
      List<RequestedExemption> exemptions,
      List<String> expectedEffects,
      LocalDate describedOn,
      List<Consultation> consultations,
      List<PoliticalApproval> approvals,
      LocalDate submittedOn) {}

  /**
   * A requested exemption.
   *
   * @param provisions the provisions
   * @param targetGroups the target groups
   * @param rationale the rationale, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record RequestedExemption(List<String> provisions, List<TargetGroup> targetGroups, String rationale) {}

  /**
   * A target group.
   *
   * @param code its code
   * @param label its label
   * @param broader the broader group, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record TargetGroup(String code, String label, TargetGroup broader) {}

  /**
   * A consultation.
   *
   * @param municipality the consulting municipality
   * @param body the body consulted
   * @param sentOn the day it was sent, or null
   * @param answeredOn the day it was answered, or null
   * @param remarks the remarks, or null
   * @param note a note, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Consultation(
      Municipality municipality, String body, LocalDate sentOn, LocalDate answeredOn, String remarks, String note) {}

  /**
   * A political approval.
   *
   * @param municipality the approving municipality
   * @param body the approving body, or null
   * @param approvedOn the day, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PoliticalApproval(Municipality municipality, String body, LocalDate approvedOn) {}

  /**
   * A decision.
   *
   * @param application the application's identifier
   * @param decidedOn the day
   * @param decidedBy who decided
   * @param outcome the outcome
   * @param reasons the reasons
   * @param conditions the conditions
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Decision(
      String application,
      LocalDate decidedOn,
      String decidedBy,
      Outcome outcome,
      List<String> reasons,
      List<Condition> conditions) {}

  /** A condition of a decision, of the kind its {@code type} names. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = TargetGroupsKept.class, name = "target-groups-kept"),
    @JsonSubTypes.Type(value = TargetGroupsExcluded.class, name = "target-groups-excluded"),
    @JsonSubTypes.Type(value = ParticipantsRestricted.class, name = "participants-restricted"),
    @JsonSubTypes.Type(value = ProvisionsRestricted.class, name = "provisions-restricted"),
    @JsonSubTypes.Type(value = PeriodRestricted.class, name = "period-restricted"),
    @JsonSubTypes.Type(value = EvaluationDuty.class, name = "evaluation-duty"),
    @JsonSubTypes.Type(value = ReportingDuty.class, name = "reporting-duty"),
    @JsonSubTypes.Type(value = FreeText.class, name = "free-text")
  })
  public sealed interface Condition
      permits TargetGroupsKept,
          TargetGroupsExcluded,
          ParticipantsRestricted,
          ProvisionsRestricted,
          PeriodRestricted,
          EvaluationDuty,
          ReportingDuty,
          FreeText {}

  /**
   * Only these target groups.
   *
   * @param groups the groups kept
   * @param text the decision's words, or null
   * @param status the status
   * @param statusDate the status's day, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record TargetGroupsKept(List<TargetGroup> groups, String text, ConditionStatus status, LocalDate statusDate)
      implements Condition {}

  /**
   * Not these target groups.
   *
   * @param groups the groups excluded
   * @param text the decision's words, or null
   * @param status the status
   * @param statusDate the status's day, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record TargetGroupsExcluded(
      List<TargetGroup> groups, String text, ConditionStatus status, LocalDate statusDate) implements Condition {}

  /**
   * Only these municipalities.
   *
   * @param participants the municipalities
   * @param othersMustApplySeparately whether others must apply separately
   * @param text the decision's words, or null
   * @param status the status
   * @param statusDate the status's day, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ParticipantsRestricted(
      List<Municipality> participants,
      boolean othersMustApplySeparately,
      String text,
      ConditionStatus status,
      LocalDate statusDate)
      implements Condition {}

  /**
   * Only these provisions.
   *
   * @param provisions the provisions
   * @param text the decision's words, or null
   * @param status the status
   * @param statusDate the status's day, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ProvisionsRestricted(List<String> provisions, String text, ConditionStatus status, LocalDate statusDate)
      implements Condition {}

  /**
   * Only in this period.
   *
   * @param period the period
   * @param text the decision's words, or null
   * @param status the status
   * @param statusDate the status's day, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PeriodRestricted(Period period, String text, ConditionStatus status, LocalDate statusDate)
      implements Condition {}

  /**
   * A duty to evaluate.
   *
   * @param description what to evaluate
   * @param due the day it is due, or null
   * @param text the decision's words, or null
   * @param status the status
   * @param statusDate the status's day, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record EvaluationDuty(
      String description, LocalDate due, String text, ConditionStatus status, LocalDate statusDate)
      implements Condition {}

  /**
   * A duty to report.
   *
   * @param description what to report
   * @param due the day it is due, or null
   * @param text the decision's words, or null
   * @param status the status
   * @param statusDate the status's day, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ReportingDuty(
      String description, LocalDate due, String text, ConditionStatus status, LocalDate statusDate)
      implements Condition {}

  /**
   * A condition in words only.
   *
   * @param text the decision's words
   * @param status the status
   * @param statusDate the status's day, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FreeText(String text, ConditionStatus status, LocalDate statusDate) implements Condition {}

  /**
   * A trial.
   *
   * @param id its identifier
   * @param application its application's identifier
   * @param title its title
   * @param legalBases its legal bases
   * @param participants its participants
   * @param period its period, or null
   * @param extensions extensions of its end
   * @param evaluationDesign its evaluation design, or null
   * @param outcome its outcome, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Trial(
      String id,
      String application,
      String title,
      List<LegalBasis> legalBases,
      List<Participation> participants,
      Period period,
      List<Extension> extensions,
      EvaluationDesign evaluationDesign,
      TrialOutcome outcome) {}

  /**
   * A legal basis.
   *
   * @param act the act
   * @param provisions the provisions
   * @param inForceFrom the first day in force
   * @param expiresOn the day it expires, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record LegalBasis(LegalAct act, List<String> provisions, LocalDate inForceFrom, LocalDate expiresOn) {}

  /**
   * A municipality's participation.
   *
   * @param municipality the municipality
   * @param status its status
   * @param since the day of the status, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Participation(Municipality municipality, ParticipationStatus status, LocalDate since) {}

  /**
   * An evaluation design.
   *
   * @param evaluator the evaluator, or null
   * @param expectedResults the expected results
   * @param targetGroupRegistration how the target group is registered, or null
   * @param measurementPoints the measurement points
   * @param dueOn the day it is due, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record EvaluationDesign(
      String evaluator,
      List<String> expectedResults,
      String targetGroupRegistration,
      List<MeasurementPoint> measurementPoints,
      LocalDate dueOn) {}

  /**
   * A measurement point.
   *
   * @param description what is measured
   * @param on the day, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record MeasurementPoint(String description, LocalDate on) {}

  /** How a programme is taken part in. */
  public enum ParticipationModel {
    /** By networks. */
    @JsonProperty("networks")
    NETWORKS,
    /** By single municipalities. */
    @JsonProperty("single-municipalities")
    SINGLE_MUNICIPALITIES
  }

  /** The kind of a legal act. */
  public enum LegalActKind {
    /** A law. */
    @JsonProperty("law")
    LAW,
    /** A consolidated law. */
    @JsonProperty("consolidated-law")
    CONSOLIDATED_LAW,
    /** An executive order. */
    @JsonProperty("executive-order")
    EXECUTIVE_ORDER
  }

  /** A decision's outcome. */
  public enum Outcome {
    /** Granted. */
    @JsonProperty("granted")
    GRANTED,
    /** Partially granted. */
    @JsonProperty("partially-granted")
    PARTIALLY_GRANTED,
    /** Rejected. */
    @JsonProperty("rejected")
    REJECTED
  }

  /** A condition's status. */
  public enum ConditionStatus {
    /** Pending. */
    @JsonProperty("pending")
    PENDING,
    /** Met. */
    @JsonProperty("met")
    MET,
    /** Not met. */
    @JsonProperty("not-met")
    NOT_MET,
    /** Waived. */
    @JsonProperty("waived")
    WAIVED
  }

  /** A participation's status. */
  public enum ParticipationStatus {
    /** Awaiting confirmation. */
    @JsonProperty("pending-confirmation")
    PENDING_CONFIRMATION,
    /** Confirmed. */
    @JsonProperty("confirmed")
    CONFIRMED,
    /** Active. */
    @JsonProperty("active")
    ACTIVE,
    /** Withdrawn. */
    @JsonProperty("withdrawn")
    WITHDRAWN,
    /** Must apply separately. */
    @JsonProperty("must-apply-separately")
    MUST_APPLY_SEPARATELY,
    /** Asked to join. */
    @JsonProperty("join-requested")
    JOIN_REQUESTED,
    /** Refused. */
    @JsonProperty("refused")
    REFUSED
  }

  /** A trial's outcome. */
  public enum TrialOutcome {
    /** Spread. */
    @JsonProperty("spread")
    SPREAD,
    /** Not spread. */
    @JsonProperty("not-spread")
    NOT_SPREAD,
    /** Stopped. */
    @JsonProperty("stopped")
    STOPPED,
    /** Never started. */
    @JsonProperty("never-started")
    NEVER_STARTED
  }
}
