package io.github.frikommune.testkit;

import static java.util.stream.Collectors.toList;

import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.application.Consultation;
import io.github.frikommune.core.application.PoliticalApproval;
import io.github.frikommune.core.application.RequestedExemption;
import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.decision.Condition;
import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.decision.EvaluationDuty;
import io.github.frikommune.core.decision.FreeTextCondition;
import io.github.frikommune.core.decision.Outcome;
import io.github.frikommune.core.decision.ParticipantsRestricted;
import io.github.frikommune.core.decision.PeriodRestricted;
import io.github.frikommune.core.decision.ProvisionsRestricted;
import io.github.frikommune.core.decision.ReportingDuty;
import io.github.frikommune.core.decision.TargetGroupsExcluded;
import io.github.frikommune.core.decision.TargetGroupsKept;
import io.github.frikommune.core.exemption.ExemptionScope;
import io.github.frikommune.core.law.Extension;
import io.github.frikommune.core.law.LegalAct;
import io.github.frikommune.core.law.LegalActKind;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.programme.Network;
import io.github.frikommune.core.programme.NetworkId;
import io.github.frikommune.core.targetgroup.TargetGroup;
import io.github.frikommune.core.trial.EvaluationDesign;
import io.github.frikommune.core.trial.LegalBasis;
import io.github.frikommune.core.trial.ImmutableMeasurementPoint;
import io.github.frikommune.core.trial.Participation;
import io.github.frikommune.core.trial.ParticipationStatus;
import io.github.frikommune.core.trial.Trial;
import io.github.frikommune.core.trial.TrialId;
import io.github.frikommune.core.trial.TrialOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Arbitraries of applications, decisions and trials inside a {@link Frame}, each valid by
 * construction and consistent with the others.
 *
 * <p>Every date is derived from the round's deadline by a few independent offsets in days, so
 * shrinking an offset moves a date towards the deadline (or the submission, or the decision)
 * without breaking any rule. Optional parts are chosen with their absence first, so a shrunk
 * dossier loses its trial, then its decision.
 */
final class Dossiers {
  /** How far an application must have come. */
  enum Stage {
    /** Anything from a draft on. */
    DRAFT,
    /** Submitted. */
    SUBMITTED,
    /** Decided. */
    DECIDED,
    /** Granted wholly or partially and running as a trial. */
    TRIAL,
    /**
     * Partially granted and running as a trial, with a condition that restricts the trial to
     * some participants and makes the other municipalities apply separately, where the
     * application has others that could take part; otherwise as {@link #TRIAL}.
     */
    SEPARATE_APPLICATIONS
  }

  private static final TrialId UNNUMBERED_TRIAL = TrialId.of(Dossier.PLACEHOLDER.value());

  private Dossiers() {}

  static Arbitrary<Dossier> dossiers(Frame frame, Stage least) {
    return applications(frame, least != Stage.DRAFT)
        .flatMap(
            application -> {
              if (application.submittedOn().isEmpty()) {
                return Arbitraries.just(new Dossier(application, Optional.empty(), Optional.empty()));
              }
              boolean toTrial = least.compareTo(Stage.TRIAL) >= 0;
              Arbitrary<Decision> decisions =
                  least == Stage.SEPARATE_APPLICATIONS
                      ? separateApplications(frame, application).orElseGet(() -> decisions(frame, application, true))
                      : decisions(frame, application, toTrial);
              return maybe(decisions, least.compareTo(Stage.DECIDED) >= 0)
                  .flatMap(
                      decision -> {
                        if (decision.isEmpty() || !decision.get().isGranted()) {
                          return Arbitraries.just(new Dossier(application, decision, Optional.empty()));
                        }
                        return maybe(trials(frame, application, decision.get()), toTrial)
                            .map(trial -> new Dossier(application, decision, trial))
                            .withoutEdgeCases();
                      });
            });
  }

