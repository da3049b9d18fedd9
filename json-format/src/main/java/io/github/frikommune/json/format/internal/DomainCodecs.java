package io.github.frikommune.json.format.internal;

import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.application.ApplicationId;
import io.github.frikommune.core.application.Consultation;
import io.github.frikommune.core.application.ImmutableApplication;
import io.github.frikommune.core.application.ImmutableConsultation;
import io.github.frikommune.core.application.ImmutablePoliticalApproval;
import io.github.frikommune.core.application.ImmutableRequestedExemption;
import io.github.frikommune.core.application.PoliticalApproval;
import io.github.frikommune.core.application.RequestedExemption;
import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.decision.Condition;
import io.github.frikommune.core.decision.ConditionKind;
import io.github.frikommune.core.decision.ConditionStatus;
import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.decision.EvaluationDuty;
import io.github.frikommune.core.decision.FreeTextCondition;
import io.github.frikommune.core.decision.ImmutableDecision;
import io.github.frikommune.core.decision.ImmutableEvaluationDuty;
import io.github.frikommune.core.decision.ImmutableFreeTextCondition;
import io.github.frikommune.core.decision.ImmutableParticipantsRestricted;
import io.github.frikommune.core.decision.ImmutablePeriodRestricted;
import io.github.frikommune.core.decision.ImmutableProvisionsRestricted;
import io.github.frikommune.core.decision.ImmutableReportingDuty;
import io.github.frikommune.core.decision.ImmutableTargetGroupsExcluded;
import io.github.frikommune.core.decision.ImmutableTargetGroupsKept;
import io.github.frikommune.core.decision.Outcome;
import io.github.frikommune.core.decision.ParticipantsRestricted;
import io.github.frikommune.core.decision.PeriodRestricted;
import io.github.frikommune.core.decision.ProvisionsRestricted;
import io.github.frikommune.core.decision.ReportingDuty;
import io.github.frikommune.core.decision.TargetGroupsExcluded;
import io.github.frikommune.core.decision.TargetGroupsKept;
import io.github.frikommune.core.Coded;
import io.github.frikommune.core.exemption.AwaitingLegalBasis;
import io.github.frikommune.core.exemption.ExemptionAnswer;
import io.github.frikommune.core.exemption.ExemptionQuestion;
import io.github.frikommune.core.exemption.ExemptionScope;
import io.github.frikommune.core.exemption.Expired;
import io.github.frikommune.core.exemption.Grant;
import io.github.frikommune.core.exemption.GrantedExemption;
import io.github.frikommune.core.exemption.ImmutableAwaitingLegalBasis;
import io.github.frikommune.core.exemption.ImmutableExemptionAnswer;
import io.github.frikommune.core.exemption.ImmutableExemptionQuestion;
import io.github.frikommune.core.exemption.ImmutableExemptionScope;
import io.github.frikommune.core.exemption.ImmutableExpired;
import io.github.frikommune.core.exemption.ImmutableGrant;
import io.github.frikommune.core.exemption.ImmutableGrantedExemption;
import io.github.frikommune.core.exemption.ImmutableMustApplySeparately;
import io.github.frikommune.core.exemption.ImmutableNoTrialCovers;
import io.github.frikommune.core.exemption.ImmutableNotConfirmedParticipant;
import io.github.frikommune.core.exemption.ImmutableNotYetInForce;
import io.github.frikommune.core.exemption.ImmutableTargetGroupExcluded;
import io.github.frikommune.core.exemption.ImmutableTargetGroupNotCovered;
import io.github.frikommune.core.exemption.MustApplySeparately;
import io.github.frikommune.core.exemption.NoTrialCovers;
import io.github.frikommune.core.exemption.NotConfirmedParticipant;
import io.github.frikommune.core.exemption.NotYetInForce;
import io.github.frikommune.core.exemption.Reason;
import io.github.frikommune.core.exemption.ReasonKind;
import io.github.frikommune.core.exemption.TargetGroupExcluded;
import io.github.frikommune.core.exemption.TargetGroupNotCovered;
import io.github.frikommune.core.lifecycle.ApplicationEvent;
import io.github.frikommune.core.lifecycle.ApplicationEventType;
import io.github.frikommune.core.lifecycle.ConditionEvent;
import io.github.frikommune.core.lifecycle.ConditionEventType;
import io.github.frikommune.core.lifecycle.EventId;
import io.github.frikommune.core.lifecycle.ImmutableApplicationEvent;
import io.github.frikommune.core.lifecycle.ImmutableConditionEvent;
import io.github.frikommune.core.lifecycle.ImmutableParticipationEvent;
import io.github.frikommune.core.lifecycle.ImmutableRecordedEvent;
import io.github.frikommune.core.lifecycle.ImmutableTrialEvent;
import io.github.frikommune.core.lifecycle.LifecycleEvent;
import io.github.frikommune.core.lifecycle.ParticipationEvent;
import io.github.frikommune.core.lifecycle.ParticipationEventType;
import io.github.frikommune.core.lifecycle.RecordedEvent;
import io.github.frikommune.core.lifecycle.TrialEvent;
import io.github.frikommune.core.lifecycle.TrialEventType;
import io.github.frikommune.core.law.Extension;
import io.github.frikommune.core.law.ImmutableExtension;
import io.github.frikommune.core.law.ImmutableLegalAct;
import io.github.frikommune.core.law.LegalAct;
import io.github.frikommune.core.law.LegalActKind;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.municipality.Municipalities;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.municipality.MunicipalityCode;
import io.github.frikommune.core.municipality.Region;
import io.github.frikommune.core.portfolio.ImmutablePortfolio;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.programme.ApplicationRound;
import io.github.frikommune.core.programme.ImmutableApplicationRound;
import io.github.frikommune.core.programme.ImmutableNetwork;
import io.github.frikommune.core.programme.ImmutableProgramme;
import io.github.frikommune.core.programme.Network;
import io.github.frikommune.core.programme.NetworkId;
import io.github.frikommune.core.programme.ParticipationModel;
import io.github.frikommune.core.programme.Programme;
import io.github.frikommune.core.programme.ProgrammeId;
import io.github.frikommune.core.programme.RoundId;
import io.github.frikommune.core.targetgroup.ImmutableTargetGroup;
import io.github.frikommune.core.targetgroup.TargetGroup;
import io.github.frikommune.core.trial.EvaluationDesign;
import io.github.frikommune.core.trial.EvaluationWorkshop;
import io.github.frikommune.core.trial.ImmutableEvaluationDesign;
import io.github.frikommune.core.trial.ImmutableEvaluationWorkshop;
import io.github.frikommune.core.trial.ImmutableLegalBasis;
import io.github.frikommune.core.trial.ImmutableMeasurementPoint;
import io.github.frikommune.core.trial.ImmutableParticipation;
import io.github.frikommune.core.trial.ImmutableTrial;
import io.github.frikommune.core.trial.LegalBasis;
import io.github.frikommune.core.trial.MeasurementPoint;
import io.github.frikommune.core.trial.Participation;
import io.github.frikommune.core.trial.ParticipationStatus;
import io.github.frikommune.core.trial.Trial;
import io.github.frikommune.core.trial.TrialId;
import io.github.frikommune.core.trial.TrialOutcome;
import io.github.frikommune.json.format.JsonFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The JSON form of every domain type: the one place the format is defined.
 *
 * <p>Field order follows the order in which the domain type declares its accessors. Codes are
 * the domain's stable {@code code()}s, municipalities are objects of official code and name,
 * provisions their canonical citation, identifiers their text, days ISO-8601.
 */
public final class DomainCodecs {
  private static final String IDENTIFIER = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

  private DomainCodecs() {}

  // Leaves --------------------------------------------------------------------------------

  /** Free text. */
  public static final Codec<String> TEXT = Codecs.text();
  /** A calendar day. */
  public static final Codec<LocalDate> DATE = Codecs.date();

