package io.github.frikommune.core.seed;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.application.ApplicationId;
import io.github.frikommune.core.application.PoliticalApproval;
import io.github.frikommune.core.application.RequestedExemption;
import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.decision.Outcome;
import io.github.frikommune.core.decision.ParticipantsRestricted;
import io.github.frikommune.core.decision.TargetGroupsExcluded;
import io.github.frikommune.core.decision.TargetGroupsKept;
import io.github.frikommune.core.law.Extension;
import io.github.frikommune.core.law.LegalAct;
import io.github.frikommune.core.law.LegalActKind;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.municipality.Municipalities;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.municipality.Region;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.programme.ApplicationRound;
import io.github.frikommune.core.programme.Network;
import io.github.frikommune.core.programme.NetworkId;
import io.github.frikommune.core.programme.ParticipationModel;
import io.github.frikommune.core.programme.Programme;
import io.github.frikommune.core.programme.ProgrammeId;
import io.github.frikommune.core.programme.RoundId;
import io.github.frikommune.core.targetgroup.TargetGroup;
import io.github.frikommune.core.trial.EvaluationWorkshop;
import io.github.frikommune.core.trial.LegalBasis;
import io.github.frikommune.core.trial.Participation;
import io.github.frikommune.core.trial.ParticipationStatus;
import io.github.frikommune.core.trial.Trial;
import io.github.frikommune.core.trial.TrialId;
import java.time.LocalDate;
import java.util.List;

/**
 * The round-1 seed case of the North Jutland network, built with the public API only: the
 * shared test fixture of every module.
 *
 * <p>Facts come from the seed documents and the public facts in DOMAIN.md. Where the record is
 * silent the fixture says what it reads into it:
 *
 * <ul>
 *   <li>The programme's period is first "from 2016 until July 2020" as the seed's committee
 *       paper says (the day in 2016 is not known; the fixture uses 1 January), extended by lov
 *       nr. 658 af 8. juni 2017 § 1 to 31 December 2021.
 *   <li>Aalborg is "ansøger/medansøger" on applications 1 to 4; the fixture records it as an
 *       applicant whose role, lead or co-applicant, is not on record. Who applied for 5 to 7 is
 *       not known, so they have no named applicant.
 *   <li>The applications were sent to the round of 1 December 2016; the fixture records that
 *       day, the latest possible, as the submission day. Aalborg's approvals of round 1 are on
 *       record only as a fact, without body or day.
 *   <li>Where the seed names no provision, an exemption cites the whole law its title points
 *       to; where it names no target group, the group is the network's theme, the unemployed
 *       ({@code ledige}). Mikrolån cites aktivloven § 65. Its request covered more than the
 *       job-ready and education-ready citizens it was narrowed to; the fixture records the
 *       third readiness group, the activity-ready, as the part that was cut.
 *   <li>The granted trials rest on lov om frikommunenetværk, in force 1 July 2017; Mikrolån on
 *       its § 9, the others on the law as a whole since the seed does not cite their sections.
 * </ul>
 */
public final class SeedCase {
  /** The programme Frikommuneforsøg II. */
  public static final ProgrammeId FK2 = ProgrammeId.of("FK2");
  /** The North Jutland network. */
  public static final NetworkId NORTH_JUTLAND = NetworkId.of("nordjylland");
  /** Round 1, deadline 1 December 2016. */
  public static final RoundId ROUND_1 = RoundId.of(FK2, 1);
  /** Round 2, deadline 1 May 2017. */
  public static final RoundId ROUND_2 = RoundId.of(FK2, 2);
  /** Round 3, deadline 1 November 2017. */
  public static final RoundId ROUND_3 = RoundId.of(FK2, 3);

  /** Mikrolån. */
  public static final ApplicationId MIKROLAAN = ApplicationId.of("NJ-1-01");
  /** Arbejdsmarkedserfaring for udsatte borgere ved gunstigere fradrag for lønindtægt. */
  public static final ApplicationId ARBEJDSMARKEDSERFARING = ApplicationId.of("NJ-1-02");
  /** Iværksætteri for udvalgte målgrupper, herunder bl.a. dimittender. */
  public static final ApplicationId IVAERKSAETTERI = ApplicationId.of("NJ-1-03");
  /** Formkrav ved lovpligtige samtaler. */
  public static final ApplicationId FORMKRAV = ApplicationId.of("NJ-1-04");
  /** Fleksibilitet i forhold til forholdstalskravene. */
  public static final ApplicationId FORHOLDSTALSKRAV = ApplicationId.of("NJ-1-05");
  /** Fleksible rammer for uddannelse. */
  public static final ApplicationId FLEKSIBLE_RAMMER = ApplicationId.of("NJ-1-06");
  /** Individuelt og fleksibelt integrationsprogram. */
  public static final ApplicationId INTEGRATIONSPROGRAM = ApplicationId.of("NJ-1-07");

