package io.github.frikommune.examples;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.application.ApplicationId;
import io.github.frikommune.core.application.Consultation;
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
 * The North Jutland network's first two rounds of Frikommuneforsøg II, as the seed documents
 * tell them, modelled with the public API.
 *
 * <p>Round 1: seven applications sent by 1 December 2016, the decisions of 1 February 2017 and
 * the five trials that start on 1 July 2017 under lov om frikommunenetværk. Round 2: Aalborg's
 * two applications, with its own milestones (described by 20 March, consultation of LBR at the
 * end of March, approval by Beskæftigelsesudvalget on 25 April, sent on 1 May 2017), and the
 * other municipalities' three.
 *
 * <p>Where the seeds are silent the scenario leaves a field empty, or, where the model needs a
 * value, says here what it reads into the record:
 *
 * <ul>
 *   <li>the programme is first announced "from 2016 until July 2020" (the day in 2016 is not
 *       known; 1 January is used) and extended by lov nr. 658 § 1 to 31 December 2021;
 *   <li>Aalborg, "ansøger/medansøger" on round-1 applications 1 to 4, is recorded as an
 *       applicant of unrecorded role on them, and as the lead applicant of the two round-2
 *       applications it writes ("udarbejder"); who applied for 5 to 7 and for the other
 *       municipalities' round-2 applications is not known, so they name no applicant;
 *   <li>round-1 applications are recorded as submitted on the deadline, the latest day they can
 *       have been; Aalborg's round-1 approvals are known only as a fact, without body or day;
 *   <li>an exemption cites the whole law its title points to where the seeds cite no section,
 *       and its target group is the one its title names, or the unemployed (the network's
 *       theme) where it names none; where neither a law nor a group can be read from the
 *       title, the exemption stays empty;
 *   <li>Mikrolån's request covered more than the job-ready and education-ready citizens it was
 *       narrowed to; the third readiness group, the activity-ready, stands for the part cut.
 * </ul>
 */
public final class NorthJutlandScenario {
  /** Frikommuneforsøg II. */
  public static final ProgrammeId FK2 = ProgrammeId.of("FK2");
  /** The North Jutland network. */
  public static final NetworkId NORTH_JUTLAND = NetworkId.of("nordjylland");
  /** Round 1, deadline 1 December 2016. */
  public static final RoundId ROUND_1 = RoundId.of(FK2, 1);
  /** Round 2, deadline 1 May 2017. */
  public static final RoundId ROUND_2 = RoundId.of(FK2, 2);
  /** Round 3, deadline 1 November 2017. */
  public static final RoundId ROUND_3 = RoundId.of(FK2, 3);

  /** Aalborg, code 851. */
  public static final Municipality AALBORG = Municipality.of(851);
  /** Hjørring, code 860. */
  public static final Municipality HJOERRING = Municipality.of(860);

  /** Mikrolån, the round-1 application granted to Aalborg only. */
  public static final ApplicationId MIKROLAAN = ApplicationId.of("NJ-1-01");
  /** Iværksætteri, granted for new graduates only. */
  public static final ApplicationId IVAERKSAETTERI = ApplicationId.of("NJ-1-03");

  /** The day of the government's decisions on round 1. */
  public static final LocalDate DECIDED_ON = LocalDate.of(2017, 2, 1);
  /** The day lov om frikommunenetværk came into force. */
  public static final LocalDate IN_FORCE = LocalDate.of(2017, 7, 1);
  /** The evaluation kick-off workshop with KORA, STAR, KL, Arbejdsmarkedskontor Midt-Nord and Rambøll. */
  public static final LocalDate EVALUATION_KICK_OFF = LocalDate.of(2017, 3, 2);

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

  /** The unemployed: the network's theme, where an application names no narrower group. */
  public static final TargetGroup UNEMPLOYED = TargetGroup.of("ledige", "ledige");

  private static final String MINISTRY = "Økonomi- og Indenrigsministeriet";
  private static final LocalDate ROUND_1_DEADLINE = LocalDate.of(2016, 12, 1);
  private static final LocalDate ROUND_2_DEADLINE = LocalDate.of(2017, 5, 1);

  private NorthJutlandScenario() {}

  /**
   * The whole record: programme, network, three rounds, the applications of rounds 1 and 2,
   * the decisions on round 1 and the five trials.
   *
   * @return the portfolio
   */
  public static Portfolio portfolio() {
    return Portfolio.builder()
        .programme(programme())
        .addNetwork(network())
        .rounds(rounds())
        .addAllApplications(round1Applications())
        .addAllApplications(round2Applications())
        .decisions(round1Decisions())
        .trials(round1Trials())
        .addEvaluationWorkshop(evaluationKickOff())
        .build();
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
        .heldOn(EVALUATION_KICK_OFF)
        .network(NORTH_JUTLAND)
        .title("Opstartende workshop med fokus på evaluering")
        .host("KORA")
        .addParticipants("KORA", "STAR", "KL", "Arbejdsmarkedskontor Midt-Nord", "Rambøll")
        .build();
  }