  /** A programme's identifier, e.g. {@code FK2}. */
  public static final Codec<ProgrammeId> PROGRAMME_ID = identifier("ProgrammeId", "programme id", ProgrammeId::parse);
  /** A network's identifier. */
  public static final Codec<NetworkId> NETWORK_ID = identifier("NetworkId", "network id", NetworkId::parse);
  /** An application's identifier. */
  public static final Codec<ApplicationId> APPLICATION_ID = identifier("ApplicationId", "application id", ApplicationId::parse);
  /** A trial's identifier. */
  public static final Codec<TrialId> TRIAL_ID = identifier("TrialId", "trial id", TrialId::parse);
  /** A round's identifier, {@code <programme>/<number>}. */
  public static final Codec<RoundId> ROUND_ID =
      Codecs.named("RoundId", Codecs.textAs(
          "round id",
          RoundId::parse,
          RoundId::toString,
          SchemaBuilder.of(
              "type", "string", "pattern", "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}/[1-9][0-9]{0,8}$")));

  /** A provision, by its canonical Danish citation. */
  public static final Codec<Provision> PROVISION =
      Codecs.named("Provision", Codecs.textAs(
          "provision",
          Provision::parse,
          Provision::toString,
          SchemaBuilder.of(
              "type",
              "string",
              "minLength",
              1,
              "description",
              "A canonical Danish citation: '<law>', '<law> kapitel <n>' or"
                  + " '<law> § <n>[, stk. <n>][, nr. <n>][, litra <x>]', e.g. 'aktivloven § 65, stk. 1'.")));

  /** A municipality's official code, as a number. */
  public static final Codec<MunicipalityCode> MUNICIPALITY_CODE = Codecs.named("MunicipalityCode", municipalityCode());

  /** A municipality: its official code, and its name for readers. */
  public static final Codec<Municipality> MUNICIPALITY =
      ObjectCodec.builder(Municipality.class, "Municipality", MunicipalityParts::new, MunicipalityParts::build)
          .required("code", MUNICIPALITY_CODE, Municipality::code, MunicipalityParts::code)
          .defaulted("name", TEXT, Municipality::name, MunicipalityParts::name)
          .build();

  /** A period of days, both ends included. */
  public static final Codec<Period> PERIOD =
      ObjectCodec.builder(Period.class, "Period", PeriodParts::new, PeriodParts::build)
          .required("startInclusive", DATE, Period::startInclusive, (b, v) -> b.start = v)
          .required("endInclusive", DATE, Period::endInclusive, (b, v) -> b.end = v)
          .build();

  // Law -----------------------------------------------------------------------------------

  /** A law or executive order. */
  public static final ObjectCodec<LegalAct, ImmutableLegalAct.Builder> LEGAL_ACT =
      ObjectCodec.builder(LegalAct.class, "LegalAct", ImmutableLegalAct.Builder::new, ImmutableLegalAct.Builder::build)
          .required("kind", Codecs.coded(LegalActKind.class), LegalAct::kind, ImmutableLegalAct.Builder::kind)
          .required(
              "number",
              Codecs.integer("legal act number", 1, Integer.MAX_VALUE),
              LegalAct::number,
              ImmutableLegalAct.Builder::number)
          .required("date", DATE, LegalAct::date, ImmutableLegalAct.Builder::date)
          .required("shortTitle", TEXT, LegalAct::shortTitle, ImmutableLegalAct.Builder::shortTitle)
          .optional("fullTitle", TEXT, LegalAct::fullTitle, ImmutableLegalAct.Builder::fullTitle)
          .optional("bill", TEXT, LegalAct::bill, ImmutableLegalAct.Builder::bill)
          .optional("passedOn", DATE, LegalAct::passedOn, ImmutableLegalAct.Builder::passedOn)
          .build();

  /** An extension of an end date by a later law. */
  public static final ObjectCodec<Extension, ImmutableExtension.Builder> EXTENSION =
      ObjectCodec.builder(Extension.class, "Extension", ImmutableExtension.Builder::new, ImmutableExtension.Builder::build)
          .required("previousEnd", DATE, Extension::previousEnd, ImmutableExtension.Builder::previousEnd)
          .required("newEnd", DATE, Extension::newEnd, ImmutableExtension.Builder::newEnd)
          .required("by", LEGAL_ACT, Extension::by, ImmutableExtension.Builder::by)
          .optional("provision", PROVISION, Extension::provision, ImmutableExtension.Builder::provision)
          .build();

  // Target groups -------------------------------------------------------------------------

  /** A target group, with the broader group it lies within. */
  public static final Codec<TargetGroup> TARGET_GROUP = targetGroup();

  // Programmes ----------------------------------------------------------------------------

  /** A programme. */
  public static final ObjectCodec<Programme, ImmutableProgramme.Builder> PROGRAMME =
      ObjectCodec.builder(Programme.class, "Programme", ImmutableProgramme.Builder::new, ImmutableProgramme.Builder::build)
          .required("id", PROGRAMME_ID, Programme::id, ImmutableProgramme.Builder::id)
          .required("name", TEXT, Programme::name, ImmutableProgramme.Builder::name)
          .required("period", PERIOD, Programme::period, ImmutableProgramme.Builder::period)
          .required(
              "participationModel",
              Codecs.coded(ParticipationModel.class),
              Programme::participationModel,
              ImmutableProgramme.Builder::participationModel)
          .list("extensions", EXTENSION, Programme::extensions, ImmutableProgramme.Builder::addAllExtensions)
          .build();

  /** A network. */
  public static final ObjectCodec<Network, ImmutableNetwork.Builder> NETWORK =
      ObjectCodec.builder(Network.class, "Network", ImmutableNetwork.Builder::new, ImmutableNetwork.Builder::build)
          .required("id", NETWORK_ID, Network::id, ImmutableNetwork.Builder::id)
          .required("programme", PROGRAMME_ID, Network::programme, ImmutableNetwork.Builder::programme)
          .required("name", TEXT, Network::name, ImmutableNetwork.Builder::name)
          .optional("theme", TEXT, Network::theme, ImmutableNetwork.Builder::theme)
          .set("members", MUNICIPALITY, Network::members, ImmutableNetwork.Builder::addAllMembers)
          .build();

  /** An application round. */
  public static final ObjectCodec<ApplicationRound, ImmutableApplicationRound.Builder> APPLICATION_ROUND =
      ObjectCodec.builder(
              ApplicationRound.class,
              "ApplicationRound",
              ImmutableApplicationRound.Builder::new,
              ImmutableApplicationRound.Builder::build)
          .required("id", ROUND_ID, ApplicationRound::id, ImmutableApplicationRound.Builder::id)
          .required("deadline", DATE, ApplicationRound::deadline, ImmutableApplicationRound.Builder::deadline)
          .build();

  // Applications --------------------------------------------------------------------------

  /** A requested exemption. */
  public static final ObjectCodec<RequestedExemption, ImmutableRequestedExemption.Builder> REQUESTED_EXEMPTION =
      ObjectCodec.builder(
              RequestedExemption.class,
              "RequestedExemption",
              ImmutableRequestedExemption.Builder::new,
              ImmutableRequestedExemption.Builder::build)
          .list("provisions", PROVISION, RequestedExemption::provisions, ImmutableRequestedExemption.Builder::addAllProvisions)
          .list(
              "targetGroups",
              TARGET_GROUP,
              RequestedExemption::targetGroups,
              ImmutableRequestedExemption.Builder::addAllTargetGroups)
          .optional("rationale", TEXT, RequestedExemption::rationale, ImmutableRequestedExemption.Builder::rationale)
          .build();

  /** A consultation of a local body. */
  public static final ObjectCodec<Consultation, ImmutableConsultation.Builder> CONSULTATION =
      ObjectCodec.builder(Consultation.class, "Consultation", ImmutableConsultation.Builder::new, ImmutableConsultation.Builder::build)
          .required("municipality", MUNICIPALITY, Consultation::municipality, ImmutableConsultation.Builder::municipality)
          .required("body", TEXT, Consultation::body, ImmutableConsultation.Builder::body)
          .optional("sentOn", DATE, Consultation::sentOn, ImmutableConsultation.Builder::sentOn)
          .optional("answeredOn", DATE, Consultation::answeredOn, ImmutableConsultation.Builder::answeredOn)
          .optional("remarks", TEXT, Consultation::remarks, ImmutableConsultation.Builder::remarks)
          .optional("note", TEXT, Consultation::note, ImmutableConsultation.Builder::note)
          .build();

