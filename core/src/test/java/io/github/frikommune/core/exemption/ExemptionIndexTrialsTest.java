package io.github.frikommune.core.exemption;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.law.LegalAct;
import io.github.frikommune.core.law.LegalActKind;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.portfolio.ImmutablePortfolio;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.seed.SeedCase;
import io.github.frikommune.core.trial.ImmutableTrial;
import io.github.frikommune.core.trial.LegalBasis;
import io.github.frikommune.core.trial.Participation;
import io.github.frikommune.core.trial.ParticipationStatus;
import io.github.frikommune.core.trial.Trial;
import io.github.frikommune.core.trial.TrialId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** How trials' legal bases, periods and participations shape the answer. */
class ExemptionIndexTrialsTest {
  private static final Provision LAB_16 = Provision.parse("LAB § 16");
  private static final LocalDate AUGUST_2017 = LocalDate.of(2017, 8, 1);
  /** BEK nr. 529 af 23. maj 2018, an executive order under existing trial powers. */
  private static final LegalAct BEK_529 =
      LegalAct.of(LegalActKind.EXECUTIVE_ORDER, 529, LocalDate.of(2018, 5, 23),
          "bekendtgørelse om frikommuneforsøg II på beskæftigelses- og sygedagpengeområdet");

  /** The seed with trials 2 (Formkrav) and 3 (Forholdstalskrav), both exempting from LAB, changed. */
  private static Portfolio withTrials(UnaryOperator<ImmutableTrial> formkrav, UnaryOperator<ImmutableTrial> forholdstal) {
    Portfolio seed = SeedCase.portfolio();
    List<Trial> trials = new ArrayList<>(seed.trials());
    trials.set(2, formkrav.apply(ImmutableTrial.copyOf(trials.get(2))));
    trials.set(3, forholdstal.apply(ImmutableTrial.copyOf(trials.get(3))));
    return ImmutablePortfolio.copyOf(seed).withTrials(trials);
  }

  private static ImmutableList<Participation> aalborg(ParticipationStatus status, LocalDate since) {
    return ImmutableList.of(Participation.of(SeedCase.AALBORG, status, since));
  }

  @Test
  void trialWithoutLegalBasis_isNo_awaitingLegalBasis() {
    ExemptionIndex index = ExemptionIndex.of(withTrials(t -> t.withLegalBases(), t -> t.withLegalBases()));

    assertThat(index.answer(SeedCase.AALBORG, AUGUST_2017, LAB_16, SeedCase.UNEMPLOYED).reasons())
        .contains(AwaitingLegalBasis.of(TrialId.of("NJ-1-04")), AwaitingLegalBasis.of(TrialId.of("NJ-1-05")));
  }

  @Test
  void twoTrialsThatBothLetTheMunicipalityDeviate_areBothGrants() {
    ExemptionIndex index =
        ExemptionIndex.of(withTrials(
            t -> t.withParticipants(aalborg(ParticipationStatus.CONFIRMED, SeedCase.DECIDED_ON)),
            t -> t.withParticipants(aalborg(ParticipationStatus.ACTIVE, SeedCase.IN_FORCE))));

    assertThat(index.answer(SeedCase.AALBORG, AUGUST_2017, LAB_16, SeedCase.UNEMPLOYED).grants())
        .extracting(g -> g.trial().value())
        .containsExactly("NJ-1-04", "NJ-1-05");
  }

  @Test
  void participationConfirmedLater_countsFromTheDayItWasConfirmed() {
    LocalDate confirmed = LocalDate.of(2017, 9, 1);
    ExemptionIndex index =
        ExemptionIndex.of(withTrials(t -> t.withParticipants(aalborg(ParticipationStatus.CONFIRMED, confirmed)), t -> t));

    assertThat(index.answer(SeedCase.AALBORG, confirmed.minusDays(1), LAB_16, SeedCase.UNEMPLOYED).isYes()).isFalse();
    assertThat(index.answer(SeedCase.AALBORG, confirmed, LAB_16, SeedCase.UNEMPLOYED).grants())
        .extracting(g -> g.trial().value())
        .containsExactly("NJ-1-04");
  }

  @Test
  void aSecondLegalBasis_joinsTheGrantFromTheDayItIsInForce() {
    LegalBasis executiveOrder =
        LegalBasis.builder().act(BEK_529).addProvision(Provision.section("LAB", "116")).inForceFrom(LocalDate.of(2018, 7, 1)).build();
    ExemptionIndex index =
        ExemptionIndex.of(withTrials(
            t -> t.withParticipants(aalborg(ParticipationStatus.ACTIVE, SeedCase.IN_FORCE))
                .withLegalBases(ImmutableList.<LegalBasis>builder().addAll(t.legalBases()).add(executiveOrder).build()),
            t -> t));

    Grant before = index.answer(SeedCase.AALBORG, AUGUST_2017, LAB_16, SeedCase.UNEMPLOYED).grants().get(0);
    Grant after = index.answer(SeedCase.AALBORG, LocalDate.of(2018, 7, 1), LAB_16, SeedCase.UNEMPLOYED).grants().get(0);

    assertThat(before.citations()).containsExactly("lov om frikommunenetværk (lov nr. 658 af 8. juni 2017)");
    assertThat(before.period()).isEqualTo(Period.of(SeedCase.IN_FORCE, LocalDate.of(2018, 6, 30)));
    assertThat(after.citations())
        .containsExactly("lov om frikommunenetværk (lov nr. 658 af 8. juni 2017)", "LAB § 116 (BEK nr. 529 af 23. maj 2018)");
    assertThat(after.period()).isEqualTo(Period.of(LocalDate.of(2018, 7, 1), LocalDate.of(2021, 12, 31)));
  }

