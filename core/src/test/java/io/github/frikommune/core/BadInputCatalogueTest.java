package io.github.frikommune.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.frikommune.core.application.PoliticalApproval;
import io.github.frikommune.core.lifecycle.AppendResult;
import io.github.frikommune.core.lifecycle.ApplicationContext;
import io.github.frikommune.core.lifecycle.ApplicationEvent;
import io.github.frikommune.core.lifecycle.ApplicationEventType;
import io.github.frikommune.core.lifecycle.ApplicationLifecycle;
import io.github.frikommune.core.lifecycle.ApplicationState;
import io.github.frikommune.core.lifecycle.EventId;
import io.github.frikommune.core.lifecycle.History;
import io.github.frikommune.core.lifecycle.RecordedEvent;
import io.github.frikommune.core.lifecycle.ConditionContext;
import io.github.frikommune.core.lifecycle.ConditionEvent;
import io.github.frikommune.core.lifecycle.ConditionEventType;
import io.github.frikommune.core.lifecycle.ConditionLifecycle;
import io.github.frikommune.core.lifecycle.LifecycleEvent;
import io.github.frikommune.core.lifecycle.ParticipationContext;
import io.github.frikommune.core.lifecycle.ParticipationEvent;
import io.github.frikommune.core.lifecycle.ParticipationEventType;
import io.github.frikommune.core.lifecycle.ParticipationLifecycle;
import io.github.frikommune.core.lifecycle.Refusal;
import io.github.frikommune.core.lifecycle.RefusalKind;
import io.github.frikommune.core.lifecycle.TrialContext;
import io.github.frikommune.core.lifecycle.TrialEvent;
import io.github.frikommune.core.lifecycle.TrialEventType;
import io.github.frikommune.core.lifecycle.TrialLifecycle;
import io.github.frikommune.core.lifecycle.TrialState;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.application.ApplicationId;
import io.github.frikommune.core.application.Consultation;
import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.decision.ConditionStatus;
import io.github.frikommune.core.decision.FreeTextCondition;
import io.github.frikommune.core.decision.TargetGroupsKept;
import io.github.frikommune.core.law.Extension;
import io.github.frikommune.core.law.LegalAct;
import io.github.frikommune.core.law.LegalActKind;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.municipality.MunicipalityCode;
import io.github.frikommune.core.municipality.Region;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.programme.ApplicationRound;
import io.github.frikommune.core.programme.Network;
import io.github.frikommune.core.programme.Programme;
import io.github.frikommune.core.programme.ProgrammeId;
import io.github.frikommune.core.programme.RoundId;
import io.github.frikommune.core.seed.SeedCase;
import io.github.frikommune.core.targetgroup.TargetGroup;
import io.github.frikommune.core.trial.EvaluationDesign;
import io.github.frikommune.core.trial.Participation;
import io.github.frikommune.core.trial.ParticipationStatus;
import io.github.frikommune.core.trial.Trial;
import io.github.frikommune.core.trial.TrialOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every core row of {@code docs/bad-input.md}: the row's input, run here, gives exactly
 * the exception and message the row promises, or for an event sequence exactly the one refusal. Rows whose id starts with {@code json.} belong to
 * the json module's catalogue test.
 */
class BadInputCatalogueTest {
  private static final Pattern ROW =
      Pattern.compile(
          "^\\| `([a-z0-9.-]+)` \\| `(.+)` \\| `([A-Za-z]+|refused: [a-z-]+)` \\| `(.*)` \\|$");
  private static final LocalDate JULY_1 = LocalDate.of(2017, 7, 1);
  /** A stand-in for the 2021 amendment of the frikommunenetværk law, adopted 1 August 2021. */
  private static final LegalAct AMENDMENT_2021 =
      LegalAct.of(LegalActKind.LAW, 1, LocalDate.of(2021, 8, 1), "lov om ændring af lov om frikommunenetværk");