  /** A political approval. */
  public static final ObjectCodec<PoliticalApproval, ImmutablePoliticalApproval.Builder> POLITICAL_APPROVAL =
      ObjectCodec.builder(
              PoliticalApproval.class,
              "PoliticalApproval",
              ImmutablePoliticalApproval.Builder::new,
              ImmutablePoliticalApproval.Builder::build)
          .required(
              "municipality", MUNICIPALITY, PoliticalApproval::municipality, ImmutablePoliticalApproval.Builder::municipality)
          .optional("body", TEXT, PoliticalApproval::body, ImmutablePoliticalApproval.Builder::body)
          .optional("approvedOn", DATE, PoliticalApproval::approvedOn, ImmutablePoliticalApproval.Builder::approvedOn)
          .build();

  /** An application. */
  public static final ObjectCodec<Application, Application.Builder> APPLICATION =
      ObjectCodec.builder(Application.class, "Application", Application::builder, ImmutableApplication.Builder::build)
          .required("id", APPLICATION_ID, Application::id, ImmutableApplication.Builder::id)
          .required("title", TEXT, Application::title, ImmutableApplication.Builder::title)
          .optional("description", TEXT, Application::description, ImmutableApplication.Builder::description)
          .required("round", ROUND_ID, Application::round, ImmutableApplication.Builder::round)
          .optional("network", NETWORK_ID, Application::network, ImmutableApplication.Builder::network)
          .optional("leadApplicant", MUNICIPALITY, Application::leadApplicant, ImmutableApplication.Builder::leadApplicant)
          .list("coApplicants", MUNICIPALITY, Application::coApplicants, ImmutableApplication.Builder::addAllCoApplicants)
          .list("applicants", MUNICIPALITY, Application::applicants, ImmutableApplication.Builder::addAllApplicants)
          .list("exemptions", REQUESTED_EXEMPTION, Application::exemptions, ImmutableApplication.Builder::addAllExemptions)
          .list("expectedEffects", TEXT, Application::expectedEffects, ImmutableApplication.Builder::addAllExpectedEffects)
          .optional("describedOn", DATE, Application::describedOn, ImmutableApplication.Builder::describedOn)
          .list("consultations", CONSULTATION, Application::consultations, ImmutableApplication.Builder::addAllConsultations)
          .list("approvals", POLITICAL_APPROVAL, Application::approvals, ImmutableApplication.Builder::addAllApprovals)
          .optional("submittedOn", DATE, Application::submittedOn, ImmutableApplication.Builder::submittedOn)
          .build();

  // Decisions -----------------------------------------------------------------------------

  /** The status of a condition. */
  public static final Codec<ConditionStatus> CONDITION_STATUS = Codecs.coded(ConditionStatus.class);

  /** Only these target groups are covered. */
  public static final ObjectCodec<TargetGroupsKept, ImmutableTargetGroupsKept.Builder> TARGET_GROUPS_KEPT =
      condition(
          TargetGroupsKept.class,
          ConditionKind.TARGET_GROUPS_KEPT,
          ImmutableTargetGroupsKept.Builder::new,
          ImmutableTargetGroupsKept.Builder::build,
          c -> c.set("groups", TARGET_GROUP, TargetGroupsKept::groups, ImmutableTargetGroupsKept.Builder::addAllGroups),
          ImmutableTargetGroupsKept.Builder::text,
          ImmutableTargetGroupsKept.Builder::status,
          ImmutableTargetGroupsKept.Builder::statusDate);

  /** These target groups are not covered. */
  public static final ObjectCodec<TargetGroupsExcluded, ImmutableTargetGroupsExcluded.Builder> TARGET_GROUPS_EXCLUDED =
      condition(
          TargetGroupsExcluded.class,
          ConditionKind.TARGET_GROUPS_EXCLUDED,
          ImmutableTargetGroupsExcluded.Builder::new,
          ImmutableTargetGroupsExcluded.Builder::build,
          c ->
              c.set(
                  "groups", TARGET_GROUP, TargetGroupsExcluded::groups, ImmutableTargetGroupsExcluded.Builder::addAllGroups),
          ImmutableTargetGroupsExcluded.Builder::text,
          ImmutableTargetGroupsExcluded.Builder::status,
          ImmutableTargetGroupsExcluded.Builder::statusDate);

  /** Only these municipalities take part. */
  public static final ObjectCodec<ParticipantsRestricted, ImmutableParticipantsRestricted.Builder> PARTICIPANTS_RESTRICTED =
      condition(
          ParticipantsRestricted.class,
          ConditionKind.PARTICIPANTS_RESTRICTED,
          ImmutableParticipantsRestricted.Builder::new,
          ImmutableParticipantsRestricted.Builder::build,
          c ->
              c.set(
                      "participants",
                      MUNICIPALITY,
                      ParticipantsRestricted::participants,
                      ImmutableParticipantsRestricted.Builder::addAllParticipants)
                  .defaulted(
                      "othersMustApplySeparately",
                      Codecs.bool(),
                      ParticipantsRestricted::othersMustApplySeparately,
                      ImmutableParticipantsRestricted.Builder::othersMustApplySeparately),
          ImmutableParticipantsRestricted.Builder::text,
          ImmutableParticipantsRestricted.Builder::status,
          ImmutableParticipantsRestricted.Builder::statusDate);

  /** Only these provisions are covered. */
  public static final ObjectCodec<ProvisionsRestricted, ImmutableProvisionsRestricted.Builder> PROVISIONS_RESTRICTED =
      condition(
          ProvisionsRestricted.class,
          ConditionKind.PROVISIONS_RESTRICTED,
          ImmutableProvisionsRestricted.Builder::new,
          ImmutableProvisionsRestricted.Builder::build,
          c ->
              c.list(
                  "provisions",
                  PROVISION,
                  ProvisionsRestricted::provisions,
                  ImmutableProvisionsRestricted.Builder::addAllProvisions),
          ImmutableProvisionsRestricted.Builder::text,
          ImmutableProvisionsRestricted.Builder::status,
          ImmutableProvisionsRestricted.Builder::statusDate);

  /** The exemption applies only in a period. */
  public static final ObjectCodec<PeriodRestricted, ImmutablePeriodRestricted.Builder> PERIOD_RESTRICTED =
      condition(
          PeriodRestricted.class,
          ConditionKind.PERIOD_RESTRICTED,
          ImmutablePeriodRestricted.Builder::new,
          ImmutablePeriodRestricted.Builder::build,
          c -> c.required("period", PERIOD, PeriodRestricted::period, ImmutablePeriodRestricted.Builder::period),
          ImmutablePeriodRestricted.Builder::text,
          ImmutablePeriodRestricted.Builder::status,
          ImmutablePeriodRestricted.Builder::statusDate);

  /** A duty to evaluate. */
  public static final ObjectCodec<EvaluationDuty, ImmutableEvaluationDuty.Builder> EVALUATION_DUTY =
      condition(
          EvaluationDuty.class,
          ConditionKind.EVALUATION_DUTY,
          ImmutableEvaluationDuty.Builder::new,
          ImmutableEvaluationDuty.Builder::build,
          c ->
              c.required("description", TEXT, EvaluationDuty::description, ImmutableEvaluationDuty.Builder::description)
                  .optional("due", DATE, EvaluationDuty::due, ImmutableEvaluationDuty.Builder::due),
          ImmutableEvaluationDuty.Builder::text,
          ImmutableEvaluationDuty.Builder::status,
          ImmutableEvaluationDuty.Builder::statusDate);

  /** A duty to report. */
  public static final ObjectCodec<ReportingDuty, ImmutableReportingDuty.Builder> REPORTING_DUTY =
      condition(
          ReportingDuty.class,
          ConditionKind.REPORTING_DUTY,
          ImmutableReportingDuty.Builder::new,
          ImmutableReportingDuty.Builder::build,
          c ->
              c.required("description", TEXT, ReportingDuty::description, ImmutableReportingDuty.Builder::description)
                  .optional("due", DATE, ReportingDuty::due, ImmutableReportingDuty.Builder::due),
          ImmutableReportingDuty.Builder::text,
          ImmutableReportingDuty.Builder::status,
          ImmutableReportingDuty.Builder::statusDate);