  /**
   * The record as it stood after round 1: without round 2's applications.
   *
   * @return the round-1 portfolio
   */
  public static Portfolio round1Portfolio() {
    return Portfolio.builder().from(portfolio()).applications(round1Applications()).build();
  }

  /**
   * Frikommuneforsøg II, announced "from 2016 until July 2020" and extended by lov nr. 658 § 1
   * to the end of 2021.
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
   * The 11 municipalities of Region Nordjylland under their theme.
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
   * The three rounds: 1 December 2016, 1 May 2017, 1 November 2017.
   *
   * @return the rounds
   */
  public static ImmutableList<ApplicationRound> rounds() {
    return ImmutableList.of(
        ApplicationRound.of(FK2, 1, ROUND_1_DEADLINE),
        ApplicationRound.of(FK2, 2, ROUND_2_DEADLINE),
        ApplicationRound.of(FK2, 3, LocalDate.of(2017, 11, 1)));
  }

  /**
   * The seven applications sent to round 1.
   *
   * @return the applications, in the seed's order
   */
  public static ImmutableList<Application> round1Applications() {
    return ImmutableList.of(
        aalborgRound1(MIKROLAAN, "Mikrolån")
            .addExemption(
                RequestedExemption.builder()
                    .addProvision(Provision.section("aktivloven", "65"))
                    .addTargetGroup(TargetGroup.JOB_READY)
                    .addTargetGroup(TargetGroup.EDUCATION_READY)
                    .addTargetGroup(TargetGroup.ACTIVITY_READY)
                    .build())
            .build(),
        aalborgRound1(
                ApplicationId.of("NJ-1-02"),
                "Arbejdsmarkedserfaring for udsatte borgere ved gunstigere fradrag for lønindtægt")
            .addExemption(wholeLaw("aktivloven", TargetGroup.VULNERABLE_CITIZENS))
            .build(),
        aalborgRound1(IVAERKSAETTERI, "Iværksætteri for udvalgte målgrupper, herunder bl.a. dimittender")
            .addExemption(
                RequestedExemption.builder()
                    .addProvision(Provision.wholeLaw("arbejdsløshedsforsikringsloven"))
                    .addProvision(Provision.wholeLaw("integrationsloven"))
                    .addTargetGroup(TargetGroup.GRADUATES)
                    .addTargetGroup(TargetGroup.INTEGRATION_CITIZENS)
                    .build())
            .build(),
        aalborgRound1(ApplicationId.of("NJ-1-04"), "Formkrav ved lovpligtige samtaler")
            .addExemption(wholeLaw("LAB", UNEMPLOYED))
            .build(),
        networkRound1(ApplicationId.of("NJ-1-05"), "Fleksibilitet i forhold til forholdstalskravene")
            .addExemption(wholeLaw("LAB", UNEMPLOYED))
            .build(),
        networkRound1(ApplicationId.of("NJ-1-06"), "Fleksible rammer for uddannelse")
            .addExemption(wholeLaw("LAB", UNEMPLOYED))
            .build(),
        networkRound1(ApplicationId.of("NJ-1-07"), "Individuelt og fleksibelt integrationsprogram")
            .addExemption(wholeLaw("integrationsloven", TargetGroup.INTEGRATION_CITIZENS))
            .build());
  }

  /**
   * Round 2: Aalborg's two applications with its own process, sent on 1 May 2017, and the
   * other municipalities' three, due to be described by 20 March 2017; whether and when they
   * were sent is not in the seed documents, so no submission is on record.
   *
   * @return the five applications
   */
  public static ImmutableList<Application> round2Applications() {
    return ImmutableList.of(
        aalborgRound2(ApplicationId.of("NJ-2-A1"), "Fleksibilitet i forhold til rehabiliteringsteams")
            .build(),
        aalborgRound2(
                ApplicationId.of("NJ-2-A2"),
                "Undtagelse af bestemmelserne om at give aktivitetsparate unge uddannelsespålæg")
            .addExemption(wholeLaw("aktivloven", TargetGroup.ACTIVITY_READY_YOUTH))
            .build(),
        othersRound2(ApplicationId.of("NJ-2-O1"), "Brug af psykologer i indsatsen til behandling").build(),
        othersRound2(
                ApplicationId.of("NJ-2-O2"),
                "Fleksibilitet på sygedagpengeområdet, herunder fx lempede krav om lægeattester")
            .addExemption(wholeLaw("sygedagpengeloven", TargetGroup.SICKNESS_BENEFIT_RECIPIENTS))
            .build(),
        othersRound2(
                ApplicationId.of("NJ-2-O3"),
                "Forsøg med 8 ugers virksomhedspraktik for udvalgte målgrupper af forsikrede ledige")
            .addExemption(wholeLaw("LAB", TargetGroup.INSURED_UNEMPLOYED))
            .build());
  }

