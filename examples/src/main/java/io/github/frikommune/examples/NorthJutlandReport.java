package io.github.frikommune.examples;

import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.decision.Condition;
import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.lifecycle.ApplicationLifecycle;
import io.github.frikommune.core.lifecycle.ApplicationState;
import io.github.frikommune.core.lifecycle.LifecycleDiagrams;
import io.github.frikommune.core.lifecycle.RecordHistories;
import io.github.frikommune.core.lifecycle.TrialState;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.programme.ApplicationRound;
import io.github.frikommune.core.trial.Trial;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The report of the North Jutland scenario, in Markdown: readable in a terminal and rendered
 * with its Mermaid diagrams on GitHub or GitLab.
 */
final class NorthJutlandReport {
  static final String RECORDED_BY = "Nordjysk frikommunenetværk";

  private final Portfolio portfolio;
  private final StringBuilder out = new StringBuilder();

  private NorthJutlandReport(Portfolio portfolio) {
    this.portfolio = portfolio;
  }

  /**
   * Renders the report of a portfolio.
   *
   * @param portfolio the portfolio
   * @param dates the days on which to show each application's and trial's state
   * @return the report in Markdown
   */
  static String render(Portfolio portfolio, List<LocalDate> dates) {
    NorthJutlandReport report = new NorthJutlandReport(portfolio);
    report.title();
    report.applications();
    report.states(dates);
    report.lifecycleDiagram();
    return report.out.toString();
  }

  private void title() {
    line("# " + portfolio.networks().get(0).name() + " i " + portfolio.programme().name());
    line();
    line("Tema: " + portfolio.networks().get(0).theme().orElse("(ukendt)"));
    line();
    line(
        "Programperiode: "
            + portfolio.programme().period()
            + ", forlænget til "
            + portfolio.programme().endAsExtended()
            + ".");
    line();
  }

  private void applications() {
    line("## Ansøgninger og afgørelser");
    for (ApplicationRound round : portfolio.rounds()) {
      List<Application> applications = portfolio.applicationsIn(round.id());
      if (applications.isEmpty()) {
        continue;
      }
      line();
      line("### Ansøgningsrunde " + round.number() + " (frist " + round.deadline() + ")");
      line();
      for (Application a : applications) {
        Optional<Decision> decision = portfolio.decisionOn(a.id());
        line(
            "- **"
                + a.title()
                + "** ("
                + a.id()
                + "): "
                + decision.map(d -> d.outcome().danishLabel() + " " + d.decidedOn()).orElse("afventer afgørelse"));
        line("  - ansøgere: " + (a.participants().isEmpty() ? "ikke oplyst" : a.participants().toString()));
        decision.ifPresent(
            d -> {
              for (Condition c : d.conditions()) {
                line("  - vilkår (" + c.kind().danishLabel() + "): " + c.text().orElse(c.kind().code()));
              }
              for (String reason : d.reasons()) {
                line("  - begrundelse: " + reason);
              }
            });
      }
    }
    line();
  }

  private void states(List<LocalDate> dates) {
    line("## Status på udvalgte dage");
    line();
    StringBuilder header = new StringBuilder("| sag |");
    StringBuilder rule = new StringBuilder("|---|");
    for (LocalDate d : dates) {
      header.append(' ').append(d).append(" |");
      rule.append("---|");
    }
    line(header.toString());
    line(rule.toString());
    for (Application a : portfolio.applications()) {
      ApplicationRound round = portfolio.round(a.round()).orElseThrow();
      var history = RecordHistories.application(a, round, portfolio.decisionOn(a.id()), RECORDED_BY).history();
      StringBuilder row = new StringBuilder("| ansøgning " + a.id() + " " + a.title() + " |");
      for (LocalDate d : dates) {
        ApplicationState s = history.stateOn(d);
        row.append(' ').append(s.danishLabel()).append(" |");
      }
      line(row.toString());
    }
    for (Trial t : portfolio.trials()) {
      var history = RecordHistories.trial(t, portfolio.programme(), RECORDED_BY).history();
      StringBuilder row = new StringBuilder("| forsøg " + t.id() + " " + t.title() + " |");
      for (LocalDate d : dates) {
        TrialState s = history.stateOn(d);
        row.append(' ').append(s.danishLabel()).append(" |");
      }
      line(row.toString());
    }
    line();
  }

  private void lifecycleDiagram() {
    line("## Ansøgningens forløb");
    line();
    line("```mermaid");
    out.append(LifecycleDiagrams.mermaid(ApplicationLifecycle.table()));
    line("```");
    line();
  }

  private void line(String text) {
    out.append(text).append('\n');
  }

  private void line() {
    out.append('\n');
  }
}