  /** The bad inputs, by row id: what the row's second column says, as code. */
  private static final Map<String, Case> CASES = new LinkedHashMap<>();

  static {
    // Citations
    add("citation.no-space-after-section-sign", "Provision.parse(\"aktivloven §65\")", () -> Provision.parse("aktivloven §65"));
    add("citation.section-zero", "Provision.parse(\"aktivloven § 0\")", () -> Provision.parse("aktivloven § 0"));
    add("citation.missing-comma", "Provision.parse(\"aktivloven § 65 stk. 1\")", () -> Provision.parse("aktivloven § 65 stk. 1"));
    add("citation.parts-out-of-order", "Provision.parse(\"aktivloven § 65, nr. 2, stk. 1\")", () -> Provision.parse("aktivloven § 65, nr. 2, stk. 1"));
    add("citation.capital-letter", "Provision.parse(\"aktivloven § 65, litra A\")", () -> Provision.parse("aktivloven § 65, litra A"));
    add("citation.no-law", "Provision.parse(\"§ 65\")", () -> Provision.parse("§ 65"));
    add("citation.empty", "Provision.parse(\"\")", () -> Provision.parse(""));
    add("citation.number-too-large", "Provision.parse(\"aktivloven § 65, stk. 99999999999\")", () -> Provision.parse("aktivloven § 65, stk. 99999999999"));
    add("citation.law-padded", "Provision.wholeLaw(\" aktivloven\")", () -> Provision.wholeLaw(" aktivloven"));
    add("citation.law-with-section-sign", "Provision.wholeLaw(\"LAB §\")", () -> Provision.wholeLaw("LAB §"));
    add("citation.section-with-capital", "Provision.section(\"LAB\", \"116 A\")", () -> Provision.section("LAB", "116 A"));
    add("citation.subsection-on-whole-law", "Provision.wholeLaw(\"LAB\").withSubsection(2)", () -> Provision.wholeLaw("LAB").withSubsection(2));
    add("citation.item-on-chapter", "Provision.chapter(\"LAB\", \"7\").withItem(1)", () -> Provision.chapter("LAB", "7").withItem(1));
    add("citation.subsection-zero", "Provision.section(\"LAB\", \"116\").withSubsection(0)", () -> Provision.section("LAB", "116").withSubsection(0));
    add("citation.two-letters", "Provision.section(\"LAB\", \"116\").withLetter(\"ab\")", () -> Provision.section("LAB", "116").withLetter("ab"));
    // Municipality names and codes
    add("name.misspelt", "Municipality.parse(\"Alborg\")", () -> Municipality.parse("Alborg"));
    add("name.transliterated", "Municipality.parse(\"Laesoe\")", () -> Municipality.parse("Laesoe"));
    add("name.unknown", "Municipality.parse(\"Springfield\")", () -> Municipality.parse("Springfield"));
    add("name.empty", "Municipality.parse(\"\")", () -> Municipality.parse(""));
    add("code.unknown", "Municipality.of(999)", () -> Municipality.of(999));
    add("code.not-three-digits", "MunicipalityCode.parse(\"0851\")", () -> MunicipalityCode.parse("0851"));
    add("code.region-unknown", "Region.of(1086)", () -> Region.of(1086));
    add("code.unknown-stable-code", "Coded.fromCode(Region.class, \"fyn\")", () -> Coded.fromCode(Region.class, "fyn"));
    add("code.target-group-upper-case", "TargetGroup.of(\"Ledige\", \"ledige\")", () -> TargetGroup.of("Ledige", "ledige"));
    // Identifiers
    add("id.empty", "ApplicationId.of(\"\")", () -> ApplicationId.of(""));
    add("id.space", "ApplicationId.of(\"NJ 1 01\")", () -> ApplicationId.of("NJ 1 01"));
    add("id.too-long", "ProgrammeId.of(\"F\".repeat(65))", () -> ProgrammeId.of("F".repeat(65)));
    add("id.round-without-number", "RoundId.parse(\"FK2\")", () -> RoundId.parse("FK2"));
    add("id.round-zero", "RoundId.of(ProgrammeId.of(\"FK2\"), 0)", () -> RoundId.of(ProgrammeId.of("FK2"), 0));
    // Periods and dates
    add("period.end-before-start", "Period.of(2017-07-01, 2017-06-30)", () -> Period.of(JULY_1, JULY_1.minusDays(1)));
    add("period.wrong-separator", "Period.parse(\"2017-07-01/2021-12-31\")", () -> Period.parse("2017-07-01/2021-12-31"));
    add("period.no-such-month", "Period.parse(\"2017-13-01..2017-12-01\")", () -> Period.parse("2017-13-01..2017-12-01"));
    add("period.extension-not-later", "Extension.of(2017-07-01, 2017-07-01, FRIKOMMUNE_LAW)", () -> Extension.of(JULY_1, JULY_1, SeedCase.FRIKOMMUNE_LAW));
    // Values with broken invariants
    add("value.round-number-zero", "ApplicationRound.of(ProgrammeId.of(\"FK2\"), 0, 2017-07-01)", () -> ApplicationRound.of(ProgrammeId.of("FK2"), 0, JULY_1));
    add("value.missing-required-fields", "Programme.builder().name(\"Frikommuneforsøg II\")", () -> Programme.builder().name("Frikommuneforsøg II").build());
    add("value.title-padded", "seed Mikrolån + title(\"Mikrolån \")", () -> Application.builder().from(seedApplication()).title("Mikrolån ").build());
    add("value.description-blank", "seed Mikrolån + description(\" \")", () -> Application.builder().from(seedApplication()).description(" ").build());
    add("value.expected-effect-blank", "seed Mikrolån + addExpectedEffects(\"\")", () -> Application.builder().from(seedApplication()).addExpectedEffects("").build());
    add("value.consultation-remarks-padded", "Consultation.builder().municipality(AALBORG).body(\"LBR\").remarks(\" Ingen bemærkninger\")", () -> consultation().remarks(" Ingen bemærkninger").build());
    add("value.consultation-note-padded", "Consultation.builder().municipality(AALBORG).body(\"LBR\").note(\"Sendt pr. mail \")", () -> consultation().note("Sendt pr. mail ").build());
    add("value.network-theme-padded", "seed network + theme(\" Beskæftigelse\")", () -> Network.builder().from(SeedCase.network()).theme(" Beskæftigelse").build());
    add("value.network-without-members", "seed network + members(List.of())", () -> Network.builder().from(SeedCase.network()).members(List.of()).build());
    add("value.legal-act-number-zero", "lov nr. 658 + number(0)", () -> LegalAct.builder().from(SeedCase.FRIKOMMUNE_LAW).number(0).build());
    add("value.legal-act-full-title-padded", "lov nr. 658 + fullTitle(\"Lov om frikommunenetværk \")", () -> LegalAct.builder().from(SeedCase.FRIKOMMUNE_LAW).fullTitle("Lov om frikommunenetværk ").build());
    add("value.evaluator-padded", "EvaluationDesign.builder().evaluator(\" KORA\")", () -> EvaluationDesign.builder().evaluator(" KORA").build());
    add("value.target-group-registration-padded", "EvaluationDesign.builder().targetGroupRegistration(\"I fagsystemet \")", () -> EvaluationDesign.builder().targetGroupRegistration("I fagsystemet ").build());
    add("value.condition-met-without-date", "TargetGroupsKept.builder().addGroups(TargetGroup.JOB_READY).status(ConditionStatus.MET)", () -> TargetGroupsKept.builder().addGroups(TargetGroup.JOB_READY).status(ConditionStatus.MET).build());
    add("value.free-text-condition-without-text", "FreeTextCondition.builder()", () -> FreeTextCondition.builder().build());
    add("value.condition-set-empty", "TargetGroupsKept.of(List.of())", () -> TargetGroupsKept.of(List.of()));
    add("value.trial-participant-twice", "seed Mikrolån trial + addParticipants(Participation.of(AALBORG, ParticipationStatus.CONFIRMED))", () -> Trial.builder().from(seedTrial()).addParticipants(Participation.of(SeedCase.AALBORG, ParticipationStatus.CONFIRMED)).build());
    add("value.portfolio-duplicate-application", "seed portfolio + addApplication(seed Mikrolån)", () -> Portfolio.builder().from(SeedCase.portfolio()).addApplication(SeedCase.round1Applications().get(0)).build());
  }

