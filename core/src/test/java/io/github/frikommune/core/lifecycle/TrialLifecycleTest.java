package io.github.frikommune.core.lifecycle;

import static io.github.frikommune.core.lifecycle.Fixtures.AMENDMENT_2021;
import static io.github.frikommune.core.lifecycle.Fixtures.BEK_529;
import static io.github.frikommune.core.lifecycle.Fixtures.TRIAL;
import static io.github.frikommune.core.lifecycle.Fixtures.day;
import static io.github.frikommune.core.lifecycle.TrialState.AWAITING_LEGAL_BASIS;
import static io.github.frikommune.core.lifecycle.TrialState.CONCLUDED;
import static io.github.frikommune.core.lifecycle.TrialState.ENDED;
import static io.github.frikommune.core.lifecycle.TrialState.EVALUATED;
import static io.github.frikommune.core.lifecycle.TrialState.LEGAL_BASIS_ADOPTED;
import static io.github.frikommune.core.lifecycle.TrialState.LEGAL_BASIS_IN_FORCE;
import static io.github.frikommune.core.lifecycle.TrialState.RUNNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.collect.ImmutableMap;
import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.law.LegalAct;
import io.github.frikommune.core.law.LegalActKind;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.programme.ParticipationModel;
import io.github.frikommune.core.programme.Programme;
import io.github.frikommune.core.programme.ProgrammeId;
import io.github.frikommune.core.application.ApplicationId;
import io.github.frikommune.core.trial.LegalBasis;
import io.github.frikommune.core.trial.Trial;
import io.github.frikommune.core.trial.TrialId;
import io.github.frikommune.core.trial.TrialOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TrialLifecycleTest {
  private static final TransitionTable<TrialState, TrialEvent, TrialContext> TABLE = TrialLifecycle.table();
  private static final TrialEvent EXTENDED_TO_2022 = TrialEvent.extended(day("2022-12-31"), AMENDMENT_2021);

  static Stream<Arguments> everyTransition() {
    return Stream.of(
        arguments(AWAITING_LEGAL_BASIS, TrialEvent.of(TrialEventType.LEGAL_BASIS_ADOPTED), "2017-06-08",
            LEGAL_BASIS_ADOPTED, List.of(FollowUp.STATUTE_DUE)),
        arguments(AWAITING_LEGAL_BASIS, TrialEvent.of(TrialEventType.LEGAL_BASIS_IN_FORCE), "2017-07-01",
            LEGAL_BASIS_IN_FORCE, List.of(FollowUp.STATUTE_DUE)),
        arguments(LEGAL_BASIS_ADOPTED, TrialEvent.of(TrialEventType.LEGAL_BASIS_IN_FORCE), "2017-07-01",
            LEGAL_BASIS_IN_FORCE, List.of()),
        arguments(LEGAL_BASIS_IN_FORCE, TrialEvent.of(TrialEventType.STARTED), "2017-07-01", RUNNING, List.of()),
        arguments(RUNNING, EXTENDED_TO_2022, "2021-07-01", RUNNING, List.of()),
        arguments(RUNNING, TrialEvent.of(TrialEventType.ENDED), "2021-12-31", ENDED,
            List.of(FollowUp.EVALUATION_REPORT_DUE)),
        arguments(ENDED, TrialEvent.of(TrialEventType.EVALUATED), "2020-12-31", EVALUATED, List.of()),
        arguments(EVALUATED, TrialEvent.concluded(TrialOutcome.SPREAD), "2022-06-01", CONCLUDED, List.of()),
        arguments(RUNNING, TrialEvent.concluded(TrialOutcome.STOPPED), "2018-01-01", CONCLUDED,
            List.of(FollowUp.EVALUATION_REPORT_DUE)),
        arguments(AWAITING_LEGAL_BASIS, TrialEvent.concluded(TrialOutcome.NEVER_STARTED), "2017-05-01",
            CONCLUDED, List.of()),
        arguments(LEGAL_BASIS_ADOPTED, TrialEvent.concluded(TrialOutcome.NEVER_STARTED), "2017-06-20",
            CONCLUDED, List.of()),
        arguments(LEGAL_BASIS_IN_FORCE, TrialEvent.concluded(TrialOutcome.NEVER_STARTED), "2017-08-01",
            CONCLUDED, List.of()));
  }

  @ParameterizedTest(name = "{0} --{1}@{2}--> {3}")
  @MethodSource("everyTransition")
  void transition_isAccepted_withItsTargetAndFollowUps(
      TrialState from, TrialEvent event, String on, TrialState to, List<FollowUp> followUps) {
    Transition<TrialState> t = TABLE.permit(from, event, day(on), TRIAL);

    assertThat(t.isAccepted()).isTrue();
    assertThat(t.state()).isEqualTo(to);
    assertThat(t.followUps()).containsExactlyElementsOf(followUps);
  }

  @Test
  void examples_coverEveryTransitionOfTheTable() {
    Set<String> examples =
        everyTransition()
            .map(a -> a.get()[0] + " " + ((TrialEvent) a.get()[1]).type())
            .collect(Collectors.toSet());
    Set<String> rules =
        TABLE.rules().stream().map(r -> r.from() + " " + r.eventType()).collect(Collectors.toSet());
    assertThat(examples).isEqualTo(rules);
  }

  static Stream<Arguments> everyGuardRefusal() {
    TrialContext noBasis = TrialContext.builder().programmeEnd(Fixtures.PROGRAMME_END).build();
    return Stream.of(
        arguments(AWAITING_LEGAL_BASIS, TrialEvent.of(TrialEventType.LEGAL_BASIS_IN_FORCE), "2017-07-01", noBasis,
            TrialLifecycle.LEGAL_BASIS_IN_FORCE_GUARD,
            ImmutableMap.of("on", "2017-07-01", "legalBasisInForceFrom", "unknown")),
        arguments(LEGAL_BASIS_ADOPTED, TrialEvent.of(TrialEventType.LEGAL_BASIS_IN_FORCE), "2017-06-30", TRIAL,
            TrialLifecycle.LEGAL_BASIS_IN_FORCE_GUARD,
            ImmutableMap.of("on", "2017-06-30", "legalBasisInForceFrom", "2017-07-01")),
        arguments(LEGAL_BASIS_IN_FORCE, TrialEvent.of(TrialEventType.STARTED), "2017-06-30", TRIAL,
            TrialLifecycle.LEGAL_BASIS_IN_FORCE_GUARD,
            ImmutableMap.of("on", "2017-06-30", "legalBasisInForceFrom", "2017-07-01")),
        arguments(LEGAL_BASIS_IN_FORCE, TrialEvent.of(TrialEventType.STARTED), "2022-01-01", TRIAL,
            TrialLifecycle.WITHIN_PROGRAMME,
            ImmutableMap.of("on", "2022-01-01", "programmeEnd", "2021-12-31")),
        arguments(RUNNING, TrialEvent.extended(day("2021-06-30"), AMENDMENT_2021), "2021-07-01", TRIAL,
            TrialLifecycle.MOVES_END_FORWARD,
            ImmutableMap.of("newEnd", "2021-06-30", "endAsExtended", "2021-12-31")),
        arguments(RUNNING, TrialEvent.extended(day("2022-12-31"), BEK_529), "2021-07-01", TRIAL,
            TrialLifecycle.EXTENDED_BY_LAW,
            ImmutableMap.of("on", "2021-07-01", "extendingAct", "BEK nr. 529 af 23. maj 2018")),
        arguments(RUNNING, EXTENDED_TO_2022, "2021-05-31", TRIAL,
            TrialLifecycle.EXTENDED_BY_LAW,
            ImmutableMap.of("on", "2021-05-31", "extendingAct", "lov nr. 9999 af 1. juni 2021")),
        arguments(EVALUATED, TrialEvent.concluded(TrialOutcome.STOPPED), "2022-06-01", TRIAL,
            TrialLifecycle.JUDGED_OUTCOME, ImmutableMap.of("outcome", "stopped")),
        arguments(RUNNING, TrialEvent.concluded(TrialOutcome.SPREAD), "2019-06-01", TRIAL,
            TrialLifecycle.STOPPED_OUTCOME, ImmutableMap.of("outcome", "spread")),
        arguments(AWAITING_LEGAL_BASIS, TrialEvent.concluded(TrialOutcome.NOT_SPREAD), "2017-05-01", TRIAL,
            TrialLifecycle.NEVER_STARTED_OUTCOME, ImmutableMap.of("outcome", "not-spread")));
  }

  @ParameterizedTest(name = "{0} --{1}@{2}: {4}")
  @MethodSource("everyGuardRefusal")
  void guardFailure_isRefusal_namingGuardAndValues(
      TrialState from, TrialEvent event, String on, TrialContext context, String guard,
      ImmutableMap<String, String> values) {
    Transition<TrialState> t = TABLE.permit(from, event, day(on), context);

    assertThat(t.isRejected()).isTrue();
    assertThat(t.state()).isEqualTo(from);
    assertThat(t.refusals()).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(RefusalKind.GUARD_FAILED);
      assertThat(r.guard()).hasValue(guard);
      assertThat(r.values()).isEqualTo(values);
      assertThat(List.copyOf(r.values().keySet())).isEqualTo(List.copyOf(values.keySet()));
    });
  }

  @Test
  void extensionByExecutiveOrderToAnEarlierEnd_failsBothGuards() {
    Transition<TrialState> t =
        TABLE.permit(RUNNING, TrialEvent.extended(day("2021-01-01"), BEK_529), day("2021-07-01"), TRIAL);

    assertThat(t.refusals())
        .extracting(Refusal::message)
        .containsExactly(
            "guard 'moves-end-forward' failed (the new end lies after the trial's end as extended so"
                + " far): newEnd=2021-01-01, endAsExtended=2021-12-31",
            "guard 'extended-by-law' failed (made by a law adopted on or before this day):"
                + " on=2021-07-01, extendingAct=BEK nr. 529 af 23. maj 2018");
  }

  @Test
  void startBeforeLegalBasis_isNotAllowedInState() {
    assertThat(TABLE.permit(AWAITING_LEGAL_BASIS, TrialEvent.of(TrialEventType.STARTED), day("2017-07-01"), TRIAL)
            .refusals())
        .extracting(Refusal::message)
        .containsExactly("event 'started' is not allowed in state 'awaiting-legal-basis'");
  }

  @Test
  void concluded_acceptsNothing() {
    assertThat(TABLE.terminalStates()).containsExactly(CONCLUDED);
    assertThat(TABLE.permittedEvents(CONCLUDED, day("2023-01-01"), TRIAL)).isEmpty();
  }

  @Test
  void whatCanHappen_whileRunning_namesTheGuardsJudgedOnFiring() {
    EventOption extension =
        TABLE.options(RUNNING, day("2021-07-01"), TRIAL).stream()
            .filter(o -> o.eventType() == TrialEventType.EXTENDED)
            .findFirst()
            .orElseThrow();

    assertThat(extension.isPermitted()).isTrue();
    assertThat(extension.guardsJudgedOnFiring())
        .containsExactly(TrialLifecycle.MOVES_END_FORWARD, TrialLifecycle.EXTENDED_BY_LAW);
    assertThat(TABLE.permittedEvents(LEGAL_BASIS_IN_FORCE, day("2017-06-30"), TRIAL))
        .containsExactly(TrialEventType.CONCLUDED);
    assertThat(TABLE.permittedEvents(LEGAL_BASIS_IN_FORCE, day("2017-07-01"), TRIAL))
        .containsExactly(TrialEventType.STARTED, TrialEventType.CONCLUDED);
  }

  @Test
  void event_carriesDataExactlyForItsType() {
    assertThatThrownBy(() -> TrialEvent.of(TrialEventType.EXTENDED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trial event newEnd must be given exactly for type extended, was empty for type extended");
    assertThatThrownBy(() -> TrialEvent.builder().type(TrialEventType.STARTED).outcome(TrialOutcome.SPREAD).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trial event outcome must be given exactly for type concluded, was spread for type started");
    assertThatThrownBy(() -> TrialEvent.builder().type(TrialEventType.EXTENDED).newEnd(day("2022-12-31")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trial event extendingAct must be given exactly for type extended, was empty for type extended");
    assertThat(EXTENDED_TO_2022.newEnd()).hasValue(day("2022-12-31"));
    assertThat(EXTENDED_TO_2022.extendingAct()).hasValue(AMENDMENT_2021);
  }

  @Test
  void context_fromTrialAndProgramme_takesInForceDayAndEnds() {
    LegalAct law = Fixtures.LAW_658;
    Trial mikrolaan =
        Trial.builder()
            .id(TrialId.of("NJ-1-01"))
            .application(ApplicationId.of("NJ-1-01"))
            .title("Mikrolån")
            .addLegalBasis(
                LegalBasis.builder()
                    .act(law)
                    .addProvision(Provision.parse("lov om frikommunenetværk § 9"))
                    .inForceFrom(Fixtures.IN_FORCE)
                    .build())
            .period(Period.of(Fixtures.IN_FORCE, LocalDate.of(2021, 12, 31)))
            .build();
    Programme fk2 =
        Programme.builder()
            .id(ProgrammeId.of("FK2"))
            .name("Frikommuneforsøg II")
            .period(Period.parse("2016-01-01..2021-12-31"))
            .participationModel(ParticipationModel.NETWORKS)
            .build();

    TrialContext context = TrialContext.from(mikrolaan, fk2);

    assertThat(context.legalBasisInForceFrom()).hasValue(Fixtures.IN_FORCE);
    assertThat(context.programmeEnd()).isEqualTo(day("2021-12-31"));
    assertThat(context.plannedEnd()).isEqualTo(day("2021-12-31"));
    assertThat(LegalActKind.LAW).isEqualTo(law.kind());
  }

  @Test
  void eventWithAPaddedNote_isRejected() {
    assertThatThrownBy(() -> TrialEvent.builder().type(TrialEventType.STARTED).note("igangsat ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trial event note must not start or end with white space, was 'igangsat '");
  }
}