  @Test
  void legalBasisThatExpires_endsTheTrialEarly() {
    ExemptionIndex index =
        ExemptionIndex.of(withTrials(
            t -> t.withParticipants(aalborg(ParticipationStatus.ACTIVE, SeedCase.IN_FORCE))
                .withLegalBases(LegalBasis.builder().from(t.legalBases().get(0)).expiresOn(LocalDate.of(2019, 12, 31)).build()),
            t -> t));

    assertThat(index.answer(SeedCase.AALBORG, LocalDate.of(2020, 1, 1), LAB_16, SeedCase.UNEMPLOYED).reasons())
        .contains(Expired.of(TrialId.of("NJ-1-04"), LocalDate.of(2019, 12, 31)));
  }

  @Test
  void gapBetweenTwoLegalBases_isNotYetInForce_untilTheSecond_toTheDay() {
    LegalBasis secondOrder =
        LegalBasis.builder().act(BEK_529).addProvision(Provision.section("LAB", "116")).inForceFrom(LocalDate.of(2019, 1, 1)).build();
    ExemptionIndex index =
        ExemptionIndex.of(withTrials(
            t -> t.withParticipants(aalborg(ParticipationStatus.ACTIVE, SeedCase.IN_FORCE))
                .withLegalBases(
                    LegalBasis.builder().from(t.legalBases().get(0)).expiresOn(LocalDate.of(2018, 6, 30)).build(),
                    secondOrder),
            t -> t));

    assertThat(index.answer(SeedCase.AALBORG, LocalDate.of(2018, 6, 30), LAB_16, SeedCase.UNEMPLOYED).isYes()).isTrue();
    assertThat(index.answer(SeedCase.AALBORG, LocalDate.of(2018, 7, 1), LAB_16, SeedCase.UNEMPLOYED).reasons())
        .contains(NotYetInForce.of(TrialId.of("NJ-1-04"), LocalDate.of(2019, 1, 1)));
    assertThat(index.answer(SeedCase.AALBORG, LocalDate.of(2018, 12, 31), LAB_16, SeedCase.UNEMPLOYED).reasons())
        .contains(NotYetInForce.of(TrialId.of("NJ-1-04"), LocalDate.of(2019, 1, 1)));
    Grant second = index.answer(SeedCase.AALBORG, LocalDate.of(2019, 1, 1), LAB_16, SeedCase.UNEMPLOYED).grants().get(0);
    assertThat(second.citations()).containsExactly("LAB § 116 (BEK nr. 529 af 23. maj 2018)");
    assertThat(second.period()).isEqualTo(Period.of(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31)));
  }

  @Test
  void legalBasisThatExpiresBeforeTheTrialEnds_isExpired_fromTheDayAfter_withItsLastDay() {
    ExemptionIndex index =
        ExemptionIndex.of(withTrials(
            t -> t.withParticipants(aalborg(ParticipationStatus.ACTIVE, SeedCase.IN_FORCE))
                .withLegalBases(
                    LegalBasis.builder().from(t.legalBases().get(0)).expiresOn(LocalDate.of(2019, 12, 31)).build()),
            t -> t));

    Grant last = index.answer(SeedCase.AALBORG, LocalDate.of(2019, 12, 31), LAB_16, SeedCase.UNEMPLOYED).grants().get(0);
    assertThat(last.period()).isEqualTo(Period.of(SeedCase.IN_FORCE, LocalDate.of(2019, 12, 31)));
    assertThat(index.answer(SeedCase.AALBORG, LocalDate.of(2021, 12, 31), LAB_16, SeedCase.UNEMPLOYED).reasons())
        .contains(Expired.of(TrialId.of("NJ-1-04"), LocalDate.of(2019, 12, 31)));
  }

  @Test
  void trialsWindow_holdsFromItsFirstToItsLastDay_andNamesTheDayOutside() {
    ExemptionIndex index =
        ExemptionIndex.of(withTrials(t -> t.withParticipants(aalborg(ParticipationStatus.ACTIVE, SeedCase.IN_FORCE)), t -> t));
    LocalDate end = LocalDate.of(2021, 12, 31);

    assertThat(index.answer(SeedCase.AALBORG, SeedCase.IN_FORCE.minusDays(1), LAB_16, SeedCase.UNEMPLOYED).reasons())
        .contains(NotYetInForce.of(TrialId.of("NJ-1-04"), SeedCase.IN_FORCE));
    assertThat(index.answer(SeedCase.AALBORG, SeedCase.IN_FORCE, LAB_16, SeedCase.UNEMPLOYED).isYes()).isTrue();
    assertThat(index.answer(SeedCase.AALBORG, end, LAB_16, SeedCase.UNEMPLOYED).isYes()).isTrue();
    assertThat(index.answer(SeedCase.AALBORG, end.plusDays(1), LAB_16, SeedCase.UNEMPLOYED).reasons())
        .contains(Expired.of(TrialId.of("NJ-1-04"), end));
  }
}