  /** Aalborg, code 851. */
  public static final Municipality AALBORG = Municipality.of(851);
  /** Hjørring, code 860. */
  public static final Municipality HJOERRING = Municipality.of(860);

  /** The deadline of round 1, also the recorded submission day. */
  public static final LocalDate ROUND_1_DEADLINE = LocalDate.of(2016, 12, 1);
  /** The day of the government's decisions on round 1. */
  public static final LocalDate DECIDED_ON = LocalDate.of(2017, 2, 1);
  /** The day lov om frikommunenetværk came into force, and the round-1 trials could start. */
  public static final LocalDate IN_FORCE = LocalDate.of(2017, 7, 1);
  /** Who decided. */
  public static final String MINISTRY = "Økonomi- og Indenrigsministeriet";

  /** The unemployed, the network's theme, where an application names no narrower group. */
  public static final TargetGroup UNEMPLOYED = TargetGroup.of("ledige", "ledige");

  /** Lov nr. 658 af 8. juni 2017 om frikommunenetværk. */
  public static final LegalAct FRIKOMMUNE_LAW =
      LegalAct.builder()
          .kind(LegalActKind.LAW)
          .number(658)
          .date(LocalDate.of(2017, 6, 8))
          .shortTitle("lov om frikommunenetværk")
          .bill("L 200 (2016-17)")
          .passedOn(LocalDate.of(2017, 6, 1))
          .build();

  private SeedCase() {}

  /**
   * Frikommuneforsøg II, "from 2016 until July 2020", extended by lov nr. 658 § 1 to the end of
   * 2021.
   *
   * @return the programme
   */
  public static Programme programme() {
    return Programme.builder()
        .id(FK2)
        .name("Frikommuneforsøg II")
        .period(Period.of(LocalDate.of(2016, 1, 1), LocalDate.of(2020, 6, 30)))
        .participationModel(ParticipationModel.NETWORKS)
        .addExtension(
            Extension.builder()
                .previousEnd(LocalDate.of(2020, 6, 30))
                .newEnd(LocalDate.of(2021, 12, 31))
                .by(FRIKOMMUNE_LAW)
                .provision(Provision.section("lov om frikommunenetværk", "1"))
                .build())
        .build();
  }

  /**
   * The North Jutland network: the 11 municipalities of Region Nordjylland.
   *
   * @return the network
   */
  public static Network network() {
    return Network.builder()
        .id(NORTH_JUTLAND)
        .programme(FK2)
        .name("Nordjysk frikommunenetværk")
        .theme(
            "En mere fleksibel og effektiv beskæftigelsesindsats, herunder også nytænkning af"
                + " integrationsområdet")
        .members(Municipalities.inRegion(Region.NORDJYLLAND))
        .build();
  }

  /**
   * The programme's three rounds.
   *
   * @return rounds 1, 2 and 3
   */
  public static ImmutableList<ApplicationRound> rounds() {
    return ImmutableList.of(
        ApplicationRound.of(FK2, 1, ROUND_1_DEADLINE),
        ApplicationRound.of(FK2, 2, LocalDate.of(2017, 5, 1)),
        ApplicationRound.of(FK2, 3, LocalDate.of(2017, 11, 1)));
  }

