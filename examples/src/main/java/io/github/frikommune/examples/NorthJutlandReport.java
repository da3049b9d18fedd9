package io.github.frikommune.examples;

import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.application.Consultation;
import io.github.frikommune.core.application.PoliticalApproval;
import io.github.frikommune.core.application.RequestedExemption;
import io.github.frikommune.core.exemption.ExemptionAnswer;
import io.github.frikommune.core.exemption.ExemptionIndex;
import io.github.frikommune.core.exemption.Grant;
import io.github.frikommune.core.exemption.Reason;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.report.PortfolioTimeline;
import io.github.frikommune.core.report.RoundSummary;
import io.github.frikommune.core.targetgroup.TargetGroup;
import io.github.frikommune.core.validation.PortfolioValidator;
import io.github.frikommune.core.validation.ValidationResult;
import io.github.frikommune.core.validation.Violation;
import io.github.frikommune.core.validation.ViolationCode;
import io.github.frikommune.core.decision.Condition;
import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.lifecycle.ApplicationLifecycle;
import io.github.frikommune.core.lifecycle.ApplicationState;
import io.github.frikommune.core.lifecycle.LifecycleDiagrams;
import io.github.frikommune.core.lifecycle.RecordHistories;
import io.github.frikommune.core.lifecycle.TrialState;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.programme.ApplicationRound;
import io.github.frikommune.core.trial.EvaluationWorkshop;
import io.github.frikommune.core.trial.Trial;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
    report.summaries();
    report.applications();
    report.validation();
    report.evaluation();
    report.timeline();
    report.states(dates);
    report.exemptionQuestions();
    report.lifecycleDiagram();
    return report.out.toString();
  }

  private void title() {
    line("# " + portfolio.networks().get(0).name() + ", " + portfolio.programme().name());
    line();
    line("Theme (tema): " + portfolio.networks().get(0).theme().orElse("not on record"));
    line();
    line(
        "Programme period: "
            + portfolio.programme().period()
            + ", extended to "
            + portfolio.programme().endAsExtended()
            + ".");
    line();
  }

  private void summaries() {
    line("## Round summaries (ansøgningsrunder)");
    line();
    for (ApplicationRound round : portfolio.rounds()) {
      if (!portfolio.applicationsIn(round.id()).isEmpty()) {
        RoundSummary summary = RoundSummary.of(portfolio, round.id());
        line("- Round " + round.number() + ": " + summary.headline(NorthJutlandScenario.AALBORG));
      }
    }
    line();
    for (ApplicationRound round : portfolio.rounds()) {
      if (!portfolio.applicationsIn(round.id()).isEmpty()) {
        out.append(RoundSummary.of(portfolio, round.id()).toMarkdown());
        line();
      }
    }
  }

  private void validation() {
    ValidationResult result = PortfolioValidator.validate(portfolio);
    line("## Validation (business rules)");
    line();
    line(
        result.violations().size()
            + " violations: "
            + result.errors().size()
            + " errors, "
            + result.warnings().size()
            + " warnings.");
    for (Violation v : result.violations()) {
      line("- `" + v.code().code() + "` " + v.severity().code() + " at `" + v.path() + "`: " + v.englishMessage());
    }
    long withoutExemption = result.violations().stream().filter(v -> v.code() == ViolationCode.EXEMPTION_MISSING).count();
    if (withoutExemption > 0) {
      line();
      line(
          withoutExemption
              + " applications have no exemption on record: the seed documents name neither a law nor"
              + " a target group for them, so the record is incomplete there, and the validator says so"
              + " rather than guess.");
    }
    line();
  }

  private void timeline() {
    PortfolioTimeline timeline = PortfolioTimeline.of(portfolio);
    out.append(timeline.toMarkdown());
    line();
    line("```mermaid");
    out.append(timeline.toMermaidGantt());
    line("```");
    line();
  }

  private void exemptionQuestions() {
    ExemptionIndex index = ExemptionIndex.of(portfolio);
    line("## The exemption question (fritagelsesspørgsmålet)");
    line();
    Provision loans = Provision.parse("aktivloven § 65");
    ask(index, NorthJutlandScenario.AALBORG, LocalDate.of(2017, 8, 1), loans, TargetGroup.JOB_READY_CASH_BENEFIT);
    ask(index, NorthJutlandScenario.HJOERRING, LocalDate.of(2017, 8, 1), loans, TargetGroup.JOB_READY_CASH_BENEFIT);
    ask(index, NorthJutlandScenario.AALBORG, LocalDate.of(2017, 6, 30), loans, TargetGroup.JOB_READY_CASH_BENEFIT);
    ask(index, NorthJutlandScenario.AALBORG, LocalDate.of(2017, 8, 1), loans, TargetGroup.ACTIVITY_READY);
    Provision entrepreneurs = Provision.wholeLaw("integrationsloven");
    ask(index, NorthJutlandScenario.AALBORG, LocalDate.of(2017, 8, 1), entrepreneurs, TargetGroup.INTEGRATION_CITIZENS);
    ask(index, NorthJutlandScenario.AALBORG, LocalDate.of(2017, 8, 1), Provision.parse("sygedagpengeloven § 7"), TargetGroup.SICKNESS_BENEFIT_RECIPIENTS);
    line();
  }

  private void ask(ExemptionIndex index, Municipality m, LocalDate on, Provision p, TargetGroup g) {
    ExemptionAnswer answer = index.answer(m, on, p, g);
    line("- May **" + m.name() + "** on " + on + " deviate from *" + p + "* for *" + g.label() + "*? **"
        + (answer.isYes() ? "Yes" : "No") + "**");
    for (Grant grant : answer.grants()) {
      line("  - trial " + grant.trial() + " " + grant.title() + ", decision of " + grant.decision().decidedOn()
          + " (" + grant.decision().outcome().danishLabel() + "), legal basis " + String.join("; ", grant.citations()));
      grant.conditions().forEach(c -> line("  - condition in force: " + c.text().orElse(c.kind().code())));
    }
    for (Reason reason : answer.reasons()) {
      line("  - " + reason.message(Locale.ENGLISH));
    }
  }

  private void applications() {
    line("## Applications and decisions (ansøgninger og afgørelser)");
    for (ApplicationRound round : portfolio.rounds()) {
      List<Application> applications = portfolio.applicationsIn(round.id());
      if (applications.isEmpty()) {
        continue;
      }
      line();
      line("### Round " + round.number() + " (deadline " + round.deadline() + ")");
      line();
      for (Application a : applications) {
        Optional<Decision> decision = portfolio.decisionOn(a.id());
        String undecided = a.submittedOn().isPresent() ? "awaiting decision" : "no submission on record";
        line(
            "- **"
                + a.title()
                + "** ("
                + a.id()
                + "): "
                + decision.map(d -> d.outcome().code() + " (" + d.outcome().danishLabel() + ") on " + d.decidedOn()).orElse(undecided));
        applicants(a);
        localProcess(a);
        for (RequestedExemption e : a.exemptions()) {
          line("  - exemption from " + (e.provisions().isEmpty() ? "no provision on record" : join(e.provisions()))
              + " for " + (e.targetGroups().isEmpty() ? "no target group on record" : labels(e.targetGroups())));
        }
        decision.ifPresent(
            d -> {
              for (Condition c : d.conditions()) {
                line("  - condition (" + c.kind().danishLabel() + "): " + c.text().orElse(c.kind().code()));
              }
              for (String reason : d.reasons()) {
                line("  - reason: " + reason);
              }
            });
      }
    }
    line();
  }

  private void applicants(Application a) {
    if (a.participants().isEmpty()) {
      line("  - applicants (ansøgere): not on record");
      return;
    }
    a.leadApplicant().ifPresent(m -> line("  - lead applicant (ansøger): " + m.name()));
    if (!a.coApplicants().isEmpty()) {
      line("  - co-applicants (medansøgere): " + join(a.coApplicants()));
    }
    if (!a.applicants().isEmpty()) {
      line("  - lead or co-applicant, role not on record (ansøger/medansøger): " + join(a.applicants()));
    }
  }

  /** The local process as the record has it: described, consulted, approved, submitted. */
  private void localProcess(Application a) {
    a.describedOn().ifPresent(d -> line("  - described (færdigbeskrevet): " + d));
    for (Consultation c : a.consultations()) {
      StringBuilder b = new StringBuilder("  - consultation (høring) of ").append(c.body());
      c.sentOn().ifPresent(d -> b.append(", sent ").append(d));
      c.answeredOn().ifPresent(d -> b.append(", answered ").append(d));
      c.note().ifPresent(n -> b.append(": ").append(n));
      line(b.toString());
    }
    for (PoliticalApproval approval : a.approvals()) {
      line("  - approved (politisk godkendt) by " + approval.municipality().name()
          + approval.body().map(body -> ", " + body).orElse("")
          + approval.approvedOn().map(d -> ", " + d).orElse(", day not on record"));
    }
    a.submittedOn().ifPresent(d -> line("  - submitted (indsendt): " + d));
  }

  private void evaluation() {
    line("## Evaluation (evaluering)");
    line();
    for (EvaluationWorkshop w : portfolio.evaluationWorkshops()) {
      line("- " + w.heldOn() + ": " + w.title() + w.host().map(h -> ", with " + h).orElse("")
          + (w.participants().isEmpty() ? "" : "; taking part with the network: " + String.join(", ", w.participants())));
    }
    long designs = portfolio.trials().stream().filter(t -> t.evaluationDesign().isPresent()).count();
    line("- Evaluation designs (evalueringsdesigns) on record: " + designs + " of " + portfolio.trials().size() + " trials.");
    line();
  }

  private static String join(List<?> values) {
    StringBuilder b = new StringBuilder();
    for (Object v : values) {
      b.append(b.length() == 0 ? "" : ", ").append(v instanceof Municipality ? ((Municipality) v).name() : v);
    }
    return b.toString();
  }

  private static String labels(List<TargetGroup> groups) {
    StringBuilder b = new StringBuilder();
    for (TargetGroup g : groups) {
      b.append(b.length() == 0 ? "" : ", ").append(g.label());
    }
    return b.toString();
  }

  private void states(List<LocalDate> dates) {
    line("## States on chosen days");
    line();
    StringBuilder header = new StringBuilder("| case |");
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
      StringBuilder row = new StringBuilder("| application " + a.id() + " " + a.title() + " |");
      for (LocalDate d : dates) {
        ApplicationState s = history.stateOn(d);
        row.append(' ').append(s.danishLabel()).append(" |");
      }
      line(row.toString());
    }
    for (Trial t : portfolio.trials()) {
      var history = RecordHistories.trial(t, portfolio.programme(), RECORDED_BY).history();
      StringBuilder row = new StringBuilder("| trial " + t.id() + " " + t.title() + " |");
      for (LocalDate d : dates) {
        TrialState s = history.stateOn(d);
        row.append(' ').append(s.danishLabel()).append(" |");
      }
      line(row.toString());
    }
    line();
  }

  private void lifecycleDiagram() {
    line("## The application lifecycle (ansøgningens forløb)");
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
