package io.github.frikommune.testkit;

import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.application.Consultation;
import io.github.frikommune.core.application.PoliticalApproval;
import io.github.frikommune.core.application.RequestedExemption;
import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.decision.Condition;
import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.decision.ParticipantsRestricted;
import io.github.frikommune.core.decision.PeriodRestricted;
import io.github.frikommune.core.decision.ProvisionsRestricted;
import io.github.frikommune.core.decision.TargetGroupsExcluded;
import io.github.frikommune.core.decision.TargetGroupsKept;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.programme.ApplicationRound;
import io.github.frikommune.core.programme.Network;
import io.github.frikommune.core.programme.ParticipationModel;
import io.github.frikommune.core.programme.Programme;
import io.github.frikommune.core.trial.LegalBasis;
import io.github.frikommune.core.trial.Trial;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The promises {@link PortfolioArbitrary} makes, written out as plain checks, so the testkit's
 * own tests can state them without depending on the validator.
 */
final class PortfolioInvariants {
  private PortfolioInvariants() {}

  /** Every broken promise of a portfolio, in words; empty when it keeps them all. */
  static List<String> brokenBy(Portfolio portfolio) {
    List<String> broken = new ArrayList<>();
    Programme programme = portfolio.programme();
    List<ApplicationRound> rounds = portfolio.rounds();
    for (int i = 0; i < rounds.size(); i++) {
      ApplicationRound round = rounds.get(i);
      expect(broken, round.number() == i + 1, "round %s is not number %d", round.id(), i + 1);
      expect(broken, round.programme().equals(programme.id()), "round %s is of another programme", round.id());
      expect(broken, programme.period().contains(round.deadline()), "round %s deadline outside the programme", round.id());
      expect(broken, i == 0 || rounds.get(i - 1).deadline().isBefore(round.deadline()), "round %s deadline not increasing", round.id());
    }
    boolean networks = programme.participationModel() == ParticipationModel.NETWORKS;
    expect(broken, networks != portfolio.networks().isEmpty(), "networks do not match the participation model");
    portfolio.networks().forEach(n -> expect(broken, n.programme().equals(programme.id()), "network %s of another programme", n.id()));
    for (Application a : portfolio.applications()) {
      application(portfolio, a, networks, broken);
    }
    for (Decision d : portfolio.decisions()) {
      Optional<Application> a = portfolio.application(d.application());
      expect(broken, a.isPresent() && a.get().submittedOn().isPresent(), "decision on %s without a submitted application", d.application());
      a.flatMap(Application::submittedOn)
          .ifPresent(s -> expect(broken, !d.decidedOn().isBefore(s), "decision on %s before submission", d.application()));
      a.ifPresent(app -> decision(programme, app, d, broken));
    }
    for (Trial t : portfolio.trials()) {
      Optional<Decision> d = portfolio.decisionOn(t.application());
      expect(broken, d.isPresent() && d.get().isGranted(), "trial %s without a grant", t.id());
      d.ifPresent(decision -> trial(portfolio, decision, t, broken));
    }
    return broken;
  }

  private static void application(Portfolio portfolio, Application a, boolean networks, List<String> broken) {
    Optional<ApplicationRound> round = portfolio.round(a.round());
    expect(broken, round.isPresent(), "application %s in an unknown round", a.id());
    expect(broken, a.participants().size() == a.coApplicants().size() + a.applicants().size() + a.leadApplicant().map(m -> 1).orElse(0),
        "application %s names a municipality twice", a.id());
    if (networks) {
      Optional<Network> network = a.network().flatMap(portfolio::network);
      expect(broken, network.isPresent(), "application %s without a known network", a.id());
      network.ifPresent(n -> a.participants().forEach(
          m -> expect(broken, n.hasMember(m), "application %s: %s not in network %s", a.id(), m, n.id())));
    } else {
      expect(broken, a.network().isEmpty() && a.leadApplicant().isPresent() && a.coApplicants().isEmpty(),
          "application %s is not a single municipality's", a.id());
    }
    expect(broken, !a.exemptions().isEmpty(), "application %s requests nothing", a.id());
    for (RequestedExemption e : a.exemptions()) {
      expect(broken, !e.provisions().isEmpty() && !e.targetGroups().isEmpty(), "application %s: empty exemption", a.id());
    }
    if (a.submittedOn().isPresent()) {
      LocalDate submitted = a.submittedOn().get();
      round.ifPresent(r -> expect(broken, r.accepts(submitted), "application %s submitted after the deadline", a.id()));
      for (Municipality m : a.participants()) {
        Optional<PoliticalApproval> approval = a.approvalBy(m);
        expect(broken, approval.isPresent(), "application %s: %s has not approved", a.id(), m);
        approval.flatMap(PoliticalApproval::approvedOn)
            .ifPresent(day -> expect(broken, !day.isAfter(submitted), "application %s: %s approved after submission", a.id(), m));
      }
    }
    for (Consultation c : a.consultations()) {
      Optional<LocalDate> approval = a.approvalBy(c.municipality()).flatMap(PoliticalApproval::approvedOn);
      c.answeredOn().ifPresent(answered -> {
        expect(broken, c.sentOn().isPresent() && c.sentOn().get().isBefore(answered), "application %s: consultation answered before sent", a.id());
        approval.ifPresent(day -> expect(broken, answered.isBefore(day), "application %s: consultation answered after approval", a.id()));
      });
    }
  }