  /** A condition in words only. */
  public static final ObjectCodec<FreeTextCondition, ImmutableFreeTextCondition.Builder> FREE_TEXT =
      condition(
          FreeTextCondition.class,
          ConditionKind.FREE_TEXT,
          ImmutableFreeTextCondition.Builder::new,
          ImmutableFreeTextCondition.Builder::build,
          c -> {},
          ImmutableFreeTextCondition.Builder::text,
          ImmutableFreeTextCondition.Builder::status,
          ImmutableFreeTextCondition.Builder::statusDate);

  /** A condition of any kind, by its {@code type}: the kind's code. */
  public static final UnionCodec<Condition> CONDITION =
      UnionCodec.of(
          "Condition",
          c -> c.kind().code(),
          members(
              ConditionKind.TARGET_GROUPS_KEPT, TARGET_GROUPS_KEPT,
              ConditionKind.TARGET_GROUPS_EXCLUDED, TARGET_GROUPS_EXCLUDED,
              ConditionKind.PARTICIPANTS_RESTRICTED, PARTICIPANTS_RESTRICTED,
              ConditionKind.PROVISIONS_RESTRICTED, PROVISIONS_RESTRICTED,
              ConditionKind.PERIOD_RESTRICTED, PERIOD_RESTRICTED,
              ConditionKind.EVALUATION_DUTY, EVALUATION_DUTY,
              ConditionKind.REPORTING_DUTY, REPORTING_DUTY,
              ConditionKind.FREE_TEXT, FREE_TEXT));

  /** A decision. */
  public static final ObjectCodec<Decision, Decision.Builder> DECISION =
      ObjectCodec.builder(Decision.class, "Decision", Decision::builder, ImmutableDecision.Builder::build)
          .required("application", APPLICATION_ID, Decision::application, ImmutableDecision.Builder::application)
          .required("decidedOn", DATE, Decision::decidedOn, ImmutableDecision.Builder::decidedOn)
          .required("decidedBy", TEXT, Decision::decidedBy, ImmutableDecision.Builder::decidedBy)
          .required("outcome", Codecs.coded(Outcome.class), Decision::outcome, ImmutableDecision.Builder::outcome)
          .list("reasons", TEXT, Decision::reasons, ImmutableDecision.Builder::addAllReasons)
          .list("conditions", CONDITION, Decision::conditions, ImmutableDecision.Builder::addAllConditions)
          .build();

  // Trials --------------------------------------------------------------------------------

  /** A legal basis. */
  public static final ObjectCodec<LegalBasis, ImmutableLegalBasis.Builder> LEGAL_BASIS =
      ObjectCodec.builder(LegalBasis.class, "LegalBasis", ImmutableLegalBasis.Builder::new, ImmutableLegalBasis.Builder::build)
          .required("act", LEGAL_ACT, LegalBasis::act, ImmutableLegalBasis.Builder::act)
          .list("provisions", PROVISION, LegalBasis::provisions, ImmutableLegalBasis.Builder::addAllProvisions)
          .required("inForceFrom", DATE, LegalBasis::inForceFrom, ImmutableLegalBasis.Builder::inForceFrom)
          .optional("expiresOn", DATE, LegalBasis::expiresOn, ImmutableLegalBasis.Builder::expiresOn)
          .build();

  /** One municipality's participation in a trial. */
  public static final ObjectCodec<Participation, ImmutableParticipation.Builder> PARTICIPATION =
      ObjectCodec.builder(
              Participation.class, "Participation", ImmutableParticipation.Builder::new, ImmutableParticipation.Builder::build)
          .required("municipality", MUNICIPALITY, Participation::municipality, ImmutableParticipation.Builder::municipality)
          .required(
              "status", Codecs.coded(ParticipationStatus.class), Participation::status, ImmutableParticipation.Builder::status)
          .optional("since", DATE, Participation::since, ImmutableParticipation.Builder::since)
          .build();

  /** A measurement point. */
  public static final ObjectCodec<MeasurementPoint, ImmutableMeasurementPoint.Builder> MEASUREMENT_POINT =
      ObjectCodec.builder(
              MeasurementPoint.class,
              "MeasurementPoint",
              ImmutableMeasurementPoint.Builder::new,
              ImmutableMeasurementPoint.Builder::build)
          .required("description", TEXT, MeasurementPoint::description, ImmutableMeasurementPoint.Builder::description)
          .optional("on", DATE, MeasurementPoint::on, ImmutableMeasurementPoint.Builder::on)
          .build();

  /** An evaluation design. */
  public static final ObjectCodec<EvaluationDesign, ImmutableEvaluationDesign.Builder> EVALUATION_DESIGN =
      ObjectCodec.builder(
              EvaluationDesign.class,
              "EvaluationDesign",
              ImmutableEvaluationDesign.Builder::new,
              ImmutableEvaluationDesign.Builder::build)
          .optional("evaluator", TEXT, EvaluationDesign::evaluator, ImmutableEvaluationDesign.Builder::evaluator)
          .list(
              "expectedResults", TEXT, EvaluationDesign::expectedResults, ImmutableEvaluationDesign.Builder::addAllExpectedResults)
          .optional(
              "targetGroupRegistration",
              TEXT,
              EvaluationDesign::targetGroupRegistration,
              ImmutableEvaluationDesign.Builder::targetGroupRegistration)
          .list(
              "measurementPoints",
              MEASUREMENT_POINT,
              EvaluationDesign::measurementPoints,
              ImmutableEvaluationDesign.Builder::addAllMeasurementPoints)
          .optional("dueOn", DATE, EvaluationDesign::dueOn, ImmutableEvaluationDesign.Builder::dueOn)
          .build();

  /** A trial. */
  public static final ObjectCodec<Trial, ImmutableTrial.Builder> TRIAL =
      ObjectCodec.builder(Trial.class, "Trial", ImmutableTrial.Builder::new, ImmutableTrial.Builder::build)
          .required("id", TRIAL_ID, Trial::id, ImmutableTrial.Builder::id)
          .required("application", APPLICATION_ID, Trial::application, ImmutableTrial.Builder::application)
          .required("title", TEXT, Trial::title, ImmutableTrial.Builder::title)
          .list("legalBases", LEGAL_BASIS, Trial::legalBases, ImmutableTrial.Builder::addAllLegalBases)
          .list("participants", PARTICIPATION, Trial::participants, ImmutableTrial.Builder::addAllParticipants)
          .optional("period", PERIOD, Trial::period, ImmutableTrial.Builder::period)
          .list("extensions", EXTENSION, Trial::extensions, ImmutableTrial.Builder::addAllExtensions)
          .optional("evaluationDesign", EVALUATION_DESIGN, Trial::evaluationDesign, ImmutableTrial.Builder::evaluationDesign)
          .optional("outcome", Codecs.coded(TrialOutcome.class), Trial::outcome, ImmutableTrial.Builder::outcome)
          .build();

  /** A workshop on the evaluation of a network's trials. */
  public static final ObjectCodec<EvaluationWorkshop, ImmutableEvaluationWorkshop.Builder> EVALUATION_WORKSHOP =
      ObjectCodec.builder(
              EvaluationWorkshop.class,
              "EvaluationWorkshop",
              ImmutableEvaluationWorkshop.Builder::new,
              ImmutableEvaluationWorkshop.Builder::build)
          .required("heldOn", DATE, EvaluationWorkshop::heldOn, ImmutableEvaluationWorkshop.Builder::heldOn)
          .optional("network", NETWORK_ID, EvaluationWorkshop::network, ImmutableEvaluationWorkshop.Builder::network)
          .required("title", TEXT, EvaluationWorkshop::title, ImmutableEvaluationWorkshop.Builder::title)
          .optional("host", TEXT, EvaluationWorkshop::host, ImmutableEvaluationWorkshop.Builder::host)
          .list("participants", TEXT, EvaluationWorkshop::participants, ImmutableEvaluationWorkshop.Builder::addAllParticipants)
          .build();

  // The document --------------------------------------------------------------------------