  /**
   * The seven applications of round 1, in the seed's order.
   *
   * @return the applications
   */
  public static ImmutableList<Application> round1Applications() {
    return ImmutableList.of(
        aalborgApplication(MIKROLAAN, "Mikrolån")
            .addExemption(
                RequestedExemption.builder()
                    .addProvision(Provision.section("aktivloven", "65"))
                    .addTargetGroup(TargetGroup.JOB_READY)
                    .addTargetGroup(TargetGroup.EDUCATION_READY)
                    .addTargetGroup(TargetGroup.ACTIVITY_READY)
                    .build())
            .build(),
        aalborgApplication(
                ARBEJDSMARKEDSERFARING,
                "Arbejdsmarkedserfaring for udsatte borgere ved gunstigere fradrag for lønindtægt")
            .addExemption(exemption("aktivloven", TargetGroup.VULNERABLE_CITIZENS))
            .build(),
        aalborgApplication(IVAERKSAETTERI, "Iværksætteri for udvalgte målgrupper, herunder bl.a. dimittender")
            .addExemption(
                RequestedExemption.builder()
                    .addProvision(Provision.wholeLaw("arbejdsløshedsforsikringsloven"))
                    .addProvision(Provision.wholeLaw("integrationsloven"))
                    .addTargetGroup(TargetGroup.GRADUATES)
                    .addTargetGroup(TargetGroup.INTEGRATION_CITIZENS)
                    .build())
            .build(),
        aalborgApplication(FORMKRAV, "Formkrav ved lovpligtige samtaler")
            .addExemption(exemption("LAB", UNEMPLOYED))
            .build(),
        networkApplication(FORHOLDSTALSKRAV, "Fleksibilitet i forhold til forholdstalskravene")
            .addExemption(exemption("LAB", UNEMPLOYED))
            .build(),
        networkApplication(FLEKSIBLE_RAMMER, "Fleksible rammer for uddannelse")
            .addExemption(exemption("LAB", UNEMPLOYED))
            .build(),
        networkApplication(INTEGRATIONSPROGRAM, "Individuelt og fleksibelt integrationsprogram")
            .addExemption(exemption("integrationsloven", TargetGroup.INTEGRATION_CITIZENS))
            .build());
  }

  /**
   * The government's decisions of 1 February 2017 on the seven applications.
   *
   * @return the decisions, in the applications' order
   */
  public static ImmutableList<Decision> round1Decisions() {
    return ImmutableList.of(
        decision(MIKROLAAN, Outcome.PARTIALLY_GRANTED)
            .addCondition(
                TargetGroupsKept.builder()
                    .addGroup(TargetGroup.JOB_READY)
                    .addGroup(TargetGroup.EDUCATION_READY)
                    .text("Målgruppen indsnævres til kun at omfatte jobparate/uddannelsesparate borgere.")
                    .build())
            .addCondition(
                ParticipantsRestricted.builder()
                    .addParticipant(AALBORG)
                    .othersMustApplySeparately(true)
                    .text(
                        "Det er en betingelse for forsøget med Mikrolån, at det som udgangspunkt kun er"
                            + " Aalborg Kommune, der deltager i dette forsøg. De øvrige kommuner vil"
                            + " særskilt skulle ansøge regeringen om også at deltage.")
                    .build())
            .build(),
        decision(ARBEJDSMARKEDSERFARING, Outcome.REJECTED)
            .addReason("Regeringen vil afvente evaluering af et lignende forsøg, der blev afsluttet i 2016.")
            .build(),
        decision(IVAERKSAETTERI, Outcome.PARTIALLY_GRANTED)
            .addCondition(
                TargetGroupsExcluded.builder()
                    .addGroup(TargetGroup.INTEGRATION_CITIZENS)
                    .text(
                        "Der kan kun imødekommes den del af ansøgningen, der vedrører dimittender."
                            + " Derfor ændres ansøgningen således, at integrationsborgere ikke længere"
                            + " er omfattet.")
                    .build())
            .build(),
        decision(FORMKRAV, Outcome.GRANTED).build(),
        decision(FORHOLDSTALSKRAV, Outcome.GRANTED).build(),
        decision(FLEKSIBLE_RAMMER, Outcome.GRANTED).build(),
        decision(INTEGRATIONSPROGRAM, Outcome.REJECTED)
            .addReason("Regeringen ønsker ikke en delvis tilbagevenden til det tidligere integrationsprogram.")
            .build());
  }

