package io.github.frikommune.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.application.ApplicationId;
import io.github.frikommune.core.application.Consultation;
import io.github.frikommune.core.application.PoliticalApproval;
import io.github.frikommune.core.application.RequestedExemption;
import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.decision.Condition;
import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.exemption.ExemptionAnswer;
import io.github.frikommune.core.exemption.ExemptionIndex;
import io.github.frikommune.core.exemption.ExemptionQuestion;
import io.github.frikommune.core.exemption.ExemptionScope;
import io.github.frikommune.core.exemption.Grant;
import io.github.frikommune.core.exemption.GrantedExemption;
import io.github.frikommune.core.exemption.Reason;
import io.github.frikommune.core.law.Extension;
import io.github.frikommune.core.law.LegalAct;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.lifecycle.ApplicationEvent;
import io.github.frikommune.core.lifecycle.ConditionEvent;
import io.github.frikommune.core.lifecycle.LifecycleEvent;
import io.github.frikommune.core.lifecycle.ParticipationEvent;
import io.github.frikommune.core.lifecycle.RecordedEvent;
import io.github.frikommune.core.lifecycle.TrialEvent;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.programme.ApplicationRound;
import io.github.frikommune.core.programme.Network;
import io.github.frikommune.core.programme.Programme;
import io.github.frikommune.core.targetgroup.TargetGroup;
import io.github.frikommune.core.trial.EvaluationDesign;
import io.github.frikommune.core.trial.LegalBasis;
import io.github.frikommune.core.trial.MeasurementPoint;
import io.github.frikommune.core.trial.Participation;
import io.github.frikommune.core.trial.Trial;
import io.github.frikommune.testkit.Frikommune;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * For every type of the format: decode(encode(x)) == x, encoding is deterministic, and valid
 * against the schema. The values come from the testkit; a few have their texts, ids and target
 * groups replaced by what the testkit's seed-like values leave out.
 */
class RoundTripProperties {

  /** A value of the format with its type. */
  record Sample(Class<?> type, Object value) {}

  @Property(tries = 1_000)
  void everyType_decodesToTheValueItEncoded(@ForAll("anyValue") Sample sample) {
    String json = FrikommuneJson.write(sample.value());

    assertThat(FrikommuneJson.read(json, sample.type())).isEqualTo(sample.value());
  }

  @Property(tries = 300)
  void encoding_isDeterministic(@ForAll("anyValue") Sample sample) {
    String json = FrikommuneJson.write(sample.value());

    assertThat(FrikommuneJson.write(sample.value())).isEqualTo(json);
    assertThat(FrikommuneJson.write(FrikommuneJson.read(json, sample.type()))).isEqualTo(json);
  }

  @Property(tries = 100)
  void generatedPortfolio_isValidAgainstTheSchema(@ForAll Portfolio portfolio) {
    assertThat(SchemaTest.errors(SchemaTest.documentSchema(), FrikommuneJson.write(portfolio))).isEmpty();
  }

  @Property(tries = 300)
  void everyGeneratedType_isValidAgainstItsDefinition(@ForAll("anyValue") Sample sample) {
    String name = sample.type().getSimpleName();

    assertThat(SchemaTest.errors(SchemaTest.typeSchema(name), FrikommuneJson.write(sample.value()))).isEmpty();
  }

  @Provide
  Arbitrary<Sample> anyValue() {
    Arbitrary<Sample> asGenerated =
        Arbitraries.oneOf(
            List.of(
                sample(Municipality.class, Frikommune.municipalities()),
                sample(Provision.class, Frikommune.provisions()),
                sample(Period.class, Frikommune.periods()),
                sample(TargetGroup.class, Frikommune.targetGroups()),
                sample(LegalAct.class, Frikommune.legalActs()),
                sample(Extension.class, Frikommune.extensions()),
                sample(Programme.class, Frikommune.programmes()),
                sample(Network.class, Frikommune.networks()),
                sample(ApplicationRound.class, Frikommune.applicationRounds()),
                sample(RequestedExemption.class, Frikommune.requestedExemptions()),
                sample(Consultation.class, Frikommune.consultations()),
                sample(PoliticalApproval.class, Frikommune.politicalApprovals()),
                sample(Application.class, Frikommune.applications()),
                sample(Condition.class, Frikommune.conditions()),
                sample(Decision.class, Frikommune.decisions()),
                sample(LegalBasis.class, Frikommune.legalBases()),
                sample(Participation.class, Frikommune.participations()),
                sample(MeasurementPoint.class, Frikommune.measurementPoints()),
                sample(EvaluationDesign.class, Frikommune.evaluationDesigns()),
                sample(Trial.class, Frikommune.trials()),
                sample(Portfolio.class, Frikommune.portfolios().ofMaxApplications(3)),
                sample(ApplicationEvent.class, Frikommune.applicationEvents()),
                sample(TrialEvent.class, Frikommune.trialEvents()),
                sample(ParticipationEvent.class, Frikommune.participationEvents()),
                sample(ConditionEvent.class, Frikommune.conditionEvents()),
                sample(LifecycleEvent.class, anyEvent()),
                sample(RecordedEvent.class, Frikommune.recordedEvents(anyEvent())),
                sample(ExemptionScope.class, scopes()),
                sample(GrantedExemption.class, scopes().filter(s -> !s.exemptions().isEmpty()).map(s -> s.exemptions().get(0))),
                sample(ExemptionQuestion.class, Frikommune.exemptionQuestions()),
                sample(ExemptionAnswer.class, Frikommune.exemptionAnswers()),
                sample(Grant.class, Frikommune.exemptionAnswers().filter(ExemptionAnswer::isYes).map(a -> a.grants().get(0))),
                sample(Reason.class, Frikommune.exemptionAnswers().filter(a -> !a.isYes()).flatMap(a -> Arbitraries.of(a.reasons())))));
    return Arbitraries.frequencyOf(Tuple.of(4, asGenerated), Tuple.of(1, withAwkwardParts()));
  }