  /** A portfolio, the format's document: {@code schemaVersion} first. */
  public static final ObjectCodec<Portfolio, ImmutablePortfolio.Builder> PORTFOLIO =
      ObjectCodec.builder(Portfolio.class, "Portfolio", ImmutablePortfolio.Builder::new, ImmutablePortfolio.Builder::build)
          .constant("schemaVersion", (long) JsonFormat.SCHEMA_VERSION)
          .required("programme", PROGRAMME, Portfolio::programme, ImmutablePortfolio.Builder::programme)
          .list("networks", NETWORK, Portfolio::networks, ImmutablePortfolio.Builder::addAllNetworks)
          .list("rounds", APPLICATION_ROUND, Portfolio::rounds, ImmutablePortfolio.Builder::addAllRounds)
          .list("applications", APPLICATION, Portfolio::applications, ImmutablePortfolio.Builder::addAllApplications)
          .list("decisions", DECISION, Portfolio::decisions, ImmutablePortfolio.Builder::addAllDecisions)
          .list("trials", TRIAL, Portfolio::trials, ImmutablePortfolio.Builder::addAllTrials)
          .list(
              "evaluationWorkshops",
              EVALUATION_WORKSHOP,
              Portfolio::evaluationWorkshops,
              ImmutablePortfolio.Builder::addAllEvaluationWorkshops)
          .build();

  // Lifecycle events ----------------------------------------------------------------------

  /** An event's identifier within its history. */
  public static final Codec<EventId> EVENT_ID = identifier("EventId", "event id", EventId::parse);
  /** A moment, ISO-8601 in UTC. */
  public static final Codec<Instant> INSTANT = Codecs.instant();

  private static final Map<String, ObjectCodec<? extends LifecycleEvent, ?>> APPLICATION_EVENTS =
      events(
          "application",
          ApplicationEvent.class,
          ApplicationEventType.class,
          type -> ImmutableApplicationEvent.builder().type(type),
          ImmutableApplicationEvent.Builder::build,
          (type, codec) -> {},
          ApplicationEvent::note,
          ImmutableApplicationEvent.Builder::note);

  private static final Map<String, ObjectCodec<? extends LifecycleEvent, ?>> TRIAL_EVENTS =
      events(
          "trial",
          TrialEvent.class,
          TrialEventType.class,
          type -> ImmutableTrialEvent.builder().type(type),
          ImmutableTrialEvent.Builder::build,
          (type, codec) -> {
            if (type == TrialEventType.EXTENDED) {
              codec
                  .required("newEnd", DATE, e -> e.newEnd().orElseThrow(), ImmutableTrialEvent.Builder::newEnd)
                  .required(
                      "extendingAct",
                      LEGAL_ACT,
                      e -> e.extendingAct().orElseThrow(),
                      ImmutableTrialEvent.Builder::extendingAct);
            } else if (type == TrialEventType.CONCLUDED) {
              codec.required(
                  "outcome",
                  Codecs.coded(TrialOutcome.class),
                  e -> e.outcome().orElseThrow(),
                  ImmutableTrialEvent.Builder::outcome);
            }
          },
          TrialEvent::note,
          ImmutableTrialEvent.Builder::note);

  private static final Map<String, ObjectCodec<? extends LifecycleEvent, ?>> PARTICIPATION_EVENTS =
      events(
          "participation",
          ParticipationEvent.class,
          ParticipationEventType.class,
          type -> ImmutableParticipationEvent.builder().type(type),
          ImmutableParticipationEvent.Builder::build,
          (type, codec) -> {},
          ParticipationEvent::note,
          ImmutableParticipationEvent.Builder::note);

  private static final Map<String, ObjectCodec<? extends LifecycleEvent, ?>> CONDITION_EVENTS =
      events(
          "condition",
          ConditionEvent.class,
          ConditionEventType.class,
          type -> ImmutableConditionEvent.builder().type(type),
          ImmutableConditionEvent.Builder::build,
          (type, codec) -> {},
          ConditionEvent::note,
          ImmutableConditionEvent.Builder::note);

  /** An event in an application's life, by its {@code type}: {@code application.<event type>}. */
  public static final UnionCodec<ApplicationEvent> APPLICATION_EVENT =
      UnionCodec.of("ApplicationEvent", DomainCodecs::eventType, narrowed(APPLICATION_EVENTS));
  /** An event in a trial's life, by its {@code type}: {@code trial.<event type>}. */
  public static final UnionCodec<TrialEvent> TRIAL_EVENT =
      UnionCodec.of("TrialEvent", DomainCodecs::eventType, narrowed(TRIAL_EVENTS));
  /** An event in a participation's life, by its {@code type}: {@code participation.<event type>}. */
  public static final UnionCodec<ParticipationEvent> PARTICIPATION_EVENT =
      UnionCodec.of("ParticipationEvent", DomainCodecs::eventType, narrowed(PARTICIPATION_EVENTS));
  /** An event in a condition's life, by its {@code type}: {@code condition.<event type>}. */
  public static final UnionCodec<ConditionEvent> CONDITION_EVENT =
      UnionCodec.of("ConditionEvent", DomainCodecs::eventType, narrowed(CONDITION_EVENTS));
  /** An event of any of the four lifecycles, by its qualified {@code type}. */
  public static final UnionCodec<LifecycleEvent> LIFECYCLE_EVENT =
      UnionCodec.of(
          "LifecycleEvent",
          DomainCodecs::eventType,
          concat(APPLICATION_EVENTS, TRIAL_EVENTS, PARTICIPATION_EVENTS, CONDITION_EVENTS));

  /** An event as recorded in a history, of any lifecycle. */
  public static final ObjectCodec<RecordedEvent<LifecycleEvent>, ImmutableRecordedEvent.Builder<LifecycleEvent>>
      RECORDED_EVENT = recordedEvent("RecordedEvent", LIFECYCLE_EVENT);

  private static final Map<Class<?>, Codec<?>> RECORDED_EVENTS = all(
      ApplicationEvent.class, recordedEvent("RecordedApplicationEvent", APPLICATION_EVENT),
      TrialEvent.class, recordedEvent("RecordedTrialEvent", TRIAL_EVENT),
      ParticipationEvent.class, recordedEvent("RecordedParticipationEvent", PARTICIPATION_EVENT),
      ConditionEvent.class, recordedEvent("RecordedConditionEvent", CONDITION_EVENT),
      LifecycleEvent.class, RECORDED_EVENT);

  // Exemption answers ---------------------------------------------------------------------

  /** A question: may this municipality, on this day, deviate from this provision for this group. */
  public static final ObjectCodec<ExemptionQuestion, ImmutableExemptionQuestion.Builder> EXEMPTION_QUESTION =
      ObjectCodec.builder(
              ExemptionQuestion.class,
              "ExemptionQuestion",
              ImmutableExemptionQuestion.Builder::new,
              ImmutableExemptionQuestion.Builder::build)
          .required("municipality", MUNICIPALITY, ExemptionQuestion::municipality, ImmutableExemptionQuestion.Builder::municipality)
          .required("date", DATE, ExemptionQuestion::date, ImmutableExemptionQuestion.Builder::date)
          .required("provision", PROVISION, ExemptionQuestion::provision, ImmutableExemptionQuestion.Builder::provision)
          .required("targetGroup", TARGET_GROUP, ExemptionQuestion::targetGroup, ImmutableExemptionQuestion.Builder::targetGroup)
          .build();

  /** A trial whose exemption covers the question. */
  public static final ObjectCodec<Grant, ImmutableGrant.Builder> GRANT =
      ObjectCodec.builder(Grant.class, "Grant", ImmutableGrant.Builder::new, ImmutableGrant.Builder::build)
          .required("trial", TRIAL_ID, Grant::trial, ImmutableGrant.Builder::trial)
          .required("title", TEXT, Grant::title, ImmutableGrant.Builder::title)
          .required("decision", DECISION, Grant::decision, ImmutableGrant.Builder::decision)
          .list("legalBases", LEGAL_BASIS, Grant::legalBases, ImmutableGrant.Builder::addAllLegalBases)
          .list("conditions", CONDITION, Grant::conditions, ImmutableGrant.Builder::addAllConditions)
          .required("period", PERIOD, Grant::period, ImmutableGrant.Builder::period)
          .build();

