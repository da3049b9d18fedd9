package io.github.frikommune.core.lifecycle;

import static io.github.frikommune.core.lifecycle.ApplicationState.APPROVED;
import static io.github.frikommune.core.lifecycle.ApplicationState.CONSULTED;
import static io.github.frikommune.core.lifecycle.ApplicationState.DESCRIBED;
import static io.github.frikommune.core.lifecycle.ApplicationState.DRAFT;
import static io.github.frikommune.core.lifecycle.ApplicationState.GRANTED;
import static io.github.frikommune.core.lifecycle.ApplicationState.IN_CONSULTATION;
import static io.github.frikommune.core.lifecycle.ApplicationState.PARTIALLY_GRANTED;
import static io.github.frikommune.core.lifecycle.ApplicationState.REJECTED;
import static io.github.frikommune.core.lifecycle.ApplicationState.SUBMITTED;
import static io.github.frikommune.core.lifecycle.ApplicationState.WITHDRAWN;
import static io.github.frikommune.core.lifecycle.Fixtures.APPLICATION;
import static io.github.frikommune.core.lifecycle.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.collect.ImmutableMap;
import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.application.ApplicationId;
import io.github.frikommune.core.application.PoliticalApproval;
import io.github.frikommune.core.programme.ApplicationRound;
import io.github.frikommune.core.programme.ProgrammeId;
import io.github.frikommune.core.programme.RoundId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ApplicationLifecycleTest {
  private static final TransitionTable<ApplicationState, ApplicationEvent, ApplicationContext> TABLE =
      ApplicationLifecycle.table();

  static Stream<Arguments> everyTransition() {
    List<FollowUp> decided =
        List.of(
            FollowUp.LEGAL_BASIS_AWAITED,
            FollowUp.PARTICIPATION_CONFIRMATION_AWAITED,
            FollowUp.EVALUATION_DESIGN_DUE);
    return Stream.of(
        arguments(DRAFT, ApplicationEventType.DESCRIBED, "2016-11-01", DESCRIBED, List.of()),
        arguments(
            DESCRIBED,
            ApplicationEventType.CONSULTATION_SENT,
            "2016-11-02",
            IN_CONSULTATION,
            List.of(FollowUp.CONSULTATION_ANSWER_AWAITED)),
        arguments(IN_CONSULTATION, ApplicationEventType.CONSULTATION_ANSWERED, "2016-11-15", CONSULTED, List.of()),
        arguments(DESCRIBED, ApplicationEventType.APPROVED, "2016-11-25", APPROVED, List.of(FollowUp.SUBMISSION_DUE)),
        arguments(CONSULTED, ApplicationEventType.APPROVED, "2016-11-25", APPROVED, List.of(FollowUp.SUBMISSION_DUE)),
        arguments(APPROVED, ApplicationEventType.SUBMITTED, "2016-12-01", SUBMITTED, List.of(FollowUp.DECISION_AWAITED)),
        arguments(SUBMITTED, ApplicationEventType.GRANTED, "2017-02-01", GRANTED, decided),
        arguments(
            SUBMITTED,
            ApplicationEventType.PARTIALLY_GRANTED,
            "2017-02-01",
            PARTIALLY_GRANTED,
            List.of(
                FollowUp.LEGAL_BASIS_AWAITED,
                FollowUp.PARTICIPATION_CONFIRMATION_AWAITED,
                FollowUp.EVALUATION_DESIGN_DUE,
                FollowUp.CONDITIONS_TO_FOLLOW)),
        arguments(SUBMITTED, ApplicationEventType.REJECTED, "2017-02-01", REJECTED, List.of()),
        arguments(DRAFT, ApplicationEventType.WITHDRAWN, "2016-11-01", WITHDRAWN, List.of()),
        arguments(DESCRIBED, ApplicationEventType.WITHDRAWN, "2016-11-01", WITHDRAWN, List.of()),
        arguments(IN_CONSULTATION, ApplicationEventType.WITHDRAWN, "2016-11-01", WITHDRAWN, List.of()),
        arguments(CONSULTED, ApplicationEventType.WITHDRAWN, "2016-11-01", WITHDRAWN, List.of()),
        arguments(APPROVED, ApplicationEventType.WITHDRAWN, "2016-11-01", WITHDRAWN, List.of()),
        arguments(SUBMITTED, ApplicationEventType.WITHDRAWN, "2017-01-15", WITHDRAWN, List.of()));
  }

  @ParameterizedTest(name = "{0} --{1}@{2}--> {3}")
  @MethodSource("everyTransition")
  void transition_isAccepted_withItsTargetAndFollowUps(
      ApplicationState from, ApplicationEventType type, String on, ApplicationState to, List<FollowUp> followUps) {
    Transition<ApplicationState> t = TABLE.permit(from, ApplicationEvent.of(type), day(on), APPLICATION);

    assertThat(t.isAccepted()).isTrue();
    assertThat(t.state()).isEqualTo(to);
    assertThat(t.followUps()).containsExactlyElementsOf(followUps);
    assertThat(t.refusals()).isEmpty();
  }

  @Test
  void examples_coverEveryTransitionOfTheTable() {
    Set<String> examples =
        everyTransition().map(a -> a.get()[0] + " " + a.get()[1]).collect(Collectors.toSet());
    Set<String> rules =
        TABLE.rules().stream().map(r -> r.from() + " " + r.eventType()).collect(Collectors.toSet());
    assertThat(examples).isEqualTo(rules);
  }

  @Test
  void approvedBeforeEveryParticipantApproved_isRefusedByGuard() {
    Transition<ApplicationState> t =
        TABLE.permit(DESCRIBED, ApplicationEvent.of(ApplicationEventType.APPROVED), day("2016-11-24"), APPLICATION);

    assertThat(t.isRejected()).isTrue();
    assertThat(t.state()).isEqualTo(DESCRIBED);
    assertThat(t.refusals())
        .containsExactly(
            Refusal.builder()
                .kind(RefusalKind.GUARD_FAILED)
                .guard(ApplicationLifecycle.ALL_PARTICIPANTS_APPROVED)
                .values(ImmutableMap.of("on", "2016-11-24", "notApproved", "[Hjørring]"))
                .message(
                    "guard 'all-participants-approved' failed (every participating municipality has"
                        + " approved the application politically on or before this day):"
                        + " on=2016-11-24, notApproved=[Hjørring]")
                .build());
  }

  @Test
  void submittedAfterDeadline_isRefusedByGuard() {
    Transition<ApplicationState> t =
        TABLE.permit(APPROVED, ApplicationEvent.of(ApplicationEventType.SUBMITTED), day("2016-12-02"), APPLICATION);

    assertThat(t.isRejected()).isTrue();
    assertThat(t.refusals()).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(RefusalKind.GUARD_FAILED);
      assertThat(r.guard()).hasValue(ApplicationLifecycle.ON_OR_BEFORE_DEADLINE);
      assertThat(r.values()).containsExactly(
          java.util.Map.entry("submittedOn", "2016-12-02"), java.util.Map.entry("deadline", "2016-12-01"));
      assertThat(r.message())
          .isEqualTo(
              "guard 'on-or-before-deadline' failed (submitted on or before the round's deadline):"
                  + " submittedOn=2016-12-02, deadline=2016-12-01");
    });
  }

  @Test
  void submittedBeforeApproval_isNotAllowedInState() {
    Transition<ApplicationState> t =
        TABLE.permit(DESCRIBED, ApplicationEvent.of(ApplicationEventType.SUBMITTED), day("2016-11-30"), APPLICATION);

    assertThat(t.refusals())
        .containsExactly(
            Refusal.builder()
                .kind(RefusalKind.NOT_ALLOWED_IN_STATE)
                .values(ImmutableMap.of("state", "described", "event", "submitted"))
                .message("event 'submitted' is not allowed in state 'described'")
                .build());
  }

  @Test
  void decisionBeforeSubmission_isNotAllowedInState() {
    Transition<ApplicationState> t =
        TABLE.permit(APPROVED, ApplicationEvent.of(ApplicationEventType.GRANTED), day("2017-02-01"), APPLICATION);

    assertThat(t.refusals()).extracting(Refusal::message)
        .containsExactly("event 'granted' is not allowed in state 'approved'");
  }

  @ParameterizedTest
  @EnumSource(value = ApplicationState.class, names = {"GRANTED", "PARTIALLY_GRANTED", "REJECTED", "WITHDRAWN"})
  void decidedOrWithdrawn_acceptsNothing_notEvenAWithdrawal(ApplicationState state) {
    assertThat(TABLE.isTerminal(state)).isTrue();
    assertThat(TABLE.permittedEvents(state, day("2017-03-01"), APPLICATION)).isEmpty();
    assertThat(TABLE.permit(state, ApplicationEvent.of(ApplicationEventType.WITHDRAWN), day("2017-03-01"), APPLICATION)
            .refusals())
        .extracting(Refusal::kind)
        .containsExactly(RefusalKind.NOT_ALLOWED_IN_STATE);
  }

  @Test
  void whatCanHappen_afterTheDeadline_explainsTheRefusedSubmission() {
    ImmutableMap<String, EventOption> options =
        TABLE.options(APPROVED, day("2016-12-02"), APPLICATION).stream()
            .collect(ImmutableMap.toImmutableMap(o -> o.eventType().code(), o -> o));

    assertThat(options.keySet())
        .containsExactly(
            "described", "consultation-sent", "consultation-answered", "approved", "submitted",
            "granted", "partially-granted", "rejected", "withdrawn");
    assertThat(options.get("withdrawn").isPermitted()).isTrue();
    assertThat(options.get("submitted").refusals())
        .extracting(Refusal::guard)
        .containsExactly(java.util.Optional.of(ApplicationLifecycle.ON_OR_BEFORE_DEADLINE));
    assertThat(TABLE.permittedEvents(APPROVED, day("2016-12-02"), APPLICATION))
        .containsExactly(ApplicationEventType.WITHDRAWN);
    assertThat(TABLE.permittedEvents(APPROVED, day("2016-12-01"), APPLICATION))
        .containsExactly(ApplicationEventType.SUBMITTED, ApplicationEventType.WITHDRAWN);
  }

  @Test
  void context_fromApplicationAndRound_carriesDeadlineParticipantsAndApprovals() {
    RoundId round1 = RoundId.of(ProgrammeId.of("FK2"), 1);
    Application application =
        Application.builder()
            .id(ApplicationId.of("NJ-1-01"))
            .title("Mikrolån")
            .round(round1)
            .leadApplicant(Fixtures.AALBORG)
            .addCoApplicant(Fixtures.HJOERRING)
            .addApproval(PoliticalApproval.undated(Fixtures.AALBORG))
            .build();
    ApplicationContext context = ApplicationContext.from(application, ApplicationRound.of(ProgrammeId.of("FK2"), 1, day("2016-12-01")));

    assertThat(context.roundDeadline()).isEqualTo(day("2016-12-01"));
    assertThat(context.participants()).containsExactly(Fixtures.AALBORG, Fixtures.HJOERRING);
    // An undated approval counts as given in time; Hjørring has none.
    assertThat(context.notApprovedBy(day("2016-11-01"))).containsExactly(Fixtures.HJOERRING);
  }

  @ParameterizedTest
  @CsvSource({
    "2016-11-19, false", // neither had approved
    "2016-11-20, false", // Aalborg approved that day, Hjørring not yet
    "2016-11-25, true", // Hjørring approved that day
    "2016-12-01, true"
  })
  void allApprovedBy_holdsExactlyWhenNoParticipantIsMissingAnApproval(String on, boolean all) {
    assertThat(APPLICATION.allApprovedBy(day(on))).isEqualTo(all);
    assertThat(APPLICATION.notApprovedBy(day(on)).isEmpty()).isEqualTo(all);
  }

  @Test
  void allApprovedBy_countsAnUndatedApprovalAsInTime_andNeedsOneFromEveryParticipant() {
    ApplicationContext aalborgUndated =
        ApplicationContext.builder()
            .roundDeadline(day("2016-12-01"))
            .addParticipants(Fixtures.AALBORG, Fixtures.HJOERRING)
            .addApprovals(PoliticalApproval.undated(Fixtures.AALBORG))
            .build();

    assertThat(aalborgUndated.allApprovedBy(day("2016-01-01"))).isFalse();
    assertThat(
            ApplicationContext.builder()
                .from(aalborgUndated)
                .addApprovals(PoliticalApproval.undated(Fixtures.HJOERRING))
                .build()
                .allApprovedBy(day("2016-01-01")))
        .isTrue();
  }

  @Test
  void eventNote_mustNotBeBlank() {
    assertThatThrownBy(() -> ApplicationEvent.of(ApplicationEventType.REJECTED, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("application event note must not be blank, was ' '");
    assertThat(ApplicationEvent.of(ApplicationEventType.REJECTED, "afventer evaluering").note())
        .hasValue("afventer evaluering");
  }

  @Test
  void eventTypeCodes_areStableAndLowerCase() {
    assertThat(Stream.of(ApplicationEventType.values()).map(ApplicationEventType::code))
        .containsExactly(
            "described", "consultation-sent", "consultation-answered", "approved", "submitted",
            "granted", "partially-granted", "rejected", "withdrawn");
    assertThat(Stream.of(ApplicationState.values()).map(ApplicationState::code))
        .containsExactly(
            "draft", "described", "in-consultation", "consulted", "approved", "submitted", "granted",
            "partially-granted", "rejected", "withdrawn");
  }
}
