package io.github.frikommune.json;

import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.application.ApplicationId;
import io.github.frikommune.core.application.Consultation;
import io.github.frikommune.core.application.PoliticalApproval;
import io.github.frikommune.core.application.RequestedExemption;
import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.decision.Condition;
import io.github.frikommune.core.decision.ConditionStatus;
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
import io.github.frikommune.core.law.Extension;
import io.github.frikommune.core.law.LegalAct;
import io.github.frikommune.core.law.LegalActKind;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.municipality.Municipalities;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.programme.ApplicationRound;
import io.github.frikommune.core.programme.Network;
import io.github.frikommune.core.programme.NetworkId;
import io.github.frikommune.core.programme.ParticipationModel;
import io.github.frikommune.core.programme.Programme;
import io.github.frikommune.core.programme.ProgrammeId;
import io.github.frikommune.core.programme.RoundId;
import io.github.frikommune.core.targetgroup.TargetGroup;
import io.github.frikommune.core.trial.EvaluationDesign;
import io.github.frikommune.core.trial.LegalBasis;
import io.github.frikommune.core.trial.MeasurementPoint;
import io.github.frikommune.core.trial.Participation;
import io.github.frikommune.core.trial.ParticipationStatus;
import io.github.frikommune.core.trial.Trial;
import io.github.frikommune.core.trial.TrialId;
import io.github.frikommune.core.trial.TrialOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Local generators of valid domain values for the JSON properties. Values are valid one by
 * one; rules across objects (the validator's business) are not needed for the format.
 */
final class DomainArbitraries {
  private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

  private DomainArbitraries() {}

  /** A value of the format with its type. */
  record Sample(Class<?> type, Object value) {}

  static Arbitrary<Sample> anyValue() {
    return Arbitraries.oneOf(
        List.of(
            sample(Municipality.class, municipalities()),
            sample(Provision.class, provisions()),
            sample(Period.class, periods()),
            sample(TargetGroup.class, targetGroups()),
            sample(LegalAct.class, legalActs()),
            sample(Extension.class, extensions()),
            sample(Programme.class, programmes()),
            sample(Network.class, networks()),
            sample(ApplicationRound.class, rounds()),
            sample(RequestedExemption.class, exemptions()),
            sample(Consultation.class, consultations()),
            sample(PoliticalApproval.class, approvals()),
            sample(Application.class, applications()),
            sample(Condition.class, conditions()),
            sample(Decision.class, decisions()),
            sample(LegalBasis.class, legalBases()),
            sample(Participation.class, participations()),
            sample(MeasurementPoint.class, measurementPoints()),
            sample(EvaluationDesign.class, evaluationDesigns()),
            sample(Trial.class, trials()),
            sample(Portfolio.class, portfolios())));
  }

  private static <T> Arbitrary<Sample> sample(Class<T> type, Arbitrary<? extends T> values) {
    return values.map(v -> new Sample(type, v));
  }

  // Leaves ------------------------------------------------------------------------------

  static Arbitrary<String> texts() {
    // Danish letters, the characters JSON must escape, and one outside the basic plane.
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withChars("ÆØÅæøå §.,-\"\\/\n\t€😀")
        .ofMinLength(1)
        .ofMaxLength(40)
        .filter(s -> !s.isBlank() && s.strip().equals(s));
  }

  static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 12_000).map(EPOCH::plusDays);
  }

  static Arbitrary<Period> periods() {
    return Combinators.combine(dates(), Arbitraries.integers().between(0, 3_000))
        .as((start, days) -> Period.of(start, start.plusDays(days)));
  }

  static Arbitrary<String> identifierTexts() {
    return Arbitraries.strings()
        .withCharRange('A', 'Z')
        .numeric()
        .withChars("-._")
        .ofMinLength(1)
        .ofMaxLength(12)
        .filter(s -> Character.isLetterOrDigit(s.charAt(0)));
  }

  static Arbitrary<Municipality> municipalities() {
    return Arbitraries.of(Municipalities.all().asList());
  }

  static Arbitrary<Provision> provisions() {
    Arbitrary<String> laws = Arbitraries.of("aktivloven", "LAB", "lov om frikommunenetværk", "integrationsloven");
    Arbitrary<String> numbers =
        Combinators.combine(Arbitraries.integers().between(1, 200), Arbitraries.of("", " a", " b"))
            .as((n, letter) -> n + letter);
    Arbitrary<Provision> sections =
        Combinators.combine(
                laws,
                numbers,
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 5),
                Arbitraries.of("", "a", "c"))
            .as(
                (law, section, stk, nr, litra) -> {
                  Provision p = Provision.section(law, section);
                  p = stk == 0 ? p : p.withSubsection(stk);
                  p = nr == 0 ? p : p.withItem(nr);
                  return litra.isEmpty() ? p : p.withLetter(litra);
                });
    return Arbitraries.oneOf(
        List.of(
            laws.map(Provision::wholeLaw),
            Combinators.combine(laws, numbers).as(Provision::chapter),
            sections));
  }

  static Arbitrary<TargetGroup> targetGroups() {
    Arbitrary<TargetGroup> known = Arbitraries.of(TargetGroup.known().values().asList());
    Arbitrary<TargetGroup> own =
        Combinators.combine(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10),
                texts(),
                known.optional())
            .as((code, label, broader) -> broader.map(b -> TargetGroup.of(code, label, b)).orElse(TargetGroup.of(code, label)));
    return Arbitraries.oneOf(List.of(known, own));
  }

  static Arbitrary<LegalAct> legalActs() {
    return Combinators.combine(
            Arbitraries.of(LegalActKind.class),
            Arbitraries.integers().between(1, 2_000),
            dates(),
            texts(),
            texts().optional())
        .as(
            (kind, number, date, title, full) ->
                LegalAct.builder().kind(kind).number(number).date(date).shortTitle(title).fullTitle(full).build());
  }

  static Arbitrary<Extension> extensions() {
    return Combinators.combine(periods(), Arbitraries.integers().between(1, 900), legalActs(), provisions().optional())
        .as(
            (p, days, act, provision) ->
                Extension.builder()
                    .previousEnd(p.endInclusive())
                    .newEnd(p.endInclusive().plusDays(days))
                    .by(act)
                    .provision(provision)
                    .build());
  }

  // Programmes -----------------------------------------------------------------------------

  static Arbitrary<Programme> programmes() {
    return Combinators.combine(
            identifierTexts(), texts(), periods(), Arbitraries.of(ParticipationModel.class), extensions().optional())
        .as(
            (id, name, period, model, extension) ->
                Programme.builder()
                    .id(ProgrammeId.of(id))
                    .name(name)
                    .period(period)
                    .participationModel(model)
                    .extensions(
                        extension
                            .map(e -> List.of(Extension.builder().from(e).previousEnd(period.endInclusive())
                                .newEnd(period.endInclusive().plusDays(e.newEnd().toEpochDay() - e.previousEnd().toEpochDay()))
                                .build()))
                            .orElse(List.of()))
                    .build());
  }

  static Arbitrary<Network> networks() {
    return Combinators.combine(
            identifierTexts(), identifierTexts(), texts(), texts().optional(), municipalities().set().ofMinSize(1).ofMaxSize(12))
        .as(
            (id, programme, name, theme, members) ->
                Network.builder()
                    .id(NetworkId.of(id))
                    .programme(ProgrammeId.of(programme))
                    .name(name)
                    .theme(theme)
                    .members(members)
                    .build());
  }

  static Arbitrary<RoundId> roundIds() {
    return Combinators.combine(identifierTexts(), Arbitraries.integers().between(1, 9))
        .as((p, n) -> RoundId.of(ProgrammeId.of(p), n));
  }

  static Arbitrary<ApplicationRound> rounds() {
    return Combinators.combine(roundIds(), dates())
        .as((id, deadline) -> ApplicationRound.of(id.programme(), id.number(), deadline));
  }

  // Applications ----------------------------------------------------------------------------

  static Arbitrary<RequestedExemption> exemptions() {
    return Combinators.combine(
            provisions().list().ofMaxSize(3), targetGroups().list().ofMaxSize(3), texts().optional())
        .as((p, g, r) -> RequestedExemption.builder().provisions(p).targetGroups(g).rationale(r).build());
  }

  static Arbitrary<Consultation> consultations() {
    return Combinators.combine(
            municipalities(), texts(), dates().optional(), dates().optional(), texts().optional(), texts().optional())
        .as(
            (m, body, sent, answered, remarks, note) ->
                Consultation.builder()
                    .municipality(m)
                    .body(body)
                    .sentOn(sent)
                    .answeredOn(answered)
                    .remarks(remarks)
                    .note(note)
                    .build());
  }

  static Arbitrary<PoliticalApproval> approvals() {
    return Combinators.combine(municipalities(), texts().optional(), dates().optional())
        .as((m, body, on) -> PoliticalApproval.builder().municipality(m).body(body).approvedOn(on).build());
  }

  static Arbitrary<Application> applications() {
    Arbitrary<Application> head =
        Combinators.combine(
                identifierTexts(),
                texts(),
                texts().optional(),
                roundIds(),
                identifierTexts().optional(),
                municipalities().optional(),
                municipalities().list().ofMaxSize(3),
                exemptions().list().ofMaxSize(2))
            .as(
                (id, title, description, round, network, lead, co, exemptions) ->
                    Application.builder()
                        .id(ApplicationId.of(id))
                        .title(title)
                        .description(description)
                        .round(round)
                        .network(network.map(NetworkId::of))
                        .leadApplicant(lead)
                        .coApplicants(co)
                        .exemptions(exemptions)
                        .build());
    return Combinators.combine(
            head,
            texts().list().ofMaxSize(2),
            dates().optional(),
            consultations().list().ofMaxSize(2),
            approvals().list().ofMaxSize(2),
            dates().optional())
        .as(
            (a, effects, described, consultations, approvals, submitted) ->
                Application.builder()
                    .from(a)
                    .expectedEffects(effects)
                    .describedOn(described)
                    .consultations(consultations)
                    .approvals(approvals)
                    .submittedOn(submitted)
                    .build());
  }

  // Decisions ---------------------------------------------------------------------------------

  static Arbitrary<Condition> conditions() {
    Arbitrary<Condition> kinds =
        Arbitraries.oneOf(
            List.of(
                targetGroups().set().ofMinSize(1).ofMaxSize(3).map(TargetGroupsKept::of),
                targetGroups().set().ofMinSize(1).ofMaxSize(3).map(TargetGroupsExcluded::of),
                Combinators.combine(municipalities().set().ofMinSize(1).ofMaxSize(3), Arbitraries.of(true, false))
                    .as((m, others) -> ParticipantsRestricted.builder().participants(m).othersMustApplySeparately(others).build()),
                provisions().list().ofMinSize(1).ofMaxSize(3).map(ProvisionsRestricted::of),
                periods().map(PeriodRestricted::of),
                Combinators.combine(texts(), dates().optional())
                    .as((d, due) -> EvaluationDuty.builder().description(d).due(due).build()),
                Combinators.combine(texts(), dates().optional())
                    .as((d, due) -> ReportingDuty.builder().description(d).due(due).build()),
                texts().map(FreeTextCondition::of)));
    return Combinators.combine(kinds, Arbitraries.of(ConditionStatus.class), dates())
        .as((c, status, on) -> status == ConditionStatus.PENDING ? c : c.withStatus(status, on));
  }

  static Arbitrary<Decision> decisions() {
    return Combinators.combine(
            identifierTexts(),
            dates(),
            texts(),
            Arbitraries.of(Outcome.class),
            texts().list().ofMaxSize(2),
            conditions().list().ofMaxSize(3))
        .as(
            (application, on, by, outcome, reasons, conditions) ->
                Decision.builder()
                    .application(ApplicationId.of(application))
                    .decidedOn(on)
                    .decidedBy(by)
                    .outcome(outcome)
                    .reasons(reasons)
                    .conditions(conditions)
                    .build());
  }

  // Trials --------------------------------------------------------------------------------------

  static Arbitrary<LegalBasis> legalBases() {
    return Combinators.combine(
            legalActs(), provisions().list().ofMinSize(1).ofMaxSize(3), periods(), Arbitraries.of(true, false))
        .as(
            (act, provisions, inForce, expires) ->
                LegalBasis.builder()
                    .act(act)
                    .provisions(provisions)
                    .inForceFrom(inForce.startInclusive())
                    .expiresOn(expires ? Optional.of(inForce.endInclusive()) : Optional.empty())
                    .build());
  }

  static Arbitrary<Participation> participations() {
    return Combinators.combine(municipalities(), Arbitraries.of(ParticipationStatus.class), dates().optional())
        .as((m, status, since) -> since.map(d -> Participation.of(m, status, d)).orElse(Participation.of(m, status)));
  }

  static Arbitrary<MeasurementPoint> measurementPoints() {
    return Combinators.combine(texts(), dates().optional())
        .as((d, on) -> new io.github.frikommune.core.trial.ImmutableMeasurementPoint.Builder().description(d).on(on).build());
  }

  static Arbitrary<EvaluationDesign> evaluationDesigns() {
    return Combinators.combine(
            texts().optional(), texts().list().ofMaxSize(2), texts().optional(), measurementPoints().list().ofMaxSize(2), dates().optional())
        .as(
            (evaluator, results, registration, points, due) ->
                EvaluationDesign.builder()
                    .evaluator(evaluator)
                    .expectedResults(results)
                    .targetGroupRegistration(registration)
                    .measurementPoints(points)
                    .dueOn(due)
                    .build());
  }

  static Arbitrary<Trial> trials() {
    return Combinators.combine(
            identifierTexts(),
            identifierTexts(),
            texts(),
            legalBases().list().ofMaxSize(2),
            participations().list().ofMaxSize(4).uniqueElements(Participation::municipality),
            periods().optional(),
            evaluationDesigns().optional(),
            Arbitraries.of(TrialOutcome.class).optional())
        .as(
            (id, application, title, bases, participants, period, design, outcome) ->
                Trial.builder()
                    .id(TrialId.of(id))
                    .application(ApplicationId.of(application))
                    .title(title)
                    .legalBases(bases)
                    .participants(participants)
                    .period(period)
                    .evaluationDesign(design)
                    .outcome(outcome)
                    .build());
  }

  // The document ----------------------------------------------------------------------------------

  static Arbitrary<Portfolio> portfolios() {
    return Combinators.combine(
            programmes(),
            networks().list().ofMaxSize(2).uniqueElements(Network::id),
            rounds().list().ofMaxSize(3).uniqueElements(ApplicationRound::id),
            applications().list().ofMaxSize(3).uniqueElements(Application::id),
            decisions().list().ofMaxSize(3).uniqueElements(Decision::application),
            trials().list().ofMaxSize(2).uniqueElements(Trial::id))
        .as(
            (programme, networks, rounds, applications, decisions, trials) ->
                Portfolio.builder()
                    .programme(programme)
                    .networks(networks)
                    .rounds(rounds)
                    .applications(applications)
                    .decisions(decisions)
                    .trials(trials)
                    .build());
  }

}
