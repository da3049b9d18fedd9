package io.github.frikommune.core.exemption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.frikommune.core.decision.ParticipantsRestricted;
import io.github.frikommune.core.decision.TargetGroupsExcluded;
import io.github.frikommune.core.decision.TargetGroupsKept;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.seed.SeedCase;
import io.github.frikommune.core.targetgroup.TargetGroup;
import io.github.frikommune.core.trial.ParticipationStatus;
import io.github.frikommune.core.trial.TrialId;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The exemption questions of DOMAIN.md, and the reasons the index gives. */
class ExemptionIndexTest {
  private static final ExemptionIndex INDEX = ExemptionIndex.of(SeedCase.portfolio());
  private static final TrialId MIKROLAAN = TrialId.of("NJ-1-01");
  private static final TrialId IVAERKSAETTERI = TrialId.of("NJ-1-03");
  private static final Provision LOANS = Provision.parse("aktivloven § 65");
  private static final LocalDate AUGUST_2017 = LocalDate.of(2017, 8, 1);

  @Test
  void aalborg_mikrolaan_jobReadyCashBenefitRecipient_1August2017_isYes_withTheGrant() {
    ExemptionAnswer answer = INDEX.answer(SeedCase.AALBORG, AUGUST_2017, LOANS, TargetGroup.JOB_READY_CASH_BENEFIT);

    assertThat(answer.isYes()).isTrue();
    assertThat(answer.reasons()).isEmpty();
    Grant grant = answer.grants().get(0);
    assertThat(answer.grants()).hasSize(1);
    assertThat(grant.trial()).isEqualTo(MIKROLAAN);
    assertThat(grant.title()).isEqualTo("Mikrolån");
    assertThat(grant.decision().application()).isEqualTo(SeedCase.MIKROLAAN);
    assertThat(grant.decision().decidedOn()).isEqualTo(SeedCase.DECIDED_ON);
    assertThat(grant.citations()).containsExactly("lov om frikommunenetværk § 9 (lov nr. 658 af 8. juni 2017)");
    assertThat(grant.conditions()).extracting(c -> c.getClass().getSimpleName())
        .containsExactly("ImmutableTargetGroupsKept", "ImmutableParticipantsRestricted");
    assertThat(grant.conditions().get(0)).isInstanceOf(TargetGroupsKept.class);
    assertThat(grant.conditions().get(1)).isInstanceOf(ParticipantsRestricted.class);
    assertThat(answer).hasToString("yes: NJ-1-01 (lov om frikommunenetværk § 9 (lov nr. 658 af 8. juni 2017))");
  }

  @Test
  void hjoerring_theSame_isNo_becauseItMustApplySeparately() {
    ExemptionAnswer answer = INDEX.answer(SeedCase.HJOERRING, AUGUST_2017, LOANS, TargetGroup.JOB_READY_CASH_BENEFIT);

    assertThat(answer.isYes()).isFalse();
    assertThat(answer.reasons()).containsExactly(
        MustApplySeparately.of(MIKROLAAN, SeedCase.HJOERRING, Optional.of(ParticipationStatus.MUST_APPLY_SEPARATELY)));
    assertThat(answer.reasons().get(0).message(Locale.ENGLISH))
        .isEqualTo("Hjørring must apply separately to join trial NJ-1-01 (status: must-apply-separately)");
    assertThat(answer.reasons().get(0).message(Locale.forLanguageTag("da-DK")))
        .isEqualTo("Hjørring skal ansøge særskilt om at deltage i forsøg NJ-1-01 (status: must-apply-separately)");
  }

  @Test
  void aalborg_30June2017_isNo_becauseTheTrialIsInForceFrom1July2017() {
    ExemptionAnswer answer =
        INDEX.answer(SeedCase.AALBORG, LocalDate.of(2017, 6, 30), LOANS, TargetGroup.JOB_READY_CASH_BENEFIT);

    assertThat(answer.reasons()).containsExactly(NotYetInForce.of(MIKROLAAN, LocalDate.of(2017, 7, 1)));
    assertThat(answer).hasToString("no: trial NJ-1-01 is not yet in force; it is in force from 2017-07-01");
    assertThat(INDEX.answer(SeedCase.AALBORG, SeedCase.IN_FORCE, LOANS, TargetGroup.JOB_READY_CASH_BENEFIT).isYes()).isTrue();
  }

  @Test
  void ivaerksaetteri_integrationCitizen_isNo_becauseTheGroupIsExcludedByTheDecision() {
    ExemptionAnswer answer =
        INDEX.answer(SeedCase.AALBORG, AUGUST_2017, Provision.parse("integrationsloven § 16"), TargetGroup.INTEGRATION_CITIZENS);

    assertThat(answer.isYes()).isFalse();
    assertThat(answer.reasonsOf(TargetGroupExcluded.class)).singleElement().satisfies(r -> {
      assertThat(r.trial()).isEqualTo(IVAERKSAETTERI);
      assertThat(r.group()).isEqualTo(TargetGroup.INTEGRATION_CITIZENS);
      assertThat(r.condition()).isInstanceOf(TargetGroupsExcluded.class);
    });
    // Every reason that applies: the network also still awaits the ministry's confirmation.
    assertThat(answer.reasons()).extracting(Reason::kind)
        .containsExactly(ReasonKind.NOT_CONFIRMED_PARTICIPANT, ReasonKind.TARGET_GROUP_EXCLUDED);
  }