  private static void decision(Programme programme, Application a, Decision d, List<String> broken) {
    Set<Object> groups = a.exemptions().stream().flatMap(e -> e.targetGroups().stream()).collect(Collectors.toSet());
    Set<Object> provisions = a.exemptions().stream().flatMap(e -> e.provisions().stream()).collect(Collectors.toSet());
    switch (d.outcome()) {
      case GRANTED:
        expect(broken, d.narrowingConditions().isEmpty(), "granted %s has a narrowing condition", a.id());
        break;
      case PARTIALLY_GRANTED:
        expect(broken, !d.narrowingConditions().isEmpty(), "partially granted %s has no narrowing condition", a.id());
        break;
      default:
        expect(broken, !d.reasons().isEmpty() && d.narrowingConditions().isEmpty(), "rejected %s without reasons or with scope", a.id());
    }
    for (Condition c : d.conditions()) {
      if (c instanceof TargetGroupsKept) {
        expect(broken, groups.containsAll(((TargetGroupsKept) c).groups()), "%s keeps groups not asked for", a.id());
      } else if (c instanceof TargetGroupsExcluded) {
        expect(broken, groups.containsAll(((TargetGroupsExcluded) c).groups()), "%s excludes groups not asked for", a.id());
      } else if (c instanceof ParticipantsRestricted) {
        expect(broken, a.participants().containsAll(((ParticipantsRestricted) c).participants()), "%s restricts to non-applicants", a.id());
      } else if (c instanceof ProvisionsRestricted) {
        expect(broken, provisions.containsAll(((ProvisionsRestricted) c).provisions()), "%s keeps provisions not asked for", a.id());
      } else if (c instanceof PeriodRestricted) {
        expect(broken, programme.period().encloses(((PeriodRestricted) c).period()), "%s restricts to a period outside the programme", a.id());
      }
      c.statusDate().ifPresent(day -> expect(broken, !day.isBefore(d.decidedOn()), "%s condition status before the decision", a.id()));
    }
  }

  private static void trial(Portfolio portfolio, Decision d, Trial t, List<String> broken) {
    Optional<Period> period = t.periodAsExtended();
    period.ifPresent(p -> {
      for (LegalBasis basis : t.legalBases()) {
        expect(broken, !p.startInclusive().isBefore(basis.inForceFrom()), "trial %s starts before its legal basis", t.id());
        basis.expiresOn().ifPresent(e -> expect(broken, !p.endInclusive().isAfter(e), "trial %s outlives its legal basis", t.id()));
      }
      expect(broken, !p.endInclusive().isAfter(portfolio.programme().endAsExtended()), "trial %s ends after the programme", t.id());
      d.conditionsOf(PeriodRestricted.class).forEach(
          r -> expect(broken, r.period().encloses(p), "trial %s outside its restricted period", t.id()));
    });
    expect(broken, !t.legalBases().isEmpty(), "trial %s without legal basis", t.id());
  }

  private static void expect(List<String> broken, boolean holds, String format, Object... args) {
    if (!holds) {
      broken.add(String.format(format, args));
    }
  }
}
