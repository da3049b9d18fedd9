package io.github.frikommune.core.portfolio;

import static io.github.frikommune.core.seed.SeedCase.AALBORG;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.decision.Condition;
import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.decision.Outcome;
import io.github.frikommune.core.decision.ParticipantsRestricted;
import io.github.frikommune.core.decision.TargetGroupsExcluded;
import io.github.frikommune.core.decision.TargetGroupsKept;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.seed.SeedCase;
import io.github.frikommune.core.targetgroup.TargetGroup;
import io.github.frikommune.core.trial.ParticipationStatus;
import io.github.frikommune.core.trial.Trial;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The facts of "The seed case" in DOMAIN.md that the model states, built with the public API. */
class NorthJutlandRound1Test {
  private final Portfolio portfolio = SeedCase.portfolio();

  @Test
  void network_isTheElevenMunicipalitiesOfNorthJutland_withItsTheme() {
    assertThat(portfolio.networks()).hasSize(1);
    assertThat(portfolio.networks().get(0).members())
        .extracting(Municipality::name)
        .containsExactly(
            "Morsø", "Thisted", "Brønderslev", "Frederikshavn", "Vesthimmerlands", "Læsø",
            "Rebild", "Mariagerfjord", "Jammerbugt", "Aalborg", "Hjørring");
    assertThat(portfolio.networks().get(0).theme())
        .hasValue(
            "En mere fleksibel og effektiv beskæftigelsesindsats, herunder også nytænkning af"
                + " integrationsområdet");
  }

  @Test
  void rounds_haveTheSeedDeadlines() {
    assertThat(portfolio.rounds())
        .extracting(r -> r.number() + " " + r.deadline())
        .containsExactly("1 2016-12-01", "2 2017-05-01", "3 2017-11-01");
  }

  @Test
  void round1_hasSevenApplications_inTheSeedOrder() {
    assertThat(portfolio.applicationsIn(SeedCase.ROUND_1))
        .extracting(Application::title)
        .containsExactly(
            "Mikrolån",
            "Arbejdsmarkedserfaring for udsatte borgere ved gunstigere fradrag for lønindtægt",
            "Iværksætteri for udvalgte målgrupper, herunder bl.a. dimittender",
            "Formkrav ved lovpligtige samtaler",
            "Fleksibilitet i forhold til forholdstalskravene",
            "Fleksible rammer for uddannelse",
            "Individuelt og fleksibelt integrationsprogram");
  }

  @Test
  void aalborg_takesPartInTheFirstFourApplicationsOnly() {
    assertThat(portfolio.applications())
        .extracting(a -> a.isParticipant(AALBORG))
        .containsExactly(true, true, true, true, false, false, false);
  }

  @Test
  void decisions_ofFirstFebruary2017_grantFiveWhollyOrPartly_andRejectTwo() {
    assertThat(portfolio.decisions()).allSatisfy(d -> assertThat(d.decidedOn()).isEqualTo(LocalDate.of(2017, 2, 1)));
    assertThat(portfolio.decisions())
        .extracting(Decision::outcome)
        .containsExactly(
            Outcome.PARTIALLY_GRANTED,
            Outcome.REJECTED,
            Outcome.PARTIALLY_GRANTED,
            Outcome.GRANTED,
            Outcome.GRANTED,
            Outcome.GRANTED,
            Outcome.REJECTED);
    assertThat(portfolio.decisions().stream().filter(Decision::isGranted).count()).isEqualTo(5);
  }

  @Test
  void mikrolaan_isNarrowedToJobAndEducationReady_andToAalborg_othersApplySeparately() {
    Decision mikrolaan = portfolio.decisionOn(SeedCase.MIKROLAAN).orElseThrow();
    assertThat(mikrolaan.conditionsOf(TargetGroupsKept.class))
        .singleElement()
        .satisfies(c -> assertThat(c.groups()).containsExactly(TargetGroup.JOB_READY, TargetGroup.EDUCATION_READY));
    assertThat(mikrolaan.conditionsOf(ParticipantsRestricted.class))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.participants()).containsExactly(AALBORG);
              assertThat(c.othersMustApplySeparately()).isTrue();
            });
    assertThat(mikrolaan.narrowingConditions()).hasSize(2);
  }

  @Test
  void ivaerksaetteri_keepsOnlyGraduates_integrationCitizensNoLongerCovered() {
    Decision decision = portfolio.decisionOn(SeedCase.IVAERKSAETTERI).orElseThrow();
    assertThat(decision.conditionsOf(TargetGroupsExcluded.class))
        .singleElement()
        .satisfies(c -> assertThat(c.groups()).containsExactly(TargetGroup.INTEGRATION_CITIZENS));
    assertThat(decision.narrowingConditions()).extracting(Condition::narrowsScope).containsExactly(true);
  }

  @Test
  void rejections_carryTheSeedReasons_andNoConditions() {
    assertThat(portfolio.decisionOn(SeedCase.ARBEJDSMARKEDSERFARING).orElseThrow())
        .satisfies(
            d -> {
              assertThat(d.reasons()).singleElement().asString().contains("afvente evaluering").contains("2016");
              assertThat(d.conditions()).isEmpty();
            });
    assertThat(portfolio.decisionOn(SeedCase.INTEGRATIONSPROGRAM).orElseThrow().reasons())
        .singleElement()
        .asString()
        .contains("tidligere integrationsprogram");
  }

  @Test
  void grantedTrials_startFromFirstJuly2017_underTheFrikommuneLaw() {
    assertThat(portfolio.trials()).hasSize(5);
    assertThat(portfolio.trials())
        .allSatisfy(
            t -> {
              assertThat(t.inForceFrom()).hasValue(LocalDate.of(2017, 7, 1));
              assertThat(t.legalBases().get(0).act().citation()).isEqualTo("lov nr. 658 af 8. juni 2017");
            });
    Trial mikrolaan = portfolio.trials().get(0);
    assertThat(mikrolaan.legalBases().get(0).provisions()).extracting(Object::toString).containsExactly("lov om frikommunenetværk § 9");
  }

  @Test
  void participation_mikrolaanOnlyAalborg_othersWholeNetworkPendingConfirmation() {
    Trial mikrolaan = portfolio.trials().get(0);
    assertThat(mikrolaan.participationOf(AALBORG).orElseThrow().status()).isEqualTo(ParticipationStatus.CONFIRMED);
    assertThat(mikrolaan.participationOf(SeedCase.HJOERRING).orElseThrow().status())
        .isEqualTo(ParticipationStatus.MUST_APPLY_SEPARATELY);
    List<ParticipationStatus> others =
        portfolio.trials().subList(1, 5).stream()
            .flatMap(t -> t.participants().stream())
            .map(p -> p.status())
            .distinct()
            .collect(Collectors.toList());
    assertThat(others).containsExactly(ParticipationStatus.PENDING_CONFIRMATION);
  }

  @Test
  void programme_runsToEndOf2021_afterTheLawExtendedTheAnnouncedJuly2020End() {
    assertThat(portfolio.programme().period().endInclusive()).isEqualTo(LocalDate.of(2020, 6, 30));
    assertThat(portfolio.programme().endAsExtended()).isEqualTo(LocalDate.of(2021, 12, 31));
  }
}