  @Test
  void activityReadyCitizen_isExcludedFromMikrolaan_byTheConditionThatKeepsTheOthers() {
    ExemptionAnswer answer = INDEX.answer(SeedCase.AALBORG, AUGUST_2017, LOANS, TargetGroup.ACTIVITY_READY_YOUTH);

    assertThat(answer.reasonsOf(TargetGroupExcluded.class)).singleElement()
        .satisfies(r -> assertThat(r.condition()).isInstanceOf(TargetGroupsKept.class));
  }

  @Test
  void groupNeverRequested_isNotCovered() {
    ExemptionAnswer answer = INDEX.answer(SeedCase.AALBORG, AUGUST_2017, LOANS, TargetGroup.GRADUATES);

    assertThat(answer.reasons()).containsExactly(TargetGroupNotCovered.of(MIKROLAAN, TargetGroup.GRADUATES));
  }

  @Test
  void provisionContainment_anExemptionFromASectionCoversItsSubdivisions_notItsSiblings() {
    assertThat(INDEX.answer(SeedCase.AALBORG, AUGUST_2017, LOANS.withSubsection(2).withItem(1), TargetGroup.JOB_READY).isYes())
        .isTrue();
    assertThat(INDEX.answer(SeedCase.AALBORG, AUGUST_2017, Provision.parse("aktivloven § 66"), TargetGroup.JOB_READY).reasons())
        .containsExactly(NoTrialCovers.of(Provision.parse("aktivloven § 66")));
    assertThat(INDEX.answer(SeedCase.AALBORG, AUGUST_2017, Provision.wholeLaw("aktivloven"), TargetGroup.JOB_READY).reasons())
        .containsExactly(NoTrialCovers.of(Provision.wholeLaw("aktivloven")));
  }

  @Test
  void provisionOfALawNoTrialTouches_isNotCovered() {
    Provision p = Provision.parse("sygedagpengeloven § 80");

    assertThat(INDEX.answer(SeedCase.AALBORG, AUGUST_2017, p, TargetGroup.SICKNESS_BENEFIT_RECIPIENTS).reasons())
        .containsExactly(NoTrialCovers.of(p));
  }

  @Test
  void afterTheTrialsLastDay_isNo_expired() {
    ExemptionAnswer answer = INDEX.answer(SeedCase.AALBORG, LocalDate.of(2022, 1, 1), LOANS, TargetGroup.JOB_READY);

    assertThat(answer.reasons()).containsExactly(Expired.of(MIKROLAAN, LocalDate.of(2021, 12, 31)));
  }

  @Test
  void municipalityOutsideTheTrial_isNotAConfirmedParticipant() {
    Municipality vejle = Municipality.of(630);

    assertThat(INDEX.answer(vejle, AUGUST_2017, Provision.wholeLaw("LAB"), SeedCase.UNEMPLOYED).reasons())
        .extracting(Reason::kind)
        .containsOnly(ReasonKind.NOT_CONFIRMED_PARTICIPANT);
  }

  @Test
  void question_andItsParts_giveTheSameAnswer() {
    ExemptionQuestion q = ExemptionQuestion.of(SeedCase.AALBORG, AUGUST_2017, LOANS, TargetGroup.JOB_READY_CASH_BENEFIT);

    assertThat(INDEX.answer(q)).isEqualTo(INDEX.answer(SeedCase.AALBORG, AUGUST_2017, LOANS, TargetGroup.JOB_READY_CASH_BENEFIT));
  }

  @Test
  void yes_isAnAnswerBuiltInAdvance_sharedByEveryQuestionItAnswers() {
    ExemptionAnswer first = INDEX.answer(SeedCase.AALBORG, AUGUST_2017, LOANS, TargetGroup.JOB_READY_CASH_BENEFIT);
    ExemptionAnswer second = INDEX.answer(SeedCase.AALBORG, LocalDate.of(2020, 3, 2), LOANS.withSubsection(1), TargetGroup.EDUCATION_READY);

    assertThat(second).isSameAs(first);
  }

  @Test
  void aMissingPartOfTheQuestion_isAProgrammingError_namedInTheException() {
    assertThatNullPointerException()
        .isThrownBy(() -> INDEX.answer(null, AUGUST_2017, Provision.parse("sygedagpengeloven § 80"), TargetGroup.JOB_READY))
        .withMessage("municipality");
    assertThatNullPointerException()
        .isThrownBy(() -> INDEX.answer(SeedCase.AALBORG, null, LOANS, TargetGroup.JOB_READY))
        .withMessage("date");
    assertThatNullPointerException()
        .isThrownBy(() -> INDEX.answer(SeedCase.AALBORG, AUGUST_2017, LOANS, null))
        .withMessage("group");
  }

  @Test
  void index_holdsTheGrantedTrials_withTheirScopes() {
    assertThat(INDEX.trials()).extracting(TrialId::value)
        .containsExactly("NJ-1-01", "NJ-1-03", "NJ-1-04", "NJ-1-05", "NJ-1-06");
    assertThat(INDEX.scopeOf(MIKROLAAN)).isEqualTo(ExemptionScope.of(SeedCase.portfolio(), SeedCase.MIKROLAAN));
    assertThat(INDEX.scopeOf(TrialId.of("NJ-9-99"))).isEmpty();
  }
}