  /**
   * The five trials of round 1, from 1 July 2017 to the end of the programme. Mikrolån has
   * Aalborg confirmed and the others obliged to apply separately; the others have the whole
   * network awaiting the ministry's confirmation.
   *
   * @return the trials
   */
  public static ImmutableList<Trial> round1Trials() {
    LegalBasis section9 =
        LegalBasis.builder()
            .act(FRIKOMMUNE_LAW)
            .addProvision(Provision.section("lov om frikommunenetværk", "9"))
            .inForceFrom(IN_FORCE)
            .build();
    LegalBasis wholeLaw =
        LegalBasis.builder()
            .act(FRIKOMMUNE_LAW)
            .addProvision(Provision.wholeLaw("lov om frikommunenetværk"))
            .inForceFrom(IN_FORCE)
            .build();
    Period period = Period.of(IN_FORCE, LocalDate.of(2021, 12, 31));
    ImmutableList.Builder<Participation> mikrolaanParticipants = ImmutableList.builder();
    for (Municipality m : network().members()) {
      mikrolaanParticipants.add(
          Participation.of(
              m,
              m.equals(AALBORG)
                  ? ParticipationStatus.CONFIRMED
                  : ParticipationStatus.MUST_APPLY_SEPARATELY,
              DECIDED_ON));
    }
    return ImmutableList.of(
        Trial.builder()
            .id(TrialId.of("NJ-1-01"))
            .application(MIKROLAAN)
            .title("Mikrolån")
            .addLegalBasis(section9)
            .participants(mikrolaanParticipants.build())
            .period(period)
            .build(),
        networkTrial("NJ-1-03", IVAERKSAETTERI, "Iværksætteri for dimittender", wholeLaw, period),
        networkTrial("NJ-1-04", FORMKRAV, "Formkrav ved lovpligtige samtaler", wholeLaw, period),
        networkTrial("NJ-1-05", FORHOLDSTALSKRAV, "Fleksibilitet i forhold til forholdstalskravene", wholeLaw, period),
        networkTrial("NJ-1-06", FLEKSIBLE_RAMMER, "Fleksible rammer for uddannelse", wholeLaw, period));
  }

  /**
   * The evaluation kick-off of 2 March 2017: "en opstartende workshop med fokus på
   * evaluering", held in cooperation with KORA, with representatives of the network and KORA,
   * STAR, KL, Arbejdsmarkedskontor Midt-Nord and Rambøll.
   *
   * @return the workshop
   */
  public static EvaluationWorkshop evaluationKickOff() {
    return EvaluationWorkshop.builder()
        .heldOn(LocalDate.of(2017, 3, 2))
        .network(NORTH_JUTLAND)
        .title("Opstartende workshop med fokus på evaluering")
        .host("KORA")
        .addParticipants("KORA", "STAR", "KL", "Arbejdsmarkedskontor Midt-Nord", "Rambøll")
        .build();
  }

  /**
   * The whole round-1 record: programme, network, the three rounds, seven applications, seven
   * decisions and five trials.
   *
   * @return the portfolio
   */
  public static Portfolio portfolio() {
    return Portfolio.builder()
        .programme(programme())
        .addNetwork(network())
        .rounds(rounds())
        .applications(round1Applications())
        .decisions(round1Decisions())
        .trials(round1Trials())
        .addEvaluationWorkshop(evaluationKickOff())
        .build();
  }

  private static io.github.frikommune.core.application.ImmutableApplication.Builder aalborgApplication(
      ApplicationId id, String title) {
    return networkApplication(id, title)
        .addApplicant(AALBORG)
        .addApproval(PoliticalApproval.undated(AALBORG));
  }

  private static io.github.frikommune.core.application.ImmutableApplication.Builder networkApplication(
      ApplicationId id, String title) {
    return Application.builder()
        .id(id)
        .title(title)
        .round(ROUND_1)
        .network(NORTH_JUTLAND)
        .submittedOn(ROUND_1_DEADLINE);
  }

  private static RequestedExemption exemption(String law, TargetGroup group) {
    return RequestedExemption.of(List.of(Provision.wholeLaw(law)), List.of(group));
  }

  private static io.github.frikommune.core.decision.ImmutableDecision.Builder decision(
      ApplicationId application, Outcome outcome) {
    return Decision.builder()
        .application(application)
        .decidedOn(DECIDED_ON)
        .decidedBy(MINISTRY)
        .outcome(outcome);
  }

  private static Trial networkTrial(
      String id, ApplicationId application, String title, LegalBasis basis, Period period) {
    ImmutableList.Builder<Participation> participants = ImmutableList.builder();
    for (Municipality m : network().members()) {
      participants.add(Participation.of(m, ParticipationStatus.PENDING_CONFIRMATION, DECIDED_ON));
    }
    return Trial.builder()
        .id(TrialId.of(id))
        .application(application)
        .title(title)
        .addLegalBasis(basis)
        .participants(participants.build())
        .period(period)
        .build();
  }
}
