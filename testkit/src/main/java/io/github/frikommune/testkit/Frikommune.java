package io.github.frikommune.testkit;

import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.application.ApplicationId;
import io.github.frikommune.core.application.Consultation;
import io.github.frikommune.core.application.PoliticalApproval;
import io.github.frikommune.core.application.RequestedExemption;
import io.github.frikommune.core.calendar.DanishTime;
import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.decision.Condition;
import io.github.frikommune.core.decision.ConditionStatus;
import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.decision.ParticipantsRestricted;
import io.github.frikommune.core.decision.PeriodRestricted;
import io.github.frikommune.core.decision.ProvisionsRestricted;
import io.github.frikommune.core.decision.TargetGroupsExcluded;
import io.github.frikommune.core.decision.TargetGroupsKept;
import io.github.frikommune.core.exemption.ExemptionAnswer;
import io.github.frikommune.core.exemption.ExemptionIndex;
import io.github.frikommune.core.exemption.ExemptionQuestion;
import io.github.frikommune.core.law.Extension;
import io.github.frikommune.core.law.LegalAct;
import io.github.frikommune.core.law.LegalActKind;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.lifecycle.ApplicationContext;
import io.github.frikommune.core.lifecycle.ApplicationEvent;
import io.github.frikommune.core.lifecycle.ApplicationLifecycle;
import io.github.frikommune.core.lifecycle.ApplicationState;
import io.github.frikommune.core.lifecycle.ConditionContext;
import io.github.frikommune.core.lifecycle.ConditionEvent;
import io.github.frikommune.core.lifecycle.EventId;
import io.github.frikommune.core.lifecycle.LifecycleEvent;
import io.github.frikommune.core.lifecycle.ParticipationContext;
import io.github.frikommune.core.lifecycle.ParticipationEvent;
import io.github.frikommune.core.lifecycle.RecordedEvent;
import io.github.frikommune.core.lifecycle.TrialContext;
import io.github.frikommune.core.lifecycle.TrialEvent;
import io.github.frikommune.core.lifecycle.TrialState;
import io.github.frikommune.core.municipality.Municipalities;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.municipality.MunicipalityCode;
import io.github.frikommune.core.municipality.Region;
import io.github.frikommune.core.programme.ApplicationRound;
import io.github.frikommune.core.programme.Network;
import io.github.frikommune.core.programme.NetworkId;
import io.github.frikommune.core.programme.ParticipationModel;
import io.github.frikommune.core.programme.Programme;
import io.github.frikommune.core.programme.ProgrammeId;
import io.github.frikommune.core.programme.RoundId;
import io.github.frikommune.core.targetgroup.TargetGroup;
import io.github.frikommune.core.trial.EvaluationDesign;
import io.github.frikommune.core.trial.EvaluationWorkshop;
import io.github.frikommune.core.trial.ImmutableMeasurementPoint;
import io.github.frikommune.core.trial.LegalBasis;
import io.github.frikommune.core.trial.MeasurementPoint;
import io.github.frikommune.core.trial.Participation;
import io.github.frikommune.core.trial.ParticipationStatus;
import io.github.frikommune.core.trial.Trial;
import io.github.frikommune.core.trial.TrialId;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Arbitraries of the frikommune-sdk domain values, of the lifecycles' events and histories, and
 * of exemption questions and answers, for jqwik property tests.
 *
 * <p>Each method gives values that are valid by construction: they pass the core's
 * construction checks and, for the aggregates (applications, decisions, trials, portfolios),
 * the business rules across objects as well, because they are cut from a consistent generated
 * portfolio (<i>portefølje</i>). A history holds only events its lifecycle accepts, with a
 * context taken from such a value; {@link HistoryArbitrary#eventSequences()} gives sequences
 * that need not make sense, for negative tests. The same arbitraries serve {@code @ForAll}
 * parameters through the {@link FrikommuneArbitraryProvider}; use this class where a test wants
 * to configure them:
 *
 * <pre>{@code
 * @Property
 * void everyApplicationOfMyNetwork(@ForAll("mine") Application application) { ... }
 *
 * @Provide
 * Arbitrary<Application> mine() {
 *   return Frikommune.portfolios().withNetwork(myNetwork).applications();
 * }
 * }</pre>
 *
 * <p>Municipalities, regions and the known target groups come from the reference data shipped
 * in frikommune-core. All arbitraries shrink towards simple values.
 */
public final class Frikommune {
  private static final ProgrammeId FK2 = ProgrammeId.of("FK2");

  private Frikommune() {}

  /**
   * Whole portfolios of a generated programme, up to 10 applications; configure with the
   * returned arbitrary's {@code with…} and {@code of…} methods.
   *
   * @return the arbitrary
   */
  public static PortfolioArbitrary portfolios() {
    return new PortfolioArbitrary();
  }

  /**
   * Portfolios of the North Jutland network (<i>Nordjysk frikommunenetværk</i>) in
   * Frikommuneforsøg II: its 11 member municipalities, its theme, and the three rounds of
   * 1 December 2016, 1 May 2017 and 1 November 2017. Applications, decisions and trials are
   * generated.
   *
   * <p>The programme runs from 1 January 2016 (the day in 2016 is not on record) to
   * 30 June 2020, extended by lov nr. 658 af 8. juni 2017 § 1 to 31 December 2021, as the
   * shared seed-case fixture reads the record.
   *
   * @return the arbitrary
   */
  public static PortfolioArbitrary northJutland() {
    LegalAct law = LegalAct.of(LegalActKind.LAW, 658, LocalDate.of(2017, 6, 8), "lov om frikommunenetværk");
    Programme programme =
        Programme.builder()
            .id(FK2)
            .name("Frikommuneforsøg II")
            .period(Period.of(LocalDate.of(2016, 1, 1), LocalDate.of(2020, 6, 30)))
            .participationModel(ParticipationModel.NETWORKS)
            .addExtension(
                Extension.builder()
                    .previousEnd(LocalDate.of(2020, 6, 30))
                    .newEnd(LocalDate.of(2021, 12, 31))
                    .by(law)
                    .provision(Provision.section("lov om frikommunenetværk", "1"))
                    .build())
            .build();
    Network network =
        Network.builder()
            .id(NetworkId.of("nordjylland"))
            .programme(FK2)
            .name("Nordjysk frikommunenetværk")
            .theme(
                "En mere fleksibel og effektiv beskæftigelsesindsats, herunder også nytænkning af"
                    + " integrationsområdet")
            .members(Municipalities.inRegion(Region.NORDJYLLAND))
            .build();
    return portfolios()
        .withProgramme(programme)
        .withNetwork(network)
        .withRounds(
            List.of(
                ApplicationRound.of(FK2, 1, LocalDate.of(2016, 12, 1)),
                ApplicationRound.of(FK2, 2, LocalDate.of(2017, 5, 1)),
                ApplicationRound.of(FK2, 3, LocalDate.of(2017, 11, 1))));
  }

  /**
   * Any of the 98 municipalities.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Municipality> municipalities() {
    return Values.municipalities();
  }

  /**
   * Any of the 98 official municipality codes.
   *
   * @return the arbitrary
   */
  public static Arbitrary<MunicipalityCode> municipalityCodes() {
    return municipalities().map(Municipality::code);
  }

  /**
   * Any of the known target groups of {@link TargetGroup#known()}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<TargetGroup> targetGroups() {
    return Values.targetGroups();
  }

  /**
   * Citations of the laws that applications ask exemptions from: mostly sections, with
   * subsections, items and letters, sometimes a chapter or the whole law.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Provision> provisions() {
    return Values.provisions();
  }

  /**
   * Laws, consolidated laws and executive orders, dated 2010 to 2039.
   *
   * @return the arbitrary
   */
  public static Arbitrary<LegalAct> legalActs() {
    return Values.legalActs();
  }

  /**
   * Extensions of an end date by a later law.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Extension> extensions() {
    return Values.dates().flatMap(end -> Frames.extensionsAfter(end).map(e -> e.get(0)));
  }

  /**
   * Periods of up to 8 years starting 2010 to 2039.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Period> periods() {
    return Values.periods();
  }

  /**
   * Programme identifiers such as {@code FK-2}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ProgrammeId> programmeIds() {
    return Values.programmeIds();
  }

  /**
   * Network identifiers.
   *
   * @return the arbitrary
   */
  public static Arbitrary<NetworkId> networkIds() {
    return Values.networkIds();
  }

  /**
   * Round identifiers, numbers 1 to 10.
   *
   * @return the arbitrary
   */
  public static Arbitrary<RoundId> roundIds() {
    return Combinators.combine(programmeIds(), Arbitraries.integers().between(1, 10)).as(RoundId::of);
  }

  /**
   * Application identifiers.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ApplicationId> applicationIds() {
    return Values.applicationIds();
  }

  /**
   * Trial identifiers.
   *
   * @return the arbitrary
   */
  public static Arbitrary<TrialId> trialIds() {
    return Values.trialIds();
  }

  /**
   * Programmes of networks or of single municipalities, 4 to 8 years long, with up to two
   * extensions.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Programme> programmes() {
    return portfolios().programmes();
  }

  /**
   * Networks of 1 to 12 municipalities.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Network> networks() {
    return portfolios().networks();
  }

  /**
   * Application rounds inside their programme's period.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ApplicationRound> applicationRounds() {
    return portfolios().rounds();
  }

  /**
   * Applications from draft to submitted, valid in a generated programme.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Application> applications() {
    return portfolios().applications();
  }

  /**
   * Requested exemptions: one or two provisions for one to three target groups.
   *
   * @return the arbitrary
   */
  public static Arbitrary<RequestedExemption> requestedExemptions() {
    return Dossiers.requestedExemptions();
  }

  /**
   * Consultations, answered 1 to 60 days after they were sent or not yet answered.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Consultation> consultations() {
    return Combinators.combine(
            municipalities(),
            Values.consultedBodies(),
            Values.dates(),
            Values.days(1, 60).optional(0.8),
            Arbitraries.of("Rådet bakker op om ansøgningen.").optional(0.5))
        .as(
            (municipality, body, sentOn, answeredAfter, remarks) ->
                Consultation.builder()
                    .municipality(municipality)
                    .body(body)
                    .sentOn(sentOn)
                    .answeredOn(answeredAfter.map(sentOn::plusDays))
                    .remarks(answeredAfter.isPresent() ? remarks : java.util.Optional.empty())
                    .build());
  }

  /**
   * Political approvals, now and then without body and day on record.
   *
   * @return the arbitrary
   */
  public static Arbitrary<PoliticalApproval> politicalApprovals() {
    return Combinators.combine(municipalities(), Values.approvingBodies(), Values.dates(), Arbitraries.frequency(Tuple.of(9, true), Tuple.of(1, false)))
        .as((m, body, on, dated) -> dated ? PoliticalApproval.of(m, body, on) : PoliticalApproval.undated(m));
  }

  /**
   * Decisions of every outcome, with conditions that match it, on a generated application.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Decision> decisions() {
    return portfolios().decisions();
  }

  /**
   * Conditions of every kind, each with a status (pending, met, not met or waived) and, where
   * it is not pending, a date.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Condition> conditions() {
    return Values.dates().flatMap(decidedOn -> Arbitraries.oneOf(narrowing(decidedOn), Dossiers.duties(decidedOn)));
  }

  /**
   * Conditions of one kind, e.g. {@code conditions(TargetGroupsKept.class)}.
   *
   * @param <C> the kind
   * @param kind the condition's class
   * @return the arbitrary
   */
  public static <C extends Condition> Arbitrary<C> conditions(Class<C> kind) {
    return conditions().filter(kind::isInstance).map(kind::cast);
  }

  /** Narrowing conditions cut from a free-standing request of a few groups, municipalities and provisions. */
  private static Arbitrary<Condition> narrowing(LocalDate decidedOn) {
    Arbitrary<Condition> targetGroups =
        Values.targetGroups().set().ofMinSize(1).ofMaxSize(3).flatMap(
            groups -> Arbitraries.oneOf(
                Arbitraries.just(TargetGroupsKept.of(sorted(groups))),
                Arbitraries.just(TargetGroupsExcluded.of(sorted(groups)))));
    Arbitrary<Condition> participants =
        Combinators.combine(municipalities().set().ofMinSize(1).ofMaxSize(3), Arbitraries.of(true, false))
            .as((ms, separately) -> ParticipantsRestricted.builder().participants(ms).othersMustApplySeparately(separately).build());
    Arbitrary<Condition> provisions =
        provisions().list().uniqueElements().ofMinSize(1).ofMaxSize(2).map(ProvisionsRestricted::of);
    Arbitrary<Condition> period = periods().map(PeriodRestricted::of);
    return Values.withStatus(Arbitraries.oneOf(targetGroups, participants, provisions, period), decidedOn);
  }

  private static List<TargetGroup> sorted(java.util.Set<TargetGroup> groups) {
    return groups.stream().sorted(java.util.Comparator.comparing(TargetGroup::code)).collect(Collectors.toList());
  }

  /**
   * Legal bases: a law or an executive order with its sections, in force on or after its date.
   *
   * @return the arbitrary
   */
  public static Arbitrary<LegalBasis> legalBases() {
    return Values.dates().flatMap(passedFrom -> Dossiers.legalBases(passedFrom, passedFrom.plusYears(5)));
  }

  /**
   * Participations of a municipality in a trial, with any status and a day since.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Participation> participations() {
    return Combinators.combine(municipalities(), Arbitraries.of(ParticipationStatus.class), Values.dates())
        .as(Participation::of);
  }

  /**
   * Evaluation designs, with measurement points inside a trial's period.
   *
   * @return the arbitrary
   */
  public static Arbitrary<EvaluationDesign> evaluationDesigns() {
    return periods().optional(0.8).flatMap(Dossiers::evaluationDesigns);
  }

  /**
   * Measurement points, dated or not.
   *
   * @return the arbitrary
   */
  public static Arbitrary<MeasurementPoint> measurementPoints() {
    return Combinators.combine(Values.measurements(), Values.dates().optional(0.7)).as(ImmutableMeasurementPoint::of);
  }

  /**
   * Evaluation workshops: a day, a network or none, a title from the record's words, the
   * evaluation advisor as host or none, and some of the organisations that took part in
   * Frikommuneforsøg II's evaluation.
   *
   * @return the arbitrary
   */
  public static Arbitrary<EvaluationWorkshop> evaluationWorkshops() {
    return Combinators.combine(
            Values.dates(),
            Values.networkIds().optional(0.8),
            Arbitraries.of("Opstartende workshop med fokus på evaluering", "Workshop om evalueringsdesign", "Midtvejsseminar"),
            Arbitraries.of("KORA", "VIVE").optional(0.7),
            Arbitraries.of("KORA", "STAR", "KL", "Arbejdsmarkedskontor Midt-Nord", "Rambøll").list().uniqueElements().ofMaxSize(5))
        .as(
            (day, network, title, host, participants) ->
                EvaluationWorkshop.builder()
                    .heldOn(day)
                    .network(network)
                    .title(title)
                    .host(host)
                    .participants(participants)
                    .build());
  }

  /**
   * Trials following a grant or a partial grant, with legal bases, participations and an
   * optional evaluation design and outcome.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Trial> trials() {
    return portfolios().trials();
  }

  /**
   * Valid histories of applications (<i>ansøgningens forløb</i>): every event accepted by
   * {@link ApplicationLifecycle#table()} from draft, effective days that never go backwards,
   * recorded instants that strictly increase, unique ids and now and then a correction. Each
   * context is a generated application's, with its round's deadline, its participants and their
   * political approvals.
   *
   * <p>Configure with {@link HistoryArbitrary#withoutCorrections()} and
   * {@link HistoryArbitrary#ofMaxEvents(int)}; {@link HistoryArbitrary#eventSequences()} gives
   * arbitrary sequences for negative tests. For the histories of a configured scenario, use
   * {@link PortfolioArbitrary#applicationHistories()}, e.g. on {@link #northJutland()}.
   *
   * @return the arbitrary
   */
  public static HistoryArbitrary<ApplicationState, ApplicationEvent, ApplicationContext> applicationHistories() {
    return portfolios().applicationHistories();
  }

  /**
   * Valid histories of trials (<i>forsøgets forløb</i>), from awaiting legal basis on, each
   * with a generated trial's context: the day its legal basis is in force, the programme's end
   * as extended and the trial's planned end. Extensions move the end forward, but never past the
   * programme's end. See {@link #applicationHistories()} for what every valid history holds.
   *
   * @return the arbitrary
   */
  public static HistoryArbitrary<TrialState, TrialEvent, TrialContext> trialHistories() {
    return portfolios().trialHistories();
  }

  /**
   * Valid histories of one municipality's participation in a trial (<i>deltagelse</i>), each
   * with the context of a generated trial and one of its municipalities: whether the decision
   * makes it apply separately, and the day the trial's legal basis is in force. See
   * {@link #applicationHistories()} for what every valid history holds.
   *
   * @return the arbitrary
   */
  public static HistoryArbitrary<ParticipationStatus, ParticipationEvent, ParticipationContext>
      participationHistories() {
    return portfolios().participationHistories();
  }

  /**
   * Valid histories of a condition (<i>vilkår</i>), each with the context of a generated
   * decision that sets conditions: the day of the decision. See {@link #applicationHistories()}
   * for what every valid history holds.
   *
   * @return the arbitrary
   */
  public static HistoryArbitrary<ConditionStatus, ConditionEvent, ConditionContext> conditionHistories() {
    return portfolios().conditionHistories();
  }

  /**
   * Events of an application's lifecycle, of every type, now and then with a note.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ApplicationEvent> applicationEvents() {
    return LifecycleKind.APPLICATION.anyEvents();
  }

  /**
   * Events of a trial's lifecycle, of every type: extensions with any new end and any legal act
   * (executive orders and laws dated later included), conclusions with any outcome.
   *
   * @return the arbitrary
   */
  public static Arbitrary<TrialEvent> trialEvents() {
    return LifecycleKind.TRIAL.anyEvents();
  }

  /**
   * Events of a municipality's participation in a trial, of every type, now and then with a
   * note.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ParticipationEvent> participationEvents() {
    return LifecycleKind.PARTICIPATION.anyEvents();
  }

  /**
   * Events of a condition's lifecycle, of every type, now and then with a note.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ConditionEvent> conditionEvents() {
    return LifecycleKind.CONDITION.anyEvents();
  }

  /**
   * Event identifiers such as {@code NJ-7-e3}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<EventId> eventIds() {
    return Combinators.combine(Values.identifierTexts(), Arbitraries.integers().between(1, 99))
        .as((text, n) -> EventId.of(text + "-e" + n));
  }

  /**
   * Recorded events of the given events, each on its own: any day from 2010 to 2039, recorded
   * during the working day it takes effect or up to 30 days later, and one in ten a correction
   * of another id. For events that make sense together, use a history, e.g.
   * {@link #applicationHistories()}.
   *
   * @param <E> the event type
   * @param events the events, e.g. {@link #applicationEvents()}
   * @return the arbitrary
   */
  public static <E extends LifecycleEvent> Arbitrary<RecordedEvent<E>> recordedEvents(Arbitrary<E> events) {
    return Combinators.combine(
            eventIds(),
            events,
            Values.dates(),
            Values.days(30),
            Values.days(10 * 60 * 60),
            Arbitraries.of("Frikommunesekretariatet", "Jobcenter Aalborg", Values.MINISTRY),
            eventIds().optional(0.1))
        .as(
            (id, event, on, daysLater, seconds, by, supersedes) ->
                RecordedEvent.<E>builder()
                    .id(id)
                    .event(event)
                    .effectiveOn(on)
                    .recordedAt(on.plusDays(daysLater).atTime(8, 0).atZone(DanishTime.ZONE).toInstant().plusSeconds(seconds))
                    .recordedBy(by)
                    .supersedes(supersedes.filter(s -> !s.equals(id)))
                    .build());
  }

  /**
   * Exemption questions (<i>fritagelsesspørgsmål</i>): any municipality, day from 2010 to 2039,
   * provision and known target group. For questions that a portfolio answers yes to as well as
   * no, see {@link #exemptionAnswers()}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ExemptionQuestion> exemptionQuestions() {
    return Questions.any();
  }

  /**
   * Answers to the exemption question by an {@link ExemptionIndex} of a generated portfolio:
   * yes with the grants behind it, or no with every reason. See
   * {@link PortfolioArbitrary#exemptionAnswers()}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ExemptionAnswer> exemptionAnswers() {
    return portfolios().exemptionAnswers();
  }
}