  /** No trial exempts from the provision. */
  public static final ObjectCodec<NoTrialCovers, ImmutableNoTrialCovers.Builder> NO_TRIAL_COVERS =
      reason(NoTrialCovers.class, ReasonKind.NO_TRIAL_COVERS, ImmutableNoTrialCovers.Builder::new, ImmutableNoTrialCovers.Builder::build)
          .required("provision", PROVISION, NoTrialCovers::provision, ImmutableNoTrialCovers.Builder::provision)
          .build();

  /** The trial has no legal basis yet. */
  public static final ObjectCodec<AwaitingLegalBasis, ImmutableAwaitingLegalBasis.Builder> AWAITING_LEGAL_BASIS =
      reason(
              AwaitingLegalBasis.class,
              ReasonKind.AWAITING_LEGAL_BASIS,
              ImmutableAwaitingLegalBasis.Builder::new,
              ImmutableAwaitingLegalBasis.Builder::build)
          .required("trial", TRIAL_ID, AwaitingLegalBasis::trial, ImmutableAwaitingLegalBasis.Builder::trial)
          .build();

  /** The trial's legal basis is not yet in force on the day. */
  public static final ObjectCodec<NotYetInForce, ImmutableNotYetInForce.Builder> NOT_YET_IN_FORCE =
      reason(NotYetInForce.class, ReasonKind.NOT_YET_IN_FORCE, ImmutableNotYetInForce.Builder::new, ImmutableNotYetInForce.Builder::build)
          .required("trial", TRIAL_ID, NotYetInForce::trial, ImmutableNotYetInForce.Builder::trial)
          .required("inForceFrom", DATE, NotYetInForce::inForceFrom, ImmutableNotYetInForce.Builder::inForceFrom)
          .build();

  /** The trial had ended by the day. */
  public static final ObjectCodec<Expired, ImmutableExpired.Builder> EXPIRED =
      reason(Expired.class, ReasonKind.EXPIRED, ImmutableExpired.Builder::new, ImmutableExpired.Builder::build)
          .required("trial", TRIAL_ID, Expired::trial, ImmutableExpired.Builder::trial)
          .required("lastDay", DATE, Expired::lastDay, ImmutableExpired.Builder::lastDay)
          .build();

  /** The municipality is not a confirmed participant of the trial. */
  public static final ObjectCodec<NotConfirmedParticipant, ImmutableNotConfirmedParticipant.Builder>
      NOT_CONFIRMED_PARTICIPANT =
          reason(
                  NotConfirmedParticipant.class,
                  ReasonKind.NOT_CONFIRMED_PARTICIPANT,
                  ImmutableNotConfirmedParticipant.Builder::new,
                  ImmutableNotConfirmedParticipant.Builder::build)
              .required("trial", TRIAL_ID, NotConfirmedParticipant::trial, ImmutableNotConfirmedParticipant.Builder::trial)
              .required(
                  "municipality",
                  MUNICIPALITY,
                  NotConfirmedParticipant::municipality,
                  ImmutableNotConfirmedParticipant.Builder::municipality)
              .optional(
                  "status",
                  Codecs.coded(ParticipationStatus.class),
                  NotConfirmedParticipant::status,
                  ImmutableNotConfirmedParticipant.Builder::status)
              .build();

  /** The decision sent the municipality to apply on its own. */
  public static final ObjectCodec<MustApplySeparately, ImmutableMustApplySeparately.Builder> MUST_APPLY_SEPARATELY =
      reason(
              MustApplySeparately.class,
              ReasonKind.MUST_APPLY_SEPARATELY,
              ImmutableMustApplySeparately.Builder::new,
              ImmutableMustApplySeparately.Builder::build)
          .required("trial", TRIAL_ID, MustApplySeparately::trial, ImmutableMustApplySeparately.Builder::trial)
          .required(
              "municipality", MUNICIPALITY, MustApplySeparately::municipality, ImmutableMustApplySeparately.Builder::municipality)
          .optional(
              "status",
              Codecs.coded(ParticipationStatus.class),
              MustApplySeparately::status,
              ImmutableMustApplySeparately.Builder::status)
          .build();

  /** A condition of the decision excludes the target group. */
  public static final ObjectCodec<TargetGroupExcluded, ImmutableTargetGroupExcluded.Builder> TARGET_GROUP_EXCLUDED =
      reason(
              TargetGroupExcluded.class,
              ReasonKind.TARGET_GROUP_EXCLUDED,
              ImmutableTargetGroupExcluded.Builder::new,
              ImmutableTargetGroupExcluded.Builder::build)
          .required("trial", TRIAL_ID, TargetGroupExcluded::trial, ImmutableTargetGroupExcluded.Builder::trial)
          .required("group", TARGET_GROUP, TargetGroupExcluded::group, ImmutableTargetGroupExcluded.Builder::group)
          .required("condition", CONDITION, TargetGroupExcluded::condition, ImmutableTargetGroupExcluded.Builder::condition)
          .build();

  /** The exemption does not cover the target group. */
  public static final ObjectCodec<TargetGroupNotCovered, ImmutableTargetGroupNotCovered.Builder> TARGET_GROUP_NOT_COVERED =
      reason(
              TargetGroupNotCovered.class,
              ReasonKind.TARGET_GROUP_NOT_COVERED,
              ImmutableTargetGroupNotCovered.Builder::new,
              ImmutableTargetGroupNotCovered.Builder::build)
          .required("trial", TRIAL_ID, TargetGroupNotCovered::trial, ImmutableTargetGroupNotCovered.Builder::trial)
          .required("group", TARGET_GROUP, TargetGroupNotCovered::group, ImmutableTargetGroupNotCovered.Builder::group)
          .build();

  /** The provisions and target groups one requested exemption keeps. */
  public static final ObjectCodec<GrantedExemption, ImmutableGrantedExemption.Builder> GRANTED_EXEMPTION =
      ObjectCodec.builder(
              GrantedExemption.class,
              "GrantedExemption",
              ImmutableGrantedExemption.Builder::new,
              ImmutableGrantedExemption.Builder::build)
          .list("provisions", PROVISION, GrantedExemption::provisions, ImmutableGrantedExemption.Builder::addAllProvisions)
          .list(
              "targetGroups", TARGET_GROUP, GrantedExemption::targetGroups, ImmutableGrantedExemption.Builder::addAllTargetGroups)
          .build();

  /** A decision's exemption scope: what may be deviated from, for whom, by whom, and when. */
  public static final ObjectCodec<ExemptionScope, ImmutableExemptionScope.Builder> EXEMPTION_SCOPE =
      ObjectCodec.builder(
              ExemptionScope.class, "ExemptionScope", ImmutableExemptionScope.Builder::new, ImmutableExemptionScope.Builder::build)
          .required("application", APPLICATION_ID, ExemptionScope::application, ImmutableExemptionScope.Builder::application)
          .list("exemptions", GRANTED_EXEMPTION, ExemptionScope::exemptions, ImmutableExemptionScope.Builder::addAllExemptions)
          .set("excludedGroups", TARGET_GROUP, ExemptionScope::excludedGroups, ImmutableExemptionScope.Builder::addAllExcludedGroups)
          .set("municipalities", MUNICIPALITY, ExemptionScope::municipalities, ImmutableExemptionScope.Builder::addAllMunicipalities)
          .set(
              "mayApplySeparately",
              MUNICIPALITY,
              ExemptionScope::mayApplySeparately,
              ImmutableExemptionScope.Builder::addAllMayApplySeparately)
          .required("period", PERIOD, ExemptionScope::period, ImmutableExemptionScope.Builder::period)
          .build();

  /** Why the answer is no, by its {@code type}: the reason kind's code. */
  public static final UnionCodec<Reason> REASON =
      UnionCodec.of(
          "Reason",
          r -> r.kind().code(),
          members(
              ReasonKind.NO_TRIAL_COVERS, NO_TRIAL_COVERS,
              ReasonKind.AWAITING_LEGAL_BASIS, AWAITING_LEGAL_BASIS,
              ReasonKind.NOT_YET_IN_FORCE, NOT_YET_IN_FORCE,
              ReasonKind.EXPIRED, EXPIRED,
              ReasonKind.NOT_CONFIRMED_PARTICIPANT, NOT_CONFIRMED_PARTICIPANT,
              ReasonKind.MUST_APPLY_SEPARATELY, MUST_APPLY_SEPARATELY,
              ReasonKind.TARGET_GROUP_EXCLUDED, TARGET_GROUP_EXCLUDED,
              ReasonKind.TARGET_GROUP_NOT_COVERED, TARGET_GROUP_NOT_COVERED));