  /**
   * The government's answers of 1 February 2017 on round 1.
   *
   * @return the seven decisions, in the applications' order
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
        decision(ApplicationId.of("NJ-1-02"), Outcome.REJECTED)
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
        decision(ApplicationId.of("NJ-1-04"), Outcome.GRANTED).build(),
        decision(ApplicationId.of("NJ-1-05"), Outcome.GRANTED).build(),
        decision(ApplicationId.of("NJ-1-06"), Outcome.GRANTED).build(),
        decision(ApplicationId.of("NJ-1-07"), Outcome.REJECTED)
            .addReason("Regeringen ønsker ikke en delvis tilbagevenden til det tidligere integrationsprogram.")
            .build());
  }

  /**
   * The five trials from 1 July 2017: Mikrolån on § 9 of lov om frikommunenetværk with
   * Aalborg confirmed and the others obliged to apply separately; the other four on the law as
   * a whole, the whole network awaiting the ministry's confirmation.
   *
   * @return the trials
   */
  public static ImmutableList<Trial> round1Trials() {
    Period period = Period.of(IN_FORCE, LocalDate.of(2021, 12, 31));
    LegalBasis section9 = basis(Provision.section("lov om frikommunenetværk", "9"));
    LegalBasis wholeLaw = basis(Provision.wholeLaw("lov om frikommunenetværk"));
    ImmutableList.Builder<Participation> mikrolaan = ImmutableList.builder();
    for (Municipality m : network().members()) {
      ParticipationStatus status =
          m.equals(AALBORG) ? ParticipationStatus.CONFIRMED : ParticipationStatus.MUST_APPLY_SEPARATELY;
      mikrolaan.add(Participation.of(m, status, DECIDED_ON));
    }
    return ImmutableList.of(
        Trial.builder()
            .id(TrialId.of("NJ-1-01"))
            .application(MIKROLAAN)
            .title("Mikrolån")
            .addLegalBasis(section9)
            .participants(mikrolaan.build())
            .period(period)
            .build(),
        networkTrial("NJ-1-03", IVAERKSAETTERI, "Iværksætteri for dimittender", wholeLaw, period),
        networkTrial("NJ-1-04", ApplicationId.of("NJ-1-04"), "Formkrav ved lovpligtige samtaler", wholeLaw, period),
        networkTrial(
            "NJ-1-05", ApplicationId.of("NJ-1-05"), "Fleksibilitet i forhold til forholdstalskravene", wholeLaw, period),
        networkTrial("NJ-1-06", ApplicationId.of("NJ-1-06"), "Fleksible rammer for uddannelse", wholeLaw, period));
  }

  private static Application.Builder networkRound1(ApplicationId id, String title) {
    return Application.builder()
        .id(id)
        .title(title)
        .round(ROUND_1)
        .network(NORTH_JUTLAND)
        .submittedOn(ROUND_1_DEADLINE);
  }

  private static Application.Builder aalborgRound1(ApplicationId id, String title) {
    return networkRound1(id, title).addApplicant(AALBORG).addApproval(PoliticalApproval.undated(AALBORG));
  }

  private static Application.Builder othersRound2(ApplicationId id, String title) {
    return Application.builder()
        .id(id)
        .title(title)
        .round(ROUND_2)
        .network(NORTH_JUTLAND)
        .describedOn(LocalDate.of(2017, 3, 20));
  }

  private static Application.Builder aalborgRound2(ApplicationId id, String title) {
    return othersRound2(id, title)
        .submittedOn(ROUND_2_DEADLINE)
        .leadApplicant(AALBORG)
        .addConsultation(
            Consultation.builder()
                .municipality(AALBORG)
                .body("LBR (Lokalt Beskæftigelsesråd)")
                .note("sendt i høring i slutningen af marts 2017")
                .build())
        .addApproval(PoliticalApproval.of(AALBORG, "Beskæftigelsesudvalget", LocalDate.of(2017, 4, 25)));
  }

  private static RequestedExemption wholeLaw(String law, TargetGroup group) {
    return RequestedExemption.of(List.of(Provision.wholeLaw(law)), List.of(group));
  }

  private static Decision.Builder decision(ApplicationId application, Outcome outcome) {
    return Decision.builder().application(application).decidedOn(DECIDED_ON).decidedBy(MINISTRY).outcome(outcome);
  }

  private static LegalBasis basis(Provision provision) {
    return LegalBasis.builder().act(FRIKOMMUNE_LAW).addProvision(provision).inForceFrom(IN_FORCE).build();
  }

  private static Trial networkTrial(String id, ApplicationId application, String title, LegalBasis basis, Period period) {
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
