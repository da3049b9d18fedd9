package io.github.frikommune.core.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.frikommune.core.application.ApplicationId;
import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.law.Extension;
import io.github.frikommune.core.law.LegalAct;
import io.github.frikommune.core.law.LegalActKind;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.municipality.Municipality;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TrialTest {
  private static final LegalAct LAW_658 =
      LegalAct.of(LegalActKind.LAW, 658, LocalDate.of(2017, 6, 8), "lov om frikommunenetværk");
  /** Fictitious test data: no law has number 9999; the seeds give no number for the 2021 amendment. */
  private static final LegalAct AMENDMENT_2021 =
      LegalAct.of(LegalActKind.LAW, 9999, LocalDate.of(2021, 6, 1), "lov om ændring af lov om frikommunenetværk");
  private static final Municipality AALBORG = Municipality.of(851);

  private static LegalBasis section9() {
    return LegalBasis.builder()
        .act(LAW_658)
        .addProvision(Provision.parse("lov om frikommunenetværk § 9"))
        .inForceFrom(LocalDate.of(2017, 7, 1))
        .build();
  }

  private static ImmutableTrial.Builder mikrolaan() {
    return Trial.builder()
        .id(TrialId.of("NJ-1-01"))
        .application(ApplicationId.of("NJ-1-01"))
        .title("Mikrolån")
        .addLegalBasis(section9())
        .period(Period.parse("2017-07-01..2021-12-31"));
  }

  @Test
  void extension_movesTheEnd_bothEndsStayOnRecord() {
    Trial t =
        mikrolaan()
            .addExtension(Extension.of(LocalDate.of(2021, 12, 31), LocalDate.of(2022, 12, 31), AMENDMENT_2021))
            .build();
    assertThat(t.period()).hasValue(Period.parse("2017-07-01..2021-12-31"));
    assertThat(t.periodAsExtended()).hasValue(Period.parse("2017-07-01..2022-12-31"));
    assertThat(mikrolaan().build().periodAsExtended()).isEqualTo(mikrolaan().build().period());
  }

  @Test
  void extension_notFromTheCurrentEnd_isRejected() {
    assertThatThrownBy(
            () ->
                mikrolaan()
                    .addExtension(Extension.of(LocalDate.of(2021, 6, 30), LocalDate.of(2022, 12, 31), AMENDMENT_2021))
                    .build())
        .hasMessage("trial extensions[0].previousEnd must be the end before it (2021-12-31), was 2021-06-30");
  }

  @Test
  void extension_withoutPeriod_isRejected() {
    assertThatThrownBy(
            () ->
                Trial.builder()
                    .id(TrialId.of("x"))
                    .application(ApplicationId.of("x"))
                    .title("x")
                    .addExtension(Extension.of(LocalDate.of(2021, 6, 30), LocalDate.of(2022, 12, 31), AMENDMENT_2021))
                    .build())
        .hasMessage("trial extensions need a period, was empty");
  }

  @Test
  void participant_twice_isRejected() {
    assertThatThrownBy(
            () ->
                mikrolaan()
                    .addParticipant(Participation.of(AALBORG, ParticipationStatus.CONFIRMED))
                    .addParticipant(Participation.of(AALBORG, ParticipationStatus.ACTIVE))
                    .build())
        .hasMessage("trial participants[1] must name each municipality once, was Aalborg (851) again");
  }

  @Test
  void participationOf_findsTheMunicipality() {
    Trial t = mikrolaan().addParticipant(Participation.of(AALBORG, ParticipationStatus.CONFIRMED, LocalDate.of(2017, 2, 1))).build();
    assertThat(t.participationOf(AALBORG).map(Participation::status)).hasValue(ParticipationStatus.CONFIRMED);
    assertThat(t.participationOf(Municipality.of(860))).isEmpty();
    assertThat(t.inForceFrom()).hasValue(LocalDate.of(2017, 7, 1));
    assertThat(Trial.builder().from(t).legalBases(java.util.List.of()).build().inForceFrom()).isEmpty();
  }

  @Test
  void onlyConfirmedAndActive_mayUseTheExemption() {
    assertThat(ParticipationStatus.values())
        .filteredOn(ParticipationStatus::mayUseExemption)
        .containsExactly(ParticipationStatus.CONFIRMED, ParticipationStatus.ACTIVE);
  }

  @Test
  void legalBasis_isInForceFromItsDay_untilItExpires() {
    LegalBasis basis = LegalBasis.builder().from(section9()).expiresOn(LocalDate.of(2021, 12, 31)).build();
    assertThat(basis.isInForceOn(LocalDate.of(2017, 6, 30))).isFalse();
    assertThat(basis.isInForceOn(LocalDate.of(2017, 7, 1))).isTrue();
    assertThat(basis.isInForceOn(LocalDate.of(2021, 12, 31))).isTrue();
    assertThat(basis.isInForceOn(LocalDate.of(2022, 1, 1))).isFalse();
    assertThat(section9().isInForceOn(LocalDate.of(2030, 1, 1))).isTrue();
  }

  @Test
  void legalBasis_withoutProvision_orExpiringBeforeInForce_isRejected() {
    assertThatThrownBy(() -> LegalBasis.builder().act(LAW_658).inForceFrom(LocalDate.of(2017, 7, 1)).build())
        .hasMessage("legal basis provisions must not be empty, was []");
    assertThatThrownBy(() -> LegalBasis.builder().from(section9()).expiresOn(LocalDate.of(2017, 6, 30)).build())
        .hasMessage("legal basis expiresOn must be on or after inForceFrom (2017-07-01), was 2017-06-30");
  }

  @Test
  void evaluationDesign_recordsEvaluatorResultsAndPoints() {
    EvaluationDesign design =
        EvaluationDesign.builder()
            .evaluator("KORA")
            .addExpectedResult("flere i selvforsørgelse")
            .addMeasurementPoint(MeasurementPoint.of("status ved forsøgets start"))
            .dueOn(LocalDate.of(2020, 12, 31))
            .build();
    assertThat(design.measurementPoints()).extracting(MeasurementPoint::on).containsExactly(java.util.Optional.empty());
    assertThat(mikrolaan().evaluationDesign(design).outcome(TrialOutcome.SPREAD).build().outcome()).hasValue(TrialOutcome.SPREAD);
    assertThatThrownBy(() -> MeasurementPoint.of("")).hasMessage("measurement point description must not be blank, was ''");
    assertThatThrownBy(() -> EvaluationDesign.builder().evaluator(" ").build())
        .hasMessage("evaluation design evaluator must not be blank, was ' '");
  }

  @Test
  void outcomes_haveCodes() {
    assertThat(TrialOutcome.NEVER_STARTED.code()).isEqualTo("never-started");
    assertThat(TrialOutcome.SPREAD.danishLabel()).isEqualTo("udbredt");
    assertThat(ParticipationStatus.MUST_APPLY_SEPARATELY.danishLabel()).isEqualTo("skal ansøge særskilt");
  }
}
