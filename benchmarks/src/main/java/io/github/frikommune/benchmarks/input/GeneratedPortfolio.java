package io.github.frikommune.benchmarks.input;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.application.ApplicationId;
import io.github.frikommune.core.application.Consultation;
import io.github.frikommune.core.application.PoliticalApproval;
import io.github.frikommune.core.application.RequestedExemption;
import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.decision.Condition;
import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.decision.Outcome;
import io.github.frikommune.core.decision.ParticipantsRestricted;
import io.github.frikommune.core.decision.PeriodRestricted;
import io.github.frikommune.core.decision.ReportingDuty;
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
import io.github.frikommune.core.trial.LegalBasis;
import io.github.frikommune.core.trial.Participation;
import io.github.frikommune.core.trial.ParticipationStatus;
import io.github.frikommune.core.trial.Trial;
import io.github.frikommune.core.trial.TrialId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A generated, valid portfolio of the size a benchmark needs, built with core's public API from
 * a fixed-seed {@link Random}, so every run measures the same input.
 *
 * <p>The programme is shaped like Frikommuneforsøg II: one network per region, so that the 98
 * municipalities all take part; the three rounds of the seed case; applications led by a
 * member of their network with up to three co-applicants, approved by every participant after
 * any consultation and before submission on or before the deadline. Every application is
 * decided two months after its round's deadline: 55 % granted (some with a reporting duty),
 * 25 % partially granted with a narrowing condition, 20 % rejected with a reason. Every granted
 * or partially granted application becomes a trial resting on a section of the programme law,
 * in force from its round's start day to the programme's end, with the applicants confirmed
 * and the network's other members awaiting confirmation or obliged to apply separately.
 *
 * <p>The exempted provisions are drawn from a pool that grows with the portfolio (one provision
 * for every four applications, at least 20), so a provision is cited by about as many trials in
 * a portfolio of 100 trials as in one of 10,000, as it would be in a bigger programme.
 */
public final class GeneratedPortfolio {
  /** The seed of every generated input. */
  public static final long SEED = 20161201L;

  /** The programme's identifier. */
  public static final ProgrammeId PROGRAMME = ProgrammeId.of("FK2");

  /** The programme's first day. */
  public static final LocalDate PROGRAMME_START = LocalDate.of(2016, 1, 1);

  /** The programme's last day, as extended. */
  public static final LocalDate PROGRAMME_END = LocalDate.of(2021, 12, 31);

  private static final LegalAct PROGRAMME_LAW =
      LegalAct.of(LegalActKind.LAW, 658, LocalDate.of(2017, 6, 8), "lov om frikommunenetværk");

  private static final String[] LAWS = {
    "aktivloven", "LAB", "sygedagpengeloven", "integrationsloven", "arbejdsløshedsforsikringsloven"
  };

  private static final List<LocalDate> DEADLINES =
      List.of(LocalDate.of(2016, 12, 1), LocalDate.of(2017, 5, 1), LocalDate.of(2017, 11, 1));

  private static final List<LocalDate> STARTS =
      List.of(LocalDate.of(2017, 7, 1), LocalDate.of(2018, 1, 1), LocalDate.of(2018, 7, 1));

  private static final String[] TITLES = {
    "Mikrolån",
    "Formkrav ved lovpligtige samtaler",
    "Fleksible rammer for uddannelse",
    "Fleksibilitet i forhold til forholdstalskravene",
    "Virksomhedspraktik i otte uger",
    "Lempede krav til lægeattester",
    "Psykologer i behandlingen",
    "Rehabiliteringsteams med færre deltagere",
  };

  private static final String[] EFFECTS = {
    "Flere borgere i job",
    "Kortere sagsbehandlingstid",
    "Færre unødige samtaler",
    "Flere unge i uddannelse",
  };

  private static final String[] REASONS = {
    "Regeringen vil afvente evaluering af et lignende forsøg.",
    "Regeringen ønsker ikke at fravige reglerne på dette område.",
  };

  private final Random random;
  private final List<Network> networks;
  private final List<Provision> provisions;
  private final List<TargetGroup> groups;

  private GeneratedPortfolio(int poolFor) {
    this.random = new Random(SEED);
    this.networks = networks();
    List<Provision> pool = new ArrayList<>();
    for (int k = 0; k < provisionPool(poolFor); k++) {
      pool.add(provision(k));
    }
    this.provisions = pool;
    this.groups = ImmutableList.copyOf(TargetGroup.known().values());
  }

  /**
   * A portfolio with a number of applications.
   *
   * @param applications the number of applications, at least 1
   * @return the portfolio
   */
  public static Portfolio withApplications(int applications) {
    return new GeneratedPortfolio(applications).generate(applications, Integer.MAX_VALUE);
  }