  /** The answer to an exemption question: the grants if yes, the reasons if no. */
  public static final ObjectCodec<ExemptionAnswer, ImmutableExemptionAnswer.Builder> EXEMPTION_ANSWER =
      ObjectCodec.builder(
              ExemptionAnswer.class,
              "ExemptionAnswer",
              ImmutableExemptionAnswer.Builder::new,
              ImmutableExemptionAnswer.Builder::build)
          .list("grants", GRANT, ExemptionAnswer::grants, ImmutableExemptionAnswer.Builder::addAllGrants)
          .list("reasons", REASON, ExemptionAnswer::reasons, ImmutableExemptionAnswer.Builder::addAllReasons)
          .build();

  private static final Map<Class<?>, Codec<?>> ALL = all(
      ProgrammeId.class, PROGRAMME_ID,
      NetworkId.class, NETWORK_ID,
      RoundId.class, ROUND_ID,
      ApplicationId.class, APPLICATION_ID,
      TrialId.class, TRIAL_ID,
      MunicipalityCode.class, MUNICIPALITY_CODE,
      Municipality.class, MUNICIPALITY,
      Region.class, Codecs.coded(Region.class),
      Period.class, PERIOD,
      Provision.class, PROVISION,
      LegalActKind.class, Codecs.coded(LegalActKind.class),
      LegalAct.class, LEGAL_ACT,
      Extension.class, EXTENSION,
      TargetGroup.class, TARGET_GROUP,
      ParticipationModel.class, Codecs.coded(ParticipationModel.class),
      Programme.class, PROGRAMME,
      Network.class, NETWORK,
      ApplicationRound.class, APPLICATION_ROUND,
      RequestedExemption.class, REQUESTED_EXEMPTION,
      Consultation.class, CONSULTATION,
      PoliticalApproval.class, POLITICAL_APPROVAL,
      Application.class, APPLICATION,
      Outcome.class, Codecs.coded(Outcome.class),
      ConditionKind.class, Codecs.coded(ConditionKind.class),
      ConditionStatus.class, CONDITION_STATUS,
      TargetGroupsKept.class, TARGET_GROUPS_KEPT,
      TargetGroupsExcluded.class, TARGET_GROUPS_EXCLUDED,
      ParticipantsRestricted.class, PARTICIPANTS_RESTRICTED,
      ProvisionsRestricted.class, PROVISIONS_RESTRICTED,
      PeriodRestricted.class, PERIOD_RESTRICTED,
      EvaluationDuty.class, EVALUATION_DUTY,
      ReportingDuty.class, REPORTING_DUTY,
      FreeTextCondition.class, FREE_TEXT,
      Condition.class, CONDITION,
      Decision.class, DECISION,
      LegalBasis.class, LEGAL_BASIS,
      ParticipationStatus.class, Codecs.coded(ParticipationStatus.class),
      Participation.class, PARTICIPATION,
      MeasurementPoint.class, MEASUREMENT_POINT,
      EvaluationDesign.class, EVALUATION_DESIGN,
      TrialOutcome.class, Codecs.coded(TrialOutcome.class),
      Trial.class, TRIAL,
      EvaluationWorkshop.class, EVALUATION_WORKSHOP,
      Portfolio.class, PORTFOLIO,
      EventId.class, EVENT_ID,
      ApplicationEventType.class, Codecs.coded(ApplicationEventType.class),
      TrialEventType.class, Codecs.coded(TrialEventType.class),
      ParticipationEventType.class, Codecs.coded(ParticipationEventType.class),
      ConditionEventType.class, Codecs.coded(ConditionEventType.class),
      ApplicationEvent.class, APPLICATION_EVENT,
      TrialEvent.class, TRIAL_EVENT,
      ParticipationEvent.class, PARTICIPATION_EVENT,
      ConditionEvent.class, CONDITION_EVENT,
      LifecycleEvent.class, LIFECYCLE_EVENT,
      RecordedEvent.class, RECORDED_EVENT,
      GrantedExemption.class, GRANTED_EXEMPTION,
      ExemptionScope.class, EXEMPTION_SCOPE,
      ExemptionQuestion.class, EXEMPTION_QUESTION,
      Grant.class, GRANT,
      ReasonKind.class, Codecs.coded(ReasonKind.class),
      NoTrialCovers.class, NO_TRIAL_COVERS,
      AwaitingLegalBasis.class, AWAITING_LEGAL_BASIS,
      NotYetInForce.class, NOT_YET_IN_FORCE,
      Expired.class, EXPIRED,
      NotConfirmedParticipant.class, NOT_CONFIRMED_PARTICIPANT,
      MustApplySeparately.class, MUST_APPLY_SEPARATELY,
      TargetGroupExcluded.class, TARGET_GROUP_EXCLUDED,
      TargetGroupNotCovered.class, TARGET_GROUP_NOT_COVERED,
      Reason.class, REASON,
      ExemptionAnswer.class, EXEMPTION_ANSWER);

  /**
   * The codec of every domain type the format knows, by the type's class. A value's runtime
   * class may be a subclass, such as the generated implementation.
   *
   * @return the codecs, in dependency order
   */
  public static Map<Class<?>, Codec<?>> all() {
    return ALL;
  }

  /**
   * The codec of a type.
   *
   * @param <T> the type
   * @param type the type's class, as listed in {@link #all()}
   * @return the codec
   * @throws IllegalArgumentException if the format has no codec for the type
   */
  @SuppressWarnings("unchecked")
  public static <T> Codec<T> of(Class<T> type) {
    Codec<?> codec = ALL.get(type);
    if (codec == null) {
      throw new IllegalArgumentException("the JSON format has no form for " + type.getName());
    }
    return (Codec<T>) codec;
  }

  /**
   * The codec of recorded events of one lifecycle, whose {@code event} may only be of that
   * lifecycle's event class.
   *
   * @param eventType the event class: {@code ApplicationEvent}, {@code TrialEvent},
   *     {@code ParticipationEvent}, {@code ConditionEvent}, or {@code LifecycleEvent} for any
   * @return the codec, or {@link #RECORDED_EVENT} for any other class
   */
  public static Codec<?> recordedEvent(Class<?> eventType) {
    return RECORDED_EVENTS.getOrDefault(eventType, RECORDED_EVENT);
  }

  /**
   * The codecs of recorded events, one per lifecycle and one for any: {@link #all()} lists only
   * the last, since they share one class.
   *
   * @return the codecs
   */
  public static Collection<Codec<?>> recordedEvents() {
    return RECORDED_EVENTS.values();
  }

  // Helpers -------------------------------------------------------------------------------

