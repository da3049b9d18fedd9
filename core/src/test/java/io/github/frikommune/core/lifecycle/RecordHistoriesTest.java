package io.github.frikommune.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.application.ApplicationId;
import io.github.frikommune.core.application.Consultation;
import io.github.frikommune.core.application.PoliticalApproval;
import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.law.Extension;
import io.github.frikommune.core.law.LegalAct;
import io.github.frikommune.core.law.LegalActKind;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.programme.ApplicationRound;
import io.github.frikommune.core.seed.SeedCase;
import io.github.frikommune.core.trial.Participation;
import io.github.frikommune.core.trial.ParticipationStatus;
import io.github.frikommune.core.trial.Trial;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RecordHistoriesTest {
  private static final String BY = "frikommunesekretariatet";
  private static final ApplicationRound ROUND_1 = SeedCase.rounds().get(0);
  private static final ApplicationRound ROUND_2 = SeedCase.rounds().get(1);
  private static final Decision MIKROLAAN_DECISION = SeedCase.round1Decisions().get(0);
  private static final Trial MIKROLAAN = SeedCase.round1Trials().get(0);

  @Test
  void seedApplications_deriveTheSameHistoriesAsWrittenByHand() {
    for (int i = 0; i < 7; i++) {
      Application a = SeedCase.round1Applications().get(i);
      AppendResult<ApplicationState, ApplicationEvent, ApplicationContext> derived =
          RecordHistories.application(a, ROUND_1, Optional.of(SeedCase.round1Decisions().get(i)), BY);
      assertThat(derived.refusals()).isEmpty();
      assertThat(derived.history().recorded()).isEqualTo(SeedHistories.applications().get(i).recorded());
    }
  }

  @Test
  void aalborgsRound2Application_describedApprovedSubmitted_undatedConsultationLeftOut() {
    Application a =
        Application.builder()
            .id(ApplicationId.of("NJ-2-A1"))
            .title("Fleksibilitet i forhold til rehabiliteringsteams")
            .round(SeedCase.ROUND_2)
            .leadApplicant(SeedCase.AALBORG)
            .describedOn(LocalDate.of(2017, 3, 20))
            .addConsultation(Consultation.builder().municipality(SeedCase.AALBORG).body("LBR").note("slutningen af marts").build())
            .addApproval(PoliticalApproval.of(SeedCase.AALBORG, "Beskæftigelsesudvalget", LocalDate.of(2017, 4, 25)))
            .submittedOn(LocalDate.of(2017, 5, 1))
            .build();
    History<ApplicationState, ApplicationEvent, ApplicationContext> h =
        RecordHistories.application(a, ROUND_2, Optional.empty(), BY).history();
    assertThat(h.effective()).extracting(r -> r.event().type().code() + " " + r.effectiveOn())
        .containsExactly("described 2017-03-20", "approved 2017-04-25", "submitted 2017-05-01");
    assertThat(h.stateOn(LocalDate.of(2017, 4, 1))).isEqualTo(ApplicationState.DESCRIBED);
    assertThat(h.state()).isEqualTo(ApplicationState.SUBMITTED);
  }

  @Test
  void datedConsultation_isPlacedBetweenDescriptionAndApproval() {
    Application a =
        Application.builder()
            .from(SeedCase.round1Applications().get(0))
            .describedOn(LocalDate.of(2016, 10, 1))
            .addConsultation(
                Consultation.builder()
                    .municipality(SeedCase.AALBORG)
                    .body("LBR")
                    .sentOn(LocalDate.of(2016, 10, 5))
                    .answeredOn(LocalDate.of(2016, 10, 20))
                    .build())
            .build();
    History<ApplicationState, ApplicationEvent, ApplicationContext> h =
        RecordHistories.application(a, ROUND_1, Optional.empty(), BY).history();
    assertThat(h.effective()).extracting(r -> r.event().type().code())
        .containsExactly("described", "consultation-sent", "consultation-answered", "approved", "submitted");
    assertThat(h.stateOn(LocalDate.of(2016, 10, 10))).isEqualTo(ApplicationState.IN_CONSULTATION);
  }

  @Test
  void submissionAfterTheDeadline_comesBackAsTheLifecyclesRefusal() {
    Application late = Application.builder().from(SeedCase.round1Applications().get(0)).submittedOn(LocalDate.of(2016, 12, 2)).build();
    AppendResult<ApplicationState, ApplicationEvent, ApplicationContext> result =
        RecordHistories.application(late, ROUND_1, Optional.empty(), BY);
    assertThat(result.isAccepted()).isFalse();
    assertThat(result.refusals()).extracting(Refusal::guard).containsExactly(Optional.of(ApplicationLifecycle.ON_OR_BEFORE_DEADLINE));
    assertThat(result.history().state()).isEqualTo(ApplicationState.APPROVED);
  }

  @Test
  void draftWithoutDates_hasAnEmptyHistory() {
    Application draft = Application.builder().id(ApplicationId.of("x")).title("Udkast").round(SeedCase.ROUND_2).build();
    AppendResult<ApplicationState, ApplicationEvent, ApplicationContext> result = RecordHistories.application(draft, ROUND_2, Optional.empty(), BY);
    assertThat(result.isAccepted()).isTrue();
    assertThat(result.history().recorded()).isEmpty();
  }

  @Test
  void decisionOnAnotherApplication_isRejected() {
    assertThatThrownBy(
            () -> RecordHistories.application(SeedCase.round1Applications().get(1), ROUND_1, Optional.of(MIKROLAAN_DECISION), BY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("decision application must be NJ-1-02, was NJ-1-01");
  }

  @Test
  void blankRecordedBy_isRejected() {
    assertThatThrownBy(() -> RecordHistories.trial(MIKROLAAN, SeedCase.programme(), " "))
        .hasMessage("recordedBy must not be blank, was ' '");
  }

  @Test
  void seedTrials_deriveTheSameHistoriesAsWrittenByHand() {
    for (int i = 0; i < 5; i++) {
      AppendResult<TrialState, TrialEvent, TrialContext> derived =
          RecordHistories.trial(SeedCase.round1Trials().get(i), SeedCase.programme(), BY);
      assertThat(derived.refusals()).isEmpty();
      assertThat(derived.history().recorded()).isEqualTo(SeedHistories.trials().get(i).recorded());
      assertThat(derived.history().stateOn(LocalDate.of(2017, 6, 30))).isEqualTo(TrialState.LEGAL_BASIS_ADOPTED);
      assertThat(derived.history().stateOn(LocalDate.of(2017, 7, 1))).isEqualTo(TrialState.RUNNING);
    }
  }

  @Test
  void extendedTrial_recordsTheExtensionWhenItsLawIsAdopted() {
    // Fictitious test data: no law has number 9999; the seeds give no number for the 2021 amendment.
    LegalAct amendment = LegalAct.of(LegalActKind.LAW, 9999, LocalDate.of(2021, 6, 1), "lov om ændring af lov om frikommunenetværk");
    Trial extended =
        Trial.builder().from(MIKROLAAN).addExtension(Extension.of(LocalDate.of(2021, 12, 31), LocalDate.of(2022, 12, 31), amendment)).build();
    History<TrialState, TrialEvent, TrialContext> h = RecordHistories.trial(extended, SeedCase.programme(), BY).history();
    assertThat(h.effective()).last().satisfies(r -> {
      assertThat(r.event().type()).isEqualTo(TrialEventType.EXTENDED);
      assertThat(r.effectiveOn()).isEqualTo(LocalDate.of(2021, 6, 1));
      assertThat(r.event().newEnd()).hasValue(LocalDate.of(2022, 12, 31));
    });
    assertThat(h.state()).isEqualTo(TrialState.RUNNING);
  }

  @Test
  void trialWithoutLegalBasis_isAwaitingIt() {
    Trial awaiting = Trial.builder().from(MIKROLAAN).legalBases(java.util.List.of()).build();
    assertThat(RecordHistories.trial(awaiting, SeedCase.programme(), BY).history().state()).isEqualTo(TrialState.AWAITING_LEGAL_BASIS);
  }

  @Test
  void mikrolaan_aalborgConfirmed_hjoerringMustApplySeparately() {
    assertThat(RecordHistories.participation(MIKROLAAN, MIKROLAAN_DECISION, SeedCase.AALBORG, BY).history().state())
        .isEqualTo(ParticipationStatus.CONFIRMED);
    assertThat(RecordHistories.participation(MIKROLAAN, MIKROLAAN_DECISION, SeedCase.HJOERRING, BY).history().state())
        .isEqualTo(ParticipationStatus.MUST_APPLY_SEPARATELY);
  }

  @ParameterizedTest
  @EnumSource(ParticipationStatus.class)
  void everyRecordedStatus_isReachedByTheDerivedHistory(ParticipationStatus status) {
    Municipality m = status == ParticipationStatus.CONFIRMED || status == ParticipationStatus.PENDING_CONFIRMATION
        || status == ParticipationStatus.WITHDRAWN ? SeedCase.AALBORG : SeedCase.HJOERRING;
    Trial t =
        Trial.builder()
            .from(MIKROLAAN)
            .participants(java.util.List.of(Participation.of(m, status, LocalDate.of(2017, 8, 1))))
            .build();
    AppendResult<ParticipationStatus, ParticipationEvent, ParticipationContext> result =
        RecordHistories.participation(t, MIKROLAAN_DECISION, m, BY);
    assertThat(result.refusals()).isEmpty();
    assertThat(result.history().state()).isEqualTo(status);
  }

  @Test
  void municipalityWithoutParticipation_hasAnEmptyHistory() {
    Trial t = Trial.builder().from(MIKROLAAN).participants(java.util.List.of()).build();
    assertThat(RecordHistories.participation(t, MIKROLAAN_DECISION, SeedCase.AALBORG, BY).history().recorded()).isEmpty();
  }

  @Test
  void unsubmittedApplication_withAnUndatedApproval_isApprovedOnTheLatestDatedApproval() {
    Application a =
        Application.builder()
            .id(ApplicationId.of("NJ-2-A2"))
            .title("Fritagelse for uddannelsespålæg")
            .round(SeedCase.ROUND_2)
            .leadApplicant(SeedCase.AALBORG)
            .addCoApplicant(SeedCase.HJOERRING)
            .describedOn(LocalDate.of(2017, 3, 20))
            .addApproval(PoliticalApproval.of(SeedCase.AALBORG, "Beskæftigelsesudvalget", LocalDate.of(2017, 4, 25)))
            .addApproval(PoliticalApproval.undated(SeedCase.HJOERRING))
            .build();

    History<ApplicationState, ApplicationEvent, ApplicationContext> h =
        RecordHistories.application(a, ROUND_2, Optional.empty(), BY).history();

    assertThat(h.effective()).extracting(r -> r.event().type().code() + " " + r.effectiveOn())
        .containsExactly("described 2017-03-20", "approved 2017-04-25");
    assertThat(h.state()).isEqualTo(ApplicationState.APPROVED);
  }
}