  static {
    // Event sequences: a lifecycle refuses an event that is not allowed; nothing is thrown.
    refused("events.submitted-before-approval", "described 15 Nov 2016; submitted 16 Nov",
        () -> described().append(event("e2", ApplicationEventType.SUBMITTED, "2016-11-16", "2016-11-16T12:00:00Z")));
    refused("events.approved-before-every-participant", "described 15 Nov 2016; approved 24 Nov, Hjørring approves 25 Nov",
        () -> described().append(event("e2", ApplicationEventType.APPROVED, "2016-11-24", "2016-11-24T12:00:00Z")));
    refused("events.submitted-after-deadline", "described, approved 25 Nov 2016; submitted 2 Dec, deadline 1 Dec",
        () -> approved().append(event("e3", ApplicationEventType.SUBMITTED, "2016-12-02", "2016-12-02T12:00:00Z")));
    refused("events.decided-before-submission", "described, approved 25 Nov 2016; granted 1 Feb 2017",
        () -> approved().append(event("e3", ApplicationEventType.GRANTED, "2017-02-01", "2017-02-01T12:00:00Z")));
    refused("events.effective-date-backwards", "described 15 Nov 2016; approved with effect 10 Nov",
        () -> described().append(event("e2", ApplicationEventType.APPROVED, "2016-11-10", "2016-11-25T12:00:00Z")));
    refused("events.recorded-at-not-increasing", "described 15 Nov 2016 at noon; approved, recorded at the same instant",
        () -> described().append(event("e2", ApplicationEventType.APPROVED, "2016-11-25", "2016-11-15T12:00:00Z")));
    refused("events.duplicate-event-id", "described as e1; approved as e1 again",
        () -> described().append(event("e1", ApplicationEventType.APPROVED, "2016-11-25", "2016-11-25T12:00:00Z")));
    refused("events.supersedes-unknown-event", "described as e1; a correction of e9",
        () -> described().append(RecordedEvent.<ApplicationEvent>builder().from(event("e2", ApplicationEventType.DESCRIBED, "2016-11-15", "2016-11-16T12:00:00Z")).supersedes(Optional.of(EventId.of("e9"))).build()));
    refused("events.supersedes-superseded-event", "described as e1; e2 corrects e1; e3 corrects e1 again",
        () -> described()
            .append(correction("e2", "e1", "2016-11-16T12:00:00Z")).history()
            .append(correction("e3", "e1", "2016-11-17T12:00:00Z")));
    refused("events.consultation-answered-before-sent", "described 15 Nov 2016; consultation answered 20 Nov, never sent",
        () -> described().append(event("e2", ApplicationEventType.CONSULTATION_ANSWERED, "2016-11-20", "2016-11-20T12:00:00Z")));
    refused("events.withdrawn-after-decision", "described, approved 25 Nov 2016, submitted 1 Dec, granted 1 Feb 2017; withdrawn 1 Mar",
        () -> approved()
            .append(event("e3", ApplicationEventType.SUBMITTED, "2016-12-01", "2016-12-01T12:00:00Z")).history()
            .append(event("e4", ApplicationEventType.GRANTED, "2017-02-01", "2017-02-01T12:00:00Z")).history()
            .append(event("e5", ApplicationEventType.WITHDRAWN, "2017-03-01", "2017-03-01T12:00:00Z")));
  }