  /**
   * A portfolio with a number of trials, and the applications and decisions behind them.
   *
   * @param trials the number of trials, at least 1
   * @return the portfolio
   */
  public static Portfolio withTrials(int trials) {
    return new GeneratedPortfolio(trials).generate(Integer.MAX_VALUE, trials);
  }

  /**
   * The k-th provision of the pool: section {@code 1 + k / 5} of one of five laws.
   *
   * @param k the index, at least 0
   * @return the provision
   */
  public static Provision provision(int k) {
    return Provision.section(LAWS[k % LAWS.length], Integer.toString(1 + k / LAWS.length));
  }

  /**
   * The size of the provision pool of a portfolio generated for a number of applications or
   * trials.
   *
   * @param size the number of applications or trials asked for
   * @return the number of provisions in the pool
   */
  public static int provisionPool(int size) {
    return Math.max(20, size / 4);
  }

  private Portfolio generate(int maxApplications, int maxTrials) {
    ImmutableList.Builder<Application> applications = ImmutableList.builder();
    ImmutableList.Builder<Decision> decisions = ImmutableList.builder();
    ImmutableList.Builder<Trial> trials = ImmutableList.builder();
    int trialCount = 0;
    for (int i = 1; i <= maxApplications && trialCount < maxTrials; i++) {
      int round = random.nextInt(DEADLINES.size());
      Network network = networks.get(random.nextInt(networks.size()));
      Application application = application(i, round, network);
      Decision decision = decision(application, round);
      applications.add(application);
      decisions.add(decision);
      if (decision.isGranted()) {
        trials.add(trial(i, application, decision, round, network));
        trialCount++;
      }
    }
    return Portfolio.builder()
        .programme(programme())
        .networks(networks)
        .rounds(rounds())
        .applications(applications.build())
        .decisions(decisions.build())
        .trials(trials.build())
        .build();
  }

  private Application application(int i, int round, Network network) {
    List<Municipality> members = new ArrayList<>(network.members());
    Collections.shuffle(members, random);
    int participants = 1 + random.nextInt(Math.min(4, members.size()));
    Municipality lead = members.get(0);
    List<Municipality> coApplicants = members.subList(1, participants);

    LocalDate submitted = DEADLINES.get(round).minusDays(random.nextInt(5));
    LocalDate described = submitted.minusDays(40 + random.nextInt(10));
    var builder =
        Application.builder()
            .id(applicationId(i))
            .title(TITLES[random.nextInt(TITLES.length)] + " " + i)
            .round(RoundId.of(PROGRAMME, round + 1))
            .network(network.id())
            .leadApplicant(lead)
            .coApplicants(coApplicants)
            .describedOn(described)
            .submittedOn(submitted);
    if (random.nextBoolean()) {
      builder.description("Forsøget skal afprøve om " + TITLES[random.nextInt(TITLES.length)].toLowerCase(Locale.ROOT) + " virker.");
    }
    int exemptions = 1 + random.nextInt(2);
    for (int e = 0; e < exemptions; e++) {
      builder.addExemption(exemption());
    }
    for (int e = random.nextInt(3); e > 0; e--) {
      builder.addExpectedEffect(EFFECTS[random.nextInt(EFFECTS.length)]);
    }
    if (random.nextInt(10) < 4) {
      LocalDate sent = described.plusDays(2);
      builder.addConsultation(
          Consultation.builder()
              .municipality(lead)
              .body("LBR")
              .sentOn(sent)
              .answeredOn(sent.plusDays(10))
              .remarks("LBR bakker op om forsøget.")
              .build());
    }
    for (Municipality m : members.subList(0, participants)) {
      builder.addApproval(
          PoliticalApproval.of(m, "Beskæftigelsesudvalget", submitted.minusDays(random.nextInt(20))));
    }
    return builder.build();
  }

  private RequestedExemption exemption() {
    var builder = RequestedExemption.builder();
    int cited = 1 + random.nextInt(2);
    for (int p = 0; p < cited; p++) {
      Provision provision = provisions.get(random.nextInt(provisions.size()));
      builder.addProvision(provision);
    }
    List<TargetGroup> shuffled = new ArrayList<>(groups);
    Collections.shuffle(shuffled, random);
    builder.targetGroups(shuffled.subList(0, 1 + random.nextInt(3)));
    if (random.nextBoolean()) {
      builder.rationale("Reglerne står i vejen for en mere fleksibel indsats.");
    }
    return builder.build();
  }