  /** Present if required, else absent one time in five; absence shrinks first. */
  private static <T> Arbitrary<Optional<T>> maybe(Arbitrary<T> values, boolean required) {
    Arbitrary<Optional<T>> present = values.map(Optional::of);
    return required
        ? present
        : Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Optional.<T>empty())), Tuple.of(4, present));
  }

  /** Assembles a portfolio, numbering applications per round: {@code A-1-01}, {@code A-1-02}, … */
  static Portfolio portfolio(Frame frame, List<Dossier> dossiers) {
    Map<Integer, Integer> counters = new HashMap<>();
    var portfolio =
        Portfolio.builder().programme(frame.programme()).networks(frame.networks()).rounds(frame.rounds());
    for (Dossier dossier : dossiers) {
      int round = dossier.application().round().number();
      int n = counters.merge(round, 1, Integer::sum);
      Dossier numbered = dossier.numbered(String.format(java.util.Locale.ROOT, "A-%d-%02d", round, n));
      portfolio.addApplication(numbered.application());
      numbered.decision().ifPresent(portfolio::addDecision);
      numbered.trial().ifPresent(portfolio::addTrial);
    }
    return portfolio.build();
  }

  // ---------------------------------------------------------------- applications

  /**
   * Who applies: the network, a lead applicant (sometimes not on record), co-applicants, and
   * applicants whose role the record does not give.
   */
  private record Applicants(
      Optional<NetworkId> network, Optional<Municipality> lead, List<Municipality> coApplicants, List<Municipality> roleNotOnRecord) {
    List<Municipality> participants() {
      List<Municipality> all = new ArrayList<>();
      lead.ifPresent(all::add);
      all.addAll(coApplicants);
      all.addAll(roleNotOnRecord);
      return all;
    }
  }

  /** How the record gives the applicants' roles. */
  private enum Roles {
    LEAD_ON_RECORD,
    LEAD_NOT_ON_RECORD,
    NOT_ON_RECORD
  }

  private static Arbitrary<Applicants> applicants(Frame frame) {
    if (!frame.hasNetworks()) {
      return Arbitraries.of(frame.municipalities())
          .map(m -> new Applicants(Optional.empty(), Optional.of(m), List.of(), List.of()));
    }
    return Arbitraries.of(frame.networks())
        .flatMap(
            network ->
                Combinators.combine(
                        Arbitraries.of(network.members())
                            .list()
                            .uniqueElements()
                            .ofMinSize(1)
                            .ofMaxSize(Math.min(5, network.members().size())),
                        Arbitraries.frequency(
                            Tuple.of(8, Roles.LEAD_ON_RECORD), Tuple.of(1, Roles.LEAD_NOT_ON_RECORD), Tuple.of(1, Roles.NOT_ON_RECORD)))
                    .as(
                        (members, roles) ->
                            roles == Roles.NOT_ON_RECORD
                                ? new Applicants(Optional.of(network.id()), Optional.empty(), List.of(), members)
                                : new Applicants(
                                    Optional.of(network.id()),
                                    roles == Roles.LEAD_ON_RECORD ? Optional.of(members.get(0)) : Optional.empty(),
                                    members.subList(1, members.size()),
                                    List.of()))
                    .withoutEdgeCases());
  }

  static Arbitrary<RequestedExemption> requestedExemptions() {
    return Combinators.combine(
            Values.provisions().list().uniqueElements().ofMinSize(1).ofMaxSize(2),
            Values.targetGroups().list().uniqueElements().ofMinSize(1).ofMaxSize(3),
            Arbitraries.of("Reglerne står i vejen for en mere fleksibel indsats.").optional(0.3))
        .as(
            (provisions, groups, rationale) ->
                RequestedExemption.builder().provisions(provisions).targetGroups(groups).rationale(rationale).build());
  }

  /** One participant's political approval: how long before submission, by whom, on record or not. */
  private record ApprovalChoice(int daysBeforeSubmission, String body, boolean dated, boolean givenInDraft) {}

  private static Arbitrary<ApprovalChoice> approvalChoices() {
    return Combinators.combine(
            Values.days(30),
            Values.approvingBodies(),
            Arbitraries.frequency(Tuple.of(9, true), Tuple.of(1, false)),
            Arbitraries.of(true, false))
        .as(ApprovalChoice::new);
  }

  /** A consultation before one participant's approval. */
  private record ConsultationChoice(
      int participant, String body, int answeredDaysBeforeApproval, int sentDaysBeforeAnswer, Optional<String> remarks, boolean answeredInDraft) {}

  private static Arbitrary<ConsultationChoice> consultationChoices() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 4),
            Values.consultedBodies(),
            Values.days(1, 20),
            Values.days(1, 30),
            Arbitraries.of("Rådet bakker op om ansøgningen.").optional(0.5),
            Arbitraries.of(true, false))
        .as(ConsultationChoice::new);
  }

  static Arbitrary<Application> applications(Frame frame, boolean submitted) {
    Arbitrary<Boolean> isSubmitted =
        submitted ? Arbitraries.just(true) : Arbitraries.frequency(Tuple.of(9, true), Tuple.of(1, false));
    return Combinators.combine(
            Arbitraries.of(frame.rounds()),
            applicants(frame),
            requestedExemptions().list().ofMinSize(1).ofMaxSize(2),
            Arbitraries.of(Values.TITLES),
            Values.expectedEffects().list().uniqueElements().ofMaxSize(2),
            isSubmitted)
        .flatAs(
            (round, applicants, exemptions, title, effects, isSubmittedNow) -> {
              int n = applicants.participants().size();
              return Combinators.combine(
                      Values.days(30),
                      approvalChoices().list().ofSize(n),
                      consultationChoices().list().ofMaxSize(n == 0 ? 0 : 2),
                      Values.days(30),
                      Arbitraries.frequency(Tuple.of(9, true), Tuple.of(1, false)))
                  .<Application>as(
                      (daysBeforeDeadline, approvals, consultations, describedDaysBefore, describedOnRecord) -> {
                        var application =
                            Application.builder()
                                .id(Dossier.PLACEHOLDER)
                                .title(title)
                                .round(round.id())
                                .network(applicants.network())
                                .leadApplicant(applicants.lead())
                                .coApplicants(applicants.coApplicants())
                                .applicants(applicants.roleNotOnRecord())
                                .exemptions(exemptions)
                                .expectedEffects(effects);
                        LocalDate submittedOn = round.deadline().minusDays(daysBeforeDeadline);
                        LocalDate earliest = submittedOn;
                        Map<Municipality, LocalDate> approvedOn = new HashMap<>();
                        for (int i = 0; i < n; i++) {
                          Municipality m = applicants.participants().get(i);
                          ApprovalChoice c = approvals.get(i);
                          if (!isSubmittedNow && !c.givenInDraft()) {
                            continue;
                          }
                          if (c.dated()) {
                            LocalDate day = submittedOn.minusDays(c.daysBeforeSubmission());
                            application.addApproval(PoliticalApproval.of(m, c.body(), day));
                            approvedOn.put(m, day);
                            earliest = min(earliest, day);
                          } else {
                            application.addApproval(PoliticalApproval.undated(m));
                          }
                        }
                        for (ConsultationChoice c : consultations) {
                          Municipality m = applicants.participants().get(c.participant() % n);
                          // A consultation is answered before the approval that takes its remarks
                          // into account; without a dated approval there is nothing to anchor it.
                          LocalDate approval = approvedOn.get(m);
                          if (approval == null) {
                            continue;
                          }
                          LocalDate answeredOn = approval.minusDays(c.answeredDaysBeforeApproval());
                          LocalDate sentOn = answeredOn.minusDays(c.sentDaysBeforeAnswer());
                          boolean answered = isSubmittedNow || c.answeredInDraft();
                          application.addConsultation(
                              Consultation.builder()
                                  .municipality(m)
                                  .body(c.body())
                                  .sentOn(sentOn)
                                  .answeredOn(answered ? Optional.of(answeredOn) : Optional.empty())
                                  .remarks(answered ? c.remarks() : Optional.empty())
                                  .build());
                          earliest = min(earliest, sentOn);
                        }
                        if (describedOnRecord) {
                          application.describedOn(earliest.minusDays(describedDaysBefore));
                        }
                        if (isSubmittedNow) {
                          application.submittedOn(submittedOn);
                        }
                        return application.build();
                      })
                  .withoutEdgeCases();
            });
  }

  // ---------------------------------------------------------------- decisions

  static Arbitrary<Decision> decisions(Frame frame, Application application, boolean granted) {
    Arbitrary<Outcome> outcomes =
        granted ? Arbitraries.of(Outcome.GRANTED, Outcome.PARTIALLY_GRANTED) : Arbitraries.of(Outcome.class);
    LocalDate submittedOn = application.submittedOn().orElseThrow();
    return Combinators.combine(outcomes, Values.days(120))
        .flatAs(
            (outcome, daysAfterSubmission) -> {
              LocalDate decidedOn = submittedOn.plusDays(daysAfterSubmission);
              switch (outcome) {
                case GRANTED:
                  return duties(decidedOn)
                      .list()
                      .ofMaxSize(2)
                      .map(conditions -> decision(application, decidedOn, outcome, List.of(), conditions))
                      .withoutEdgeCases();
                case PARTIALLY_GRANTED:
                  return Combinators.combine(
                          narrowing(frame, application, decidedOn)
                              .list()
                              .uniqueElements(Condition::kind)
                              .ofMinSize(1)
                              .ofMaxSize(2),
                          duties(decidedOn).list().ofMaxSize(1))
                      .as(
                          (narrowing, duties) -> {
                            List<Condition> conditions = new ArrayList<>(narrowing);
                            conditions.addAll(duties);
                            return decision(application, decidedOn, outcome, List.of(), conditions);
                          })
                      .withoutEdgeCases();
                default:
                  return Values.reasons()
                      .list()
                      .uniqueElements()
                      .ofMinSize(1)
                      .ofMaxSize(2)
                      .map(reasons -> decision(application, decidedOn, outcome, reasons, List.of()))
                      .withoutEdgeCases();
              }
            });
  }

  /**
   * Partial grants that keep some of the participants and make the other municipalities apply
   * separately, as the decision on Mikrolån did; empty where no other municipality could take
   * part.
   */
  static Optional<Arbitrary<Decision>> separateApplications(Frame frame, Application application) {
    LocalDate submittedOn = application.submittedOn().orElseThrow();
    List<Municipality> participants = List.copyOf(application.participants());
    Set<Municipality> mayTakePart = new LinkedHashSet<>(participants);
    networkOf(frame, application).ifPresent(n -> mayTakePart.addAll(n.members()));
    if (participants.isEmpty() || mayTakePart.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(
        Combinators.combine(Values.days(120), properSubset(participants), Values.conditionTexts())
            .flatAs(
                (daysAfterSubmission, kept, text) -> {
                  LocalDate decidedOn = submittedOn.plusDays(daysAfterSubmission);
                  Condition restriction =
                      ParticipantsRestricted.builder()
                          .participants(kept)
                          .othersMustApplySeparately(true)
                          .text(text)
                          .build();
                  return duties(decidedOn)
                      .list()
                      .ofMaxSize(1)
                      .map(
                          duties -> {
                            List<Condition> conditions = new ArrayList<>(List.of(restriction));
                            conditions.addAll(duties);
                            return decision(application, decidedOn, Outcome.PARTIALLY_GRANTED, List.of(), conditions);
                          })
                      .withoutEdgeCases();
                })
            .withoutEdgeCases());
  }

  private static Optional<Network> networkOf(Frame frame, Application application) {
    return application.network().flatMap(id -> frame.networks().stream().filter(n -> n.id().equals(id)).findFirst());
  }

  private static Decision decision(
      Application application, LocalDate decidedOn, Outcome outcome, List<String> reasons, List<Condition> conditions) {
    return Decision.builder()
        .application(application.id())
        .decidedOn(decidedOn)
        .decidedBy(Values.MINISTRY)
        .outcome(outcome)
        .reasons(reasons)
        .conditions(conditions)
        .build();
  }

  /** Conditions that do not narrow the scope: evaluation and reporting duties, free text. */
  static Arbitrary<Condition> duties(LocalDate decidedOn) {
    Arbitrary<Optional<LocalDate>> due = Values.days(30, 1500).map(decidedOn::plusDays).optional(0.5);
    return Values.withStatus(
        Arbitraries.oneOf(
            Combinators.combine(Values.dutyDescriptions(), due)
                .as((d, on) -> EvaluationDuty.builder().description(d).due(on).build()),
            Combinators.combine(Values.dutyDescriptions(), due)
                .as((d, on) -> ReportingDuty.builder().description(d).due(on).build()),
            Values.conditionTexts().filter(Optional::isPresent).map(t -> FreeTextCondition.of(t.get()))),
        decidedOn);
  }

  /**
   * Conditions that narrow what the application asked for, each strictly: fewer of its target
   * groups, participants or provisions, or a period inside the programme that leaves out at
   * least its first day. A kind that cannot narrow this application (a single target group, a
   * single provision, a network of one) is not offered.
   */
  static Arbitrary<Condition> narrowing(Frame frame, Application application, LocalDate decidedOn) {
    List<TargetGroup> groups = distinct(application.exemptions().stream().flatMap(e -> e.targetGroups().stream()).collect(toList()));
    List<Provision> provisions = distinct(application.exemptions().stream().flatMap(e -> e.provisions().stream()).collect(toList()));
    List<Municipality> participants = List.copyOf(application.participants());
    Set<Municipality> mayTakePart = new LinkedHashSet<>(participants);
    application.network()
        .flatMap(id -> frame.networks().stream().filter(n -> n.id().equals(id)).findFirst())
        .ifPresent(n -> mayTakePart.addAll(n.members()));
    List<Arbitrary<? extends Condition>> kinds = new ArrayList<>();
    if (groups.size() > 1) {
      kinds.add(
          Combinators.combine(properSubset(groups), Values.conditionTexts())
              .as((kept, text) -> TargetGroupsKept.builder().groups(kept).text(text).build()));
      kinds.add(
          Combinators.combine(properSubset(groups), Values.conditionTexts())
              .as((excluded, text) -> TargetGroupsExcluded.builder().groups(excluded).text(text).build()));
    }
    if (!participants.isEmpty() && mayTakePart.size() > 1) {
      kinds.add(
          Combinators.combine(properSubset(participants), Arbitraries.of(true, false), Values.conditionTexts())
              .as(
                  (kept, separately, text) ->
                      ParticipantsRestricted.builder()
                          .participants(kept)
                          .othersMustApplySeparately(separately)
                          .text(text)
                          .build()));
    }
    if (provisions.size() > 1) {
      kinds.add(
          Combinators.combine(properSubset(provisions), Values.conditionTexts())
              .as((kept, text) -> ProvisionsRestricted.builder().provisions(kept).text(text).build()));
    }
    Period programme = frame.programme().period();
    LocalDate firstLaterDay = min(programme.startInclusive().plusDays(1), programme.endInclusive());
    kinds.add(
        Combinators.combine(Values.days(180), Values.days(365), Values.conditionTexts())
            .as(
                (startDelay, endBefore, text) -> {
                  LocalDate start = clamp(decidedOn.plusDays(startDelay), firstLaterDay, programme.endInclusive());
                  LocalDate end = clamp(programme.endInclusive().minusDays(endBefore), start, programme.endInclusive());
                  return PeriodRestricted.builder().period(Period.of(start, end)).text(text).build();
                }));
    // Taking a group's broader group, or a period the programme's extension already ends, can
    // leave the scope as it was; the exemption scope itself judges what narrows.
    ExemptionScope requested =
        ExemptionScope.requested(
            application,
            Portfolio.builder()
                .programme(frame.programme())
                .networks(frame.networks())
                .rounds(frame.rounds())
                .addApplication(application)
                .build());
    return Values.withStatus(Arbitraries.oneOf(kinds), decidedOn)
        .filter(c -> !requested.narrowedBy(c).equals(requested));
  }

  /** Non-empty subsets, smaller than the whole where the whole has more than one element, in the given order. */
  private static <T> Arbitrary<List<T>> properSubset(List<T> all) {
    return Arbitraries.subsetOf(all)
        .ofMinSize(1)
        .ofMaxSize(Math.max(1, all.size() - 1))
        .map(subset -> all.stream().filter(subset::contains).collect(toList()));
  }

  private static <T> List<T> distinct(Collection<T> values) {
    return List.copyOf(new LinkedHashSet<>(values));
  }

  // ---------------------------------------------------------------- trials

  static Arbitrary<Trial> trials(Frame frame, Application application, Decision decision) {
    LocalDate latest = frame.programme().endAsExtended();
    Optional<Period> restricted =
        decision.conditionsOf(PeriodRestricted.class).stream().map(PeriodRestricted::period).findFirst();
    return legalBases(decision.decidedOn(), latest)
        .list()
        .ofMinSize(1)
        .ofMaxSize(2)
        .flatMap(
            bases -> {
              LocalDate inForce = bases.stream().map(LegalBasis::inForceFrom).max(LocalDate::compareTo).orElseThrow();
              LocalDate lower = restricted.map(p -> max(p.startInclusive(), inForce)).orElse(inForce);
              LocalDate upper = restricted.map(p -> min(p.endInclusive(), latest)).orElse(latest);
              Arbitrary<Optional<Period>> periods =
                  lower.isAfter(upper)
                      ? Arbitraries.just(Optional.empty())
                      : Combinators.combine(Values.days(60), Values.days(730))
                          .as(
                              (startDelay, endBefore) -> {
                                LocalDate start = min(lower.plusDays(startDelay), upper);
                                return Optional.of(Period.of(start, max(start, upper.minusDays(endBefore))));
                              });
              return periods.flatMap(
                  period ->
                      Combinators.combine(
                              extensions(period, restricted.isPresent(), latest),
                              participations(frame, application, decision, period),
                              evaluationDesigns(period).optional(0.5),
                              Arbitraries.integers().between(0, 3).optional(0.3))
                          .<Trial>as(
                              (extensions, participants, design, outcomeChoice) ->
                                  Trial.builder()
                                      .id(UNNUMBERED_TRIAL)
                                      .application(application.id())
                                      .title(application.title())
                                      .legalBases(bases)
                                      .participants(participants)
                                      .period(period)
                                      .extensions(extensions)
                                      .evaluationDesign(design)
                                      .outcome(outcomeChoice.map(c -> outcome(c, period, participants)))
                                      .build())
                          .withoutEdgeCases())
                  .withoutEdgeCases();
            });
  }

  /** A trial that never had a period, or whose municipalities used it, can only end one way or the other. */
  private static TrialOutcome outcome(int choice, Optional<Period> period, List<Participation> participants) {
    boolean used =
        participants.stream()
            .anyMatch(p -> p.status() == ParticipationStatus.ACTIVE || p.status() == ParticipationStatus.WITHDRAWN);
    List<TrialOutcome> allowed =
        period.isEmpty()
            ? List.of(TrialOutcome.NEVER_STARTED)
            : used
                ? List.of(TrialOutcome.SPREAD, TrialOutcome.NOT_SPREAD, TrialOutcome.STOPPED)
                : List.of(TrialOutcome.values());
    return allowed.get(choice % allowed.size());
  }

  /**
   * Legal bases: a law or an executive order passed on or after the decision, in force on its
   * date or up to 60 days later, citing the act's own sections, sometimes expiring after the
   * programme's end.
   */
  static Arbitrary<LegalBasis> legalBases(LocalDate decidedOn, LocalDate programmeEnd) {
    return Combinators.combine(
            Values.legalActs(Arbitraries.of(LegalActKind.LAW, LegalActKind.EXECUTIVE_ORDER), decidedOn, 200),
            Values.days(60),
            Arbitraries.integers().between(1, 40).list().uniqueElements().ofMinSize(1).ofMaxSize(2),
            Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true)),
            Values.days(365).optional(0.2))
        .as(
            (act, inForceDelay, sections, wholeAct, expiresAfterEnd) -> {
              LocalDate inForceFrom = act.date().plusDays(inForceDelay);
              return LegalBasis.builder()
                  .act(act)
                  .provisions(
                      wholeAct
                          ? List.of(Provision.wholeLaw(act.shortTitle()))
                          : sections.stream().map(s -> Provision.section(act.shortTitle(), s.toString())).collect(toList()))
                  .inForceFrom(inForceFrom)
                  .expiresOn(expiresAfterEnd.map(d -> max(inForceFrom, programmeEnd).plusDays(d)))
                  .build();
            });
  }

  /** Up to one extension by a later law, never past the programme's end as extended. */
  private static Arbitrary<List<Extension>> extensions(Optional<Period> period, boolean restricted, LocalDate latest) {
    if (period.isEmpty() || restricted || !period.get().endInclusive().isBefore(latest)) {
      return Arbitraries.just(List.of());
    }
    LocalDate end = period.get().endInclusive();
    Arbitrary<List<Extension>> one =
        Combinators.combine(Values.days(1, 730), Arbitraries.integers().between(1, 2000), Values.days(30, 365))
            .as(
                (added, number, daysBefore) ->
                    List.of(
                        Extension.of(
                            end,
                            min(end.plusDays(added), latest),
                            LegalAct.of(LegalActKind.LAW, number, end.minusDays(daysBefore), "lov om frikommunenetværk"))));
    return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(List.of())), Tuple.of(1, one));
  }

  /** One municipality's participation: a status among those allowed, and a day. */
  private record ParticipationChoice(int status, int days) {}

  /**
   * Participations: by default every member of the applying network (or the applicant of a
   * single-municipality programme). Where the decision restricts participants, the others must
   * apply separately or take no part.
   */
  static Arbitrary<List<Participation>> participations(
      Frame frame, Application application, Decision decision, Optional<Period> period) {
    List<Municipality> eligible =
        application.network()
            .flatMap(id -> frame.networks().stream().filter(n -> n.id().equals(id)).findFirst())
            .map(Network::members)
            .<List<Municipality>>map(List::copyOf)
            .orElseGet(() -> List.copyOf(application.participants()));
    Optional<ParticipantsRestricted> restriction =
        decision.conditionsOf(ParticipantsRestricted.class).stream().findFirst();
    List<ParticipationStatus> confirmedSide =
        period.isPresent()
            ? List.of(
                ParticipationStatus.PENDING_CONFIRMATION,
                ParticipationStatus.CONFIRMED,
                ParticipationStatus.ACTIVE,
                ParticipationStatus.WITHDRAWN)
            : List.of(ParticipationStatus.PENDING_CONFIRMATION, ParticipationStatus.CONFIRMED);
    List<ParticipationStatus> separateSide =
        List.of(
            ParticipationStatus.MUST_APPLY_SEPARATELY,
            ParticipationStatus.JOIN_REQUESTED,
            ParticipationStatus.REFUSED);
    return Combinators.combine(Arbitraries.integers().between(0, 3), Values.days(60))
        .as(ParticipationChoice::new)
        .list()
        .ofSize(eligible.size())
        .map(
            choices -> {
              List<Participation> participations = new ArrayList<>();
              for (int i = 0; i < eligible.size(); i++) {
                Municipality m = eligible.get(i);
                ParticipationChoice c = choices.get(i);
                boolean kept = restriction.map(r -> r.participants().contains(m)).orElse(true);
                if (!kept && !restriction.get().othersMustApplySeparately()) {
                  continue;
                }
                List<ParticipationStatus> allowed = kept ? confirmedSide : separateSide;
                ParticipationStatus status = allowed.get(c.status() % allowed.size());
                LocalDate since =
                    status == ParticipationStatus.ACTIVE || status == ParticipationStatus.WITHDRAWN
                        ? min(period.get().startInclusive().plusDays(c.days()), period.get().endInclusive())
                        : decision.decidedOn().plusDays(c.days());
                participations.add(Participation.of(m, status, since));
              }
              return participations;
            });
  }

  static Arbitrary<EvaluationDesign> evaluationDesigns(Optional<Period> period) {
    Arbitrary<Optional<LocalDate>> inPeriod =
        period
            .map(p -> Values.days(3650).map(d -> min(p.startInclusive().plusDays(d), p.endInclusive())).optional(0.7))
            .orElse(Arbitraries.just(Optional.empty()));
    Arbitrary<Optional<LocalDate>> afterEnd =
        period
            .map(p -> Values.days(365).map(d -> p.endInclusive().plusDays(d)).optional(0.7))
            .orElse(Arbitraries.just(Optional.empty()));
    return Combinators.combine(
            Values.evaluators().optional(0.8),
            Values.expectedEffects().list().uniqueElements().ofMaxSize(2),
            Arbitraries.of("Målgruppen registreres i jobcentrets fagsystem.").optional(0.5),
            Combinators.combine(Values.measurements(), inPeriod)
                .as(MeasurementPointDraft::new)
                .list()
                .uniqueElements(MeasurementPointDraft::description)
                .ofMaxSize(3),
            afterEnd)
        .as(
            (evaluator, results, registration, points, dueOn) ->
                EvaluationDesign.builder()
                    .evaluator(evaluator)
                    .expectedResults(results)
                    .targetGroupRegistration(registration)
                    .measurementPoints(
                        points.stream()
                            .map(p -> ImmutableMeasurementPoint.of(p.description(), p.on()))
                            .collect(toList()))
                    .dueOn(dueOn)
                    .build());
  }

  private record MeasurementPointDraft(String description, Optional<LocalDate> on) {}

  // ---------------------------------------------------------------- dates

  static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  static LocalDate clamp(LocalDate date, LocalDate lowest, LocalDate highest) {
    return max(lowest, min(date, highest));
  }
}