  static {
    // Trials: legal basis in force from 1 July 2017, programme and trial ending 31 December 2021.
    refused("events.trial-in-force-before-its-day", "trial: legal basis adopted 8 Jun 2017; in force 20 Jun, in force from 1 Jul",
        () -> trial()
            .append(at("t1", TrialEvent.of(TrialEventType.LEGAL_BASIS_ADOPTED), "2017-06-08", "2017-06-08T12:00:00Z")).history()
            .append(at("t2", TrialEvent.of(TrialEventType.LEGAL_BASIS_IN_FORCE), "2017-06-20", "2017-06-20T12:00:00Z")));
    refused("events.trial-started-before-in-force", "trial: legal basis adopted 8 Jun 2017; started 20 Jun",
        () -> trial()
            .append(at("t1", TrialEvent.of(TrialEventType.LEGAL_BASIS_ADOPTED), "2017-06-08", "2017-06-08T12:00:00Z")).history()
            .append(at("t2", TrialEvent.of(TrialEventType.STARTED), "2017-06-20", "2017-06-20T12:00:00Z")));
    refused("events.trial-started-after-programme-end", "trial: legal basis in force 1 Jul 2017; started 2 Jan 2022, programme ends 31 Dec 2021",
        () -> trialInForce().append(at("t2", TrialEvent.of(TrialEventType.STARTED), "2022-01-02", "2022-01-02T12:00:00Z")));
    refused("events.trial-extended-backwards", "trial running from 1 Jul 2017; extended 1 Jul 2021 to 30 Jun 2021 by lov nr. 658, planned end 31 Dec 2021",
        () -> trialRunning().append(at("t3", TrialEvent.extended(LocalDate.of(2021, 6, 30), SeedCase.FRIKOMMUNE_LAW), "2021-07-01", "2021-07-01T12:00:00Z")));
    refused("events.trial-extended-by-later-law", "trial running from 1 Jul 2017; extended 1 Jul 2021 to 31 Dec 2022 by a law adopted 1 Aug 2021",
        () -> trialRunning().append(at("t3", TrialEvent.extended(LocalDate.of(2022, 12, 31), AMENDMENT_2021), "2021-07-01", "2021-07-01T12:00:00Z")));
    refused("events.trial-concluded-spread-while-running", "trial running from 1 Jul 2017; concluded as spread 1 Jan 2020",
        () -> trialRunning().append(at("t3", TrialEvent.concluded(TrialOutcome.SPREAD), "2020-01-01", "2020-01-01T12:00:00Z")));
    refused("events.trial-concluded-stopped-after-evaluation", "trial running from 1 Jul 2017, ended 31 Dec 2021, evaluated 30 Jun 2022; concluded as stopped 1 Sep 2022",
        () -> trialRunning()
            .append(at("t3", TrialEvent.of(TrialEventType.ENDED), "2021-12-31", "2021-12-31T12:00:00Z")).history()
            .append(at("t4", TrialEvent.of(TrialEventType.EVALUATED), "2022-06-30", "2022-06-30T12:00:00Z")).history()
            .append(at("t5", TrialEvent.concluded(TrialOutcome.STOPPED), "2022-09-01", "2022-09-01T12:00:00Z")));
    refused("events.trial-concluded-spread-before-start", "trial awaiting its legal basis; concluded as spread 1 May 2017",
        () -> trial().append(at("t1", TrialEvent.concluded(TrialOutcome.SPREAD), "2017-05-01", "2017-05-01T12:00:00Z")));
    refused("events.trial-evaluated-before-ended", "trial running from 1 Jul 2017; evaluated 31 Dec 2020",
        () -> trialRunning().append(at("t3", TrialEvent.of(TrialEventType.EVALUATED), "2020-12-31", "2020-12-31T12:00:00Z")));
    // Participations in Mikrolån: only Aalborg takes part, the others must apply separately.
    refused("events.participation-confirmed-when-restricted", "Hjørring in Mikrolån, restricted to Aalborg; confirmed 1 Feb 2017",
        () -> participation(true).append(at("p1", ParticipationEvent.of(ParticipationEventType.CONFIRMED), "2017-02-01", "2017-02-01T12:00:00Z")));
    refused("events.participation-restricted-when-not", "Aalborg in Mikrolån; restricted 1 Feb 2017",
        () -> participation(false).append(at("p1", ParticipationEvent.of(ParticipationEventType.RESTRICTED), "2017-02-01", "2017-02-01T12:00:00Z")));
    refused("events.participation-join-granted-without-request", "Hjørring in Mikrolån: restricted 1 Feb 2017; join granted 1 Mar, never requested",
        () -> participation(true)
            .append(at("p1", ParticipationEvent.of(ParticipationEventType.RESTRICTED), "2017-02-01", "2017-02-01T12:00:00Z")).history()
            .append(at("p2", ParticipationEvent.of(ParticipationEventType.JOIN_GRANTED), "2017-03-01", "2017-03-01T12:00:00Z")));
    refused("events.participation-activated-before-in-force", "Aalborg in Mikrolån: confirmed 1 Feb 2017; activated 30 Jun, in force from 1 Jul",
        () -> participation(false)
            .append(at("p1", ParticipationEvent.of(ParticipationEventType.CONFIRMED), "2017-02-01", "2017-02-01T12:00:00Z")).history()
            .append(at("p2", ParticipationEvent.of(ParticipationEventType.ACTIVATED), "2017-06-30", "2017-06-30T12:00:00Z")));
    // Conditions set by the decision of 1 February 2017.
    refused("events.condition-met-before-decision", "condition set 1 Feb 2017; met 31 Jan",
        () -> condition().append(at("c1", ConditionEvent.of(ConditionEventType.MET), "2017-01-31", "2017-01-31T12:00:00Z")));
    refused("events.condition-waived-after-met", "condition set 1 Feb 2017: met 1 Mar; waived 1 Apr",
        () -> condition()
            .append(at("c1", ConditionEvent.of(ConditionEventType.MET), "2017-03-01", "2017-03-01T12:00:00Z")).history()
            .append(at("c2", ConditionEvent.of(ConditionEventType.WAIVED), "2017-04-01", "2017-04-01T12:00:00Z")));
  }