  /** The exemption scope of one of a generated portfolio's trials. */
  private static Arbitrary<ExemptionScope> scopes() {
    return Frikommune.portfolios()
        .ofMaxApplications(3)
        .map(ExemptionIndex::of)
        .filter(index -> !index.trials().isEmpty())
        .flatMap(index -> Arbitraries.of(index.trials()).map(trial -> index.scopeOf(trial).orElseThrow()));
  }

  private static Arbitrary<LifecycleEvent> anyEvent() {
    return Arbitraries.oneOf(
        List.of(
            Frikommune.applicationEvents(),
            Frikommune.trialEvents(),
            Frikommune.participationEvents(),
            Frikommune.conditionEvents()));
  }

  private static <T> Arbitrary<Sample> sample(Class<T> type, Arbitrary<? extends T> values) {
    return values.map(v -> new Sample(type, v));
  }

  /**
   * Testkit values with what the format must carry but the testkit's texts do not have: the
   * characters JSON must escape, Danish letters, one outside the basic plane, ids with '.' and
   * '_', target groups of one's own with a broader group, and the optional texts the testkit
   * leaves empty (an application's description, an act's full title, a consultation's note).
   */
  private static Arbitrary<Sample> withAwkwardParts() {
    return Arbitraries.oneOf(
        List.of(
            sample(
                Application.class,
                Combinators.combine(
                        Frikommune.applications(), awkwardIds(), awkwardTexts(), awkwardTexts(), ownTargetGroups(), Frikommune.provisions())
                    .as(
                        (a, id, title, description, group, provision) ->
                            Application.builder()
                                .from(a)
                                .id(ApplicationId.of(id))
                                .title(title)
                                .description(description)
                                .addExpectedEffects(title)
                                .addExemptions(
                                    RequestedExemption.builder()
                                        .addProvisions(provision)
                                        .addTargetGroups(group)
                                        .rationale(description)
                                        .build())
                                .build())),
            sample(TargetGroup.class, ownTargetGroups()),
            sample(
                LegalAct.class,
                Combinators.combine(Frikommune.legalActs(), awkwardTexts(), awkwardTexts())
                    .as((act, shortTitle, fullTitle) -> LegalAct.builder().from(act).shortTitle(shortTitle).fullTitle(fullTitle).build())),
            sample(
                Consultation.class,
                Combinators.combine(Frikommune.consultations(), awkwardTexts(), awkwardTexts())
                    .as((c, body, note) -> Consultation.builder().from(c).body(body).note(note).build())),
            sample(
                Decision.class,
                Combinators.combine(Frikommune.decisions(), awkwardTexts(), awkwardTexts())
                    .as((d, by, reason) -> Decision.builder().from(d).decidedBy(by).addReasons(reason).build()))));
  }

  private static Arbitrary<String> awkwardTexts() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withChars("ÆØÅæøå §.,-\"\\/\n\t€😀")
        .ofMinLength(1)
        .ofMaxLength(40)
        .filter(s -> !s.isBlank() && s.strip().equals(s));
  }

  private static Arbitrary<String> awkwardIds() {
    return Arbitraries.strings()
        .withCharRange('A', 'Z')
        .numeric()
        .withChars("-._")
        .ofMinLength(1)
        .ofMaxLength(12)
        .filter(s -> Character.isLetterOrDigit(s.charAt(0)));
  }

  private static Arbitrary<TargetGroup> ownTargetGroups() {
    return Combinators.combine(
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10),
            awkwardTexts(),
            Frikommune.targetGroups().optional())
        .as((code, label, broader) -> broader.map(b -> TargetGroup.of(code, label, b)).orElse(TargetGroup.of(code, label)));
  }
}