  private Decision decision(Application application, int round) {
    int roll = random.nextInt(100);
    Outcome outcome = roll < 55 ? Outcome.GRANTED : roll < 80 ? Outcome.PARTIALLY_GRANTED : Outcome.REJECTED;
    var builder =
        Decision.builder()
            .application(application.id())
            .decidedOn(DEADLINES.get(round).plusMonths(2))
            .decidedBy("Økonomi- og Indenrigsministeriet")
            .outcome(outcome);
    switch (outcome) {
      case GRANTED:
        if (random.nextInt(10) < 3) {
          builder.addCondition(ReportingDuty.of("Kommunerne afrapporterer årligt til ministeriet."));
        }
        break;
      case PARTIALLY_GRANTED:
        builder.addCondition(narrowing(application, round));
        break;
      default:
        builder.addReason(REASONS[random.nextInt(REASONS.length)]);
        break;
    }
    return builder.build();
  }

  private Condition narrowing(Application application, int round) {
    List<TargetGroup> requested = new ArrayList<>();
    application.exemptions().forEach(e -> e.targetGroups().forEach(g -> {
      if (!requested.contains(g)) {
        requested.add(g);
      }
    }));
    if (requested.size() > 1) {
      // Drop a group that lies within no other requested group, or keeping that other group
      // would keep it too and the condition would not narrow the request.
      TargetGroup dropped =
          requested.stream()
              .filter(d -> requested.stream().noneMatch(g -> !g.equals(d) && d.isWithin(g)))
              .findFirst()
              .orElseThrow();
      List<TargetGroup> kept = new ArrayList<>(requested);
      kept.remove(dropped);
      return TargetGroupsKept.of(kept);
    }
    if (!application.coApplicants().isEmpty()) {
      return ParticipantsRestricted.of(List.of(application.leadApplicant().orElseThrow()));
    }
    LocalDate start = STARTS.get(round);
    return PeriodRestricted.of(Period.of(start, start.plusYears(2).minusDays(1)));
  }

  private Trial trial(int i, Application application, Decision decision, int round, Network network) {
    LocalDate inForce = STARTS.get(round);
    boolean restricted = decision.conditions().stream().anyMatch(c -> c instanceof ParticipantsRestricted);
    ImmutableList.Builder<Participation> participants = ImmutableList.builder();
    for (Municipality m : network.members()) {
      ParticipationStatus status =
          application.isParticipant(m) && (!restricted || application.leadApplicant().orElseThrow().equals(m))
              ? ParticipationStatus.CONFIRMED
              : restricted ? ParticipationStatus.MUST_APPLY_SEPARATELY : ParticipationStatus.PENDING_CONFIRMATION;
      participants.add(Participation.of(m, status, decision.decidedOn()));
    }
    return Trial.builder()
        .id(TrialId.of("T-" + pad(i)))
        .application(application.id())
        .title(application.title())
        .addLegalBasis(
            LegalBasis.builder()
                .act(PROGRAMME_LAW)
                .addProvision(Provision.section("lov om frikommunenetværk", Integer.toString(3 + random.nextInt(30))))
                .inForceFrom(inForce)
                .build())
        .participants(participants.build())
        .period(Period.of(inForce, PROGRAMME_END))
        .build();
  }

  private static ApplicationId applicationId(int i) {
    return ApplicationId.of("G-" + pad(i));
  }

  private static String pad(int i) {
    return String.format("%06d", i);
  }

  private static Programme programme() {
    return Programme.builder()
        .id(PROGRAMME)
        .name("Frikommuneforsøg II")
        .period(Period.of(PROGRAMME_START, LocalDate.of(2020, 6, 30)))
        .participationModel(ParticipationModel.NETWORKS)
        .addExtension(
            Extension.builder()
                .previousEnd(LocalDate.of(2020, 6, 30))
                .newEnd(PROGRAMME_END)
                .by(PROGRAMME_LAW)
                .provision(Provision.section("lov om frikommunenetværk", "1"))
                .build())
        .build();
  }

  private static List<Network> networks() {
    List<Network> all = new ArrayList<>();
    for (Region region : Region.values()) {
      all.add(
          Network.builder()
              .id(NetworkId.of("region-" + region.code()))
              .programme(PROGRAMME)
              .name("Frikommunenetværk " + region.danishLabel())
              .members(Municipalities.inRegion(region))
              .build());
    }
    return List.copyOf(all);
  }

  private static ImmutableList<ApplicationRound> rounds() {
    ImmutableList.Builder<ApplicationRound> rounds = ImmutableList.builder();
    for (int r = 0; r < DEADLINES.size(); r++) {
      rounds.add(ApplicationRound.of(PROGRAMME, r + 1, DEADLINES.get(r)));
    }
    return rounds.build();
  }
}