  static Stream<CatalogueRow> rows() throws IOException {
    return coreRows().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void eachRow_givesTheExceptionAndMessageItDocuments(CatalogueRow row) {
    assertThat(CASES).as("a case for row %s in this test", row.id).containsKey(row.id);
    assertThat(row.input).as("row %s's input", row.id).isEqualTo(CASES.get(row.id).input);
    if (row.exception.startsWith("refused: ")) {
      AppendResult<?, ?, ?> result = CASES.get(row.id).refused.get();
      assertThat(result.refusals()).as("row %s", row.id).hasSize(1);
      Refusal refusal = result.refusals().get(0);
      assertThat("refused: " + refusal.kind().code()).as("row %s", row.id).isEqualTo(row.exception);
      assertThat(refusal.message()).as("row %s", row.id).isEqualTo(row.message);
      return;
    }
    Throwable thrown = catchThrowable(CASES.get(row.id).code);
    assertThat(thrown).as("row %s must fail", row.id).isNotNull();
    assertThat(thrown.getClass().getSimpleName()).as("row %s", row.id).isEqualTo(row.exception);
    assertThat(thrown.getMessage()).as("row %s", row.id).isEqualTo(row.message);
  }

  @Test
  void everyCase_hasARowInTheCatalogue() throws IOException {
    List<String> documented = coreRows().stream().map(r -> r.id).collect(Collectors.toList());
    List<String> missing =
        CASES.keySet().stream().filter(id -> !documented.contains(id)).collect(Collectors.toList());
    assertThat(missing)
        .as("rows to add to docs/bad-input.md:%n%s", missing.stream().map(BadInputCatalogueTest::rowFor).collect(Collectors.joining("\n")))
        .isEmpty();
  }

  @Test
  void eventSequences_showEveryKindOfRefusal_andEveryGuardOfTheFourLifecycles() throws IOException {
    List<String> messages =
        coreRows().stream().filter(r -> r.exception.startsWith("refused: ")).map(r -> r.exception + " " + r.message).collect(Collectors.toList());
    List<String> missing = new java.util.ArrayList<>();
    for (RefusalKind kind : RefusalKind.values()) {
      if (messages.stream().noneMatch(m -> m.startsWith("refused: " + kind.code() + " "))) {
        missing.add("refusal " + kind.code());
      }
    }
    Stream.of(ApplicationLifecycle.table().rules(), TrialLifecycle.table().rules(),
            ParticipationLifecycle.table().rules(), ConditionLifecycle.table().rules())
        .flatMap(List::stream)
        .flatMap(rule -> rule.guards().stream())
        .map(guard -> guard.name())
        .distinct()
        .filter(name -> messages.stream().noneMatch(m -> m.startsWith("refused: guard-failed guard '" + name + "' failed")))
        .forEach(name -> missing.add("guard " + name));
    assertThat(missing).as("refusals and guards without an event-sequence row").isEmpty();
  }

  private static String rowFor(String id) {
    if (CASES.get(id).refused != null) {
      Refusal r = CASES.get(id).refused.get().refusals().get(0);
      return "| `" + id + "` | `" + CASES.get(id).input + "` | `refused: " + r.kind().code() + "` | `" + r.message() + "` |";
    }
    Throwable t = catchThrowable(CASES.get(id).code);
    return "| `" + id + "` | `" + CASES.get(id).input + "` | `" + (t == null ? "none" : t.getClass().getSimpleName()) + "` | `"
        + (t == null ? "" : t.getMessage()) + "` |";
  }

  private static List<CatalogueRow> coreRows() throws IOException {
    return readCatalogue().stream().filter(r -> !r.id.startsWith("json.")).collect(Collectors.toList());
  }

  static List<CatalogueRow> readCatalogue() throws IOException {
    Path dir = Path.of("").toAbsolutePath();
    while (!Files.exists(dir.resolve("docs/bad-input.md"))) {
      dir = dir.getParent();
    }
    return Files.readAllLines(dir.resolve("docs/bad-input.md"), StandardCharsets.UTF_8).stream()
        .map(ROW::matcher)
        .filter(Matcher::matches)
        .map(m -> new CatalogueRow(m.group(1), m.group(2), m.group(3), m.group(4).replace("\\|", "|")))
        .collect(Collectors.toList());
  }

  private static void add(String id, String input, ThrowingCallable code) {
    CASES.put(id, new Case(input, code, null));
  }

  private static void refused(String id, String input, Supplier<AppendResult<?, ?, ?>> append) {
    CASES.put(id, new Case(input, null, append));
  }

  /** Aalborg and Hjørring apply in round 1 (deadline 1 Dec 2016), approving on 20 and 25 Nov. */
  private static History<ApplicationState, ApplicationEvent, ApplicationContext> described() {
    ApplicationContext context =
        ApplicationContext.builder()
            .roundDeadline(LocalDate.of(2016, 12, 1))
            .participants(ImmutableSet.of(SeedCase.AALBORG, SeedCase.HJOERRING))
            .approvals(
                ImmutableList.of(
                    PoliticalApproval.of(SeedCase.AALBORG, "Beskæftigelsesudvalget", LocalDate.of(2016, 11, 20)),
                    PoliticalApproval.of(SeedCase.HJOERRING, "Arbejdsmarkedsudvalget", LocalDate.of(2016, 11, 25))))
            .build();
    return ApplicationLifecycle.history(context)
        .append(event("e1", ApplicationEventType.DESCRIBED, "2016-11-15", "2016-11-15T12:00:00Z"))
        .history();
  }

  private static History<ApplicationState, ApplicationEvent, ApplicationContext> approved() {
    return described()
        .append(event("e2", ApplicationEventType.APPROVED, "2016-11-25", "2016-11-25T12:00:00Z"))
        .history();
  }

  private static RecordedEvent<ApplicationEvent> correction(String id, String supersedes, String recordedAt) {
    return RecordedEvent.<ApplicationEvent>builder()
        .from(event(id, ApplicationEventType.DESCRIBED, "2016-11-15", recordedAt))
        .supersedes(Optional.of(EventId.of(supersedes)))
        .build();
  }

  private static History<TrialState, TrialEvent, TrialContext> trial() {
    return TrialLifecycle.history(
        TrialContext.builder().legalBasisInForceFrom(SeedCase.IN_FORCE).programmeEnd(LocalDate.of(2021, 12, 31)).build());
  }

  private static History<TrialState, TrialEvent, TrialContext> trialInForce() {
    return trial()
        .append(at("t1", TrialEvent.of(TrialEventType.LEGAL_BASIS_IN_FORCE), "2017-07-01", "2017-07-01T12:00:00Z"))
        .history();
  }

  private static History<TrialState, TrialEvent, TrialContext> trialRunning() {
    return trialInForce()
        .append(at("t2", TrialEvent.of(TrialEventType.STARTED), "2017-07-01", "2017-07-01T13:00:00Z"))
        .history();
  }

  private static History<ParticipationStatus, ParticipationEvent, ParticipationContext> participation(boolean mustApplySeparately) {
    return ParticipationLifecycle.history(
        ParticipationContext.builder().mustApplySeparately(mustApplySeparately).trialInForceFrom(SeedCase.IN_FORCE).build());
  }

  private static History<ConditionStatus, ConditionEvent, ConditionContext> condition() {
    return ConditionLifecycle.history(ConditionContext.of(SeedCase.DECIDED_ON));
  }

  private static <E extends LifecycleEvent> RecordedEvent<E> at(String id, E event, String effectiveOn, String recordedAt) {
    return RecordedEvent.of(EventId.of(id), event, LocalDate.parse(effectiveOn), Instant.parse(recordedAt), "sagsbehandler");
  }

  private static RecordedEvent<ApplicationEvent> event(
      String id, ApplicationEventType type, String effectiveOn, String recordedAt) {
    return RecordedEvent.of(
        EventId.of(id), ApplicationEvent.of(type), LocalDate.parse(effectiveOn), Instant.parse(recordedAt), "sagsbehandler");
  }

  private static Application seedApplication() {
    return SeedCase.round1Applications().get(0);
  }

  private static Trial seedTrial() {
    return SeedCase.round1Trials().get(0);
  }

  private static io.github.frikommune.core.application.ImmutableConsultation.Builder consultation() {
    return Consultation.builder().municipality(SeedCase.AALBORG).body("LBR");
  }

  /** A bad input: how the catalogue shows it, and the code that gives it. */
  private static final class Case {
    final String input;
    final ThrowingCallable code;
    final Supplier<AppendResult<?, ?, ?>> refused;

    Case(String input, ThrowingCallable code, Supplier<AppendResult<?, ?, ?>> refused) {
      this.input = input;
      this.code = code;
      this.refused = refused;
    }
  }

  /** One row of the catalogue: id, input as shown, exception's simple name, exact message. */
  static final class CatalogueRow {
    final String id;
    final String input;
    final String exception;
    final String message;

    CatalogueRow(String id, String input, String exception, String message) {
      this.id = id;
      this.input = input;
      this.exception = exception;
      this.message = message;
    }

    @Override
    public String toString() {
      return id;
    }
  }
}