  private static Map<Class<?>, Codec<?>> all(Object... classCodecPairs) {
    Map<Class<?>, Codec<?>> map = new LinkedHashMap<>();
    for (int i = 0; i < classCodecPairs.length; i += 2) {
      map.put((Class<?>) classCodecPairs[i], (Codec<?>) classCodecPairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  private static <T> Codec<T> identifier(String name, String what, Function<String, T> parse) {
    return Codecs.named(
        name, Codecs.textAs(what, parse, Object::toString, SchemaBuilder.of("type", "string", "pattern", IDENTIFIER)));
  }

  private static Codec<MunicipalityCode> municipalityCode() {
    List<Long> codes =
        Municipalities.all().stream().map(m -> (long) m.code().value()).collect(Collectors.toList());
    return new Codec<>() {
      @Override
      public void encode(MunicipalityCode value, TokenWriter out) {
        out.number(value.value());
      }

      @Override
      public MunicipalityCode decode(TokenReader in) {
        int code = Nodes.integer(in, "municipality code", 0, 9999);
        try {
          return MunicipalityCode.of(code);
        } catch (IllegalArgumentException e) {
          throw in.fail(e.getMessage(), e);
        }
      }

      @Override
      public Object schema(SchemaBuilder schemas) {
        return SchemaBuilder.of(
            "description", "The official three-digit municipality code (kommunekode), e.g. 851 for Aalborg.",
            "type", "integer",
            "enum", codes);
      }
    };
  }

  private static Codec<TargetGroup> targetGroup() {
    // A target group names its broader group, so the codec refers to itself.
    Deferred<TargetGroup> self = new Deferred<>();
    self.codec =
        ObjectCodec.builder(TargetGroup.class, "TargetGroup", ImmutableTargetGroup.Builder::new, ImmutableTargetGroup.Builder::build)
            .required("code", TEXT, TargetGroup::code, ImmutableTargetGroup.Builder::code)
            .required("label", TEXT, TargetGroup::label, ImmutableTargetGroup.Builder::label)
            .optional("broader", self, TargetGroup::broader, ImmutableTargetGroup.Builder::broader)
            .build();
    return self.codec;
  }

  /** A codec set after it is first referred to, for a type that contains itself. */
  private static final class Deferred<T> implements Codec<T> {
    private Codec<T> codec;

    @Override
    public void encode(T value, TokenWriter out) {
      codec.encode(value, out);
    }

    @Override
    public T decode(TokenReader in) {
      return codec.decode(in);
    }

    @Override
    public Object schema(SchemaBuilder schemas) {
      return codec.schema(schemas);
    }
  }

  private static <T extends Condition, B> ObjectCodec<T, B> condition(
      Class<T> type,
      ConditionKind kind,
      Supplier<B> newBuilder,
      Function<B, ? extends T> build,
      Consumer<ObjectCodec.Builder<T, B>> specific,
      BiConsumer<B, String> text,
      BiConsumer<B, ConditionStatus> status,
      BiConsumer<B, LocalDate> statusDate) {
    ObjectCodec.Builder<T, B> codec =
        ObjectCodec.builder(type, type.getSimpleName(), newBuilder, build).constant("type", kind.code());
    specific.accept(codec);
    return codec
        .optional("text", TEXT, Condition::text, text)
        .defaulted("status", CONDITION_STATUS, Condition::status, status)
        .optional("statusDate", DATE, Condition::statusDate, statusDate)
        .build();
  }

  /** The members of a family by their codes, from pairs of a {@link Coded} constant and its codec. */
  private static <T> Map<String, ObjectCodec<? extends T, ?>> members(Object... codedCodecPairs) {
    Map<String, ObjectCodec<? extends T, ?>> members = new LinkedHashMap<>();
    for (int i = 0; i < codedCodecPairs.length; i += 2) {
      @SuppressWarnings("unchecked")
      ObjectCodec<? extends T, ?> member = (ObjectCodec<? extends T, ?>) codedCodecPairs[i + 1];
      members.put(((Coded) codedCodecPairs[i]).code(), member);
    }
    return members;
  }

  private static <T extends Reason, B> ObjectCodec.Builder<T, B> reason(
      Class<T> type, ReasonKind kind, Supplier<B> newBuilder, Function<B, ? extends T> build) {
    return ObjectCodec.builder(type, type.getSimpleName(), newBuilder, build).constant("type", kind.code());
  }

  /**
   * One member per event type of a lifecycle, each with its {@code type} qualified by the
   * lifecycle ({@code trial.extended}) and the fields that event type carries.
   */
  private static <T extends LifecycleEvent, K extends Enum<K> & Coded, B>
      Map<String, ObjectCodec<? extends LifecycleEvent, ?>> events(
          String lifecycle,
          Class<T> type,
          Class<K> eventTypes,
          Function<K, B> newBuilder,
          Function<B, ? extends T> build,
          BiConsumer<K, ObjectCodec.Builder<T, B>> specific,
          Function<T, Optional<String>> note,
          BiConsumer<B, String> setNote) {
    Map<String, ObjectCodec<? extends LifecycleEvent, ?>> members = new LinkedHashMap<>();
    for (K eventType : eventTypes.getEnumConstants()) {
      String code = lifecycle + "." + eventType.code();
      ObjectCodec.Builder<T, B> codec =
          ObjectCodec.builder(type, camelCase(code), () -> newBuilder.apply(eventType), build).constant("type", code);
      specific.accept(eventType, codec);
      members.put(code, codec.optional("note", TEXT, note, setNote).build());
    }
    return members;
  }

  /** {@code trial.legal-basis-adopted} becomes {@code TrialLegalBasisAdopted}. */
  private static String camelCase(String code) {
    StringBuilder name = new StringBuilder(code.length());
    boolean upper = true;
    for (char c : code.toCharArray()) {
      if (c == '.' || c == '-') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return name.toString();
  }

  /** An event's {@code type}: its lifecycle and its event type's code. */
  private static String eventType(LifecycleEvent event) {
    String lifecycle;
    if (event instanceof ApplicationEvent) {
      lifecycle = "application";
    } else if (event instanceof TrialEvent) {
      lifecycle = "trial";
    } else if (event instanceof ParticipationEvent) {
      lifecycle = "participation";
    } else if (event instanceof ConditionEvent) {
      lifecycle = "condition";
    } else {
      throw new IllegalArgumentException("the JSON format has no form for events of " + event.getClass().getName());
    }
    return lifecycle + "." + event.type().code();
  }

  @SuppressWarnings("unchecked")
  private static <T> Map<String, ObjectCodec<? extends T, ?>> narrowed(
      Map<String, ObjectCodec<? extends LifecycleEvent, ?>> members) {
    // Each map holds only the members of one lifecycle's event class, so the cast holds.
    return (Map<String, ObjectCodec<? extends T, ?>>) (Map<String, ?>) members;
  }

  @SafeVarargs
  private static Map<String, ObjectCodec<? extends LifecycleEvent, ?>> concat(
      Map<String, ObjectCodec<? extends LifecycleEvent, ?>>... parts) {
    Map<String, ObjectCodec<? extends LifecycleEvent, ?>> all = new LinkedHashMap<>();
    for (Map<String, ObjectCodec<? extends LifecycleEvent, ?>> part : parts) {
      all.putAll(part);
    }
    return all;
  }

  private static <E extends LifecycleEvent>
      ObjectCodec<RecordedEvent<E>, ImmutableRecordedEvent.Builder<E>> recordedEvent(String name, Codec<E> event) {
    @SuppressWarnings("unchecked")
    Class<RecordedEvent<E>> type = (Class<RecordedEvent<E>>) (Class<?>) RecordedEvent.class;
    return ObjectCodec.builder(type, name, () -> RecordedEvent.<E>builder(), ImmutableRecordedEvent.Builder<E>::build)
        .required("id", EVENT_ID, RecordedEvent::id, ImmutableRecordedEvent.Builder<E>::id)
        .required("event", event, RecordedEvent::event, ImmutableRecordedEvent.Builder<E>::event)
        .required("effectiveOn", DATE, RecordedEvent::effectiveOn, ImmutableRecordedEvent.Builder<E>::effectiveOn)
        .required("recordedAt", INSTANT, RecordedEvent::recordedAt, ImmutableRecordedEvent.Builder<E>::recordedAt)
        .required("recordedBy", TEXT, RecordedEvent::recordedBy, ImmutableRecordedEvent.Builder<E>::recordedBy)
        .optional("supersedes", EVENT_ID, RecordedEvent::supersedes, ImmutableRecordedEvent.Builder<E>::supersedes)
        .build();
  }

  /** The parts of a municipality as read: its code, and the name if one was given. */
  static final class MunicipalityParts {
    private Municipality municipality;

    void code(MunicipalityCode code) {
      municipality = Municipality.of(code);
    }

    void name(String name) {
      // The name as the format writes it needs no lookup: it can only name its own code.
      if (name.equals(municipality.name())) {
        return;
      }
      Optional<Municipality> named = Municipalities.find(name);
      if (!named.equals(Optional.of(municipality))) {
        throw new IllegalArgumentException(
            "municipality name must be the name of code "
                + municipality.code()
                + ", '"
                + municipality.name()
                + "', was '"
                + name
                + "'");
      }
    }

    Municipality build() {
      return municipality;
    }
  }

  /** The two ends of a period as read. */
  static final class PeriodParts {
    private LocalDate start;
    private LocalDate end;

    Period build() {
      return Period.of(start, end);
    }
  }
}
