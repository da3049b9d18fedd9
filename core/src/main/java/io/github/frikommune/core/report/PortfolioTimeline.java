package io.github.frikommune.core.report;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.law.Extension;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.programme.ApplicationRound;
import io.github.frikommune.core.trial.EvaluationWorkshop;
import io.github.frikommune.core.trial.LegalBasis;
import io.github.frikommune.core.trial.Trial;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The timeline of a portfolio (<i>tidslinje</i>): deadlines, decisions, evaluation workshops,
 * extensions and in-force dates, and the periods of the programme and its trials.
 *
 * <p>For the seed case: the deadlines of 1 December 2016, 1 May 2017 and 1 November 2017, the
 * decisions of 1 February 2017, the evaluation kick-off with KORA on 2 March 2017, lov om
 * frikommunenetværk in force on 1 July 2017, and five
 * trials from then to the end of 2021. It is data first; {@link #toPlainText()},
 * {@link #toMarkdown()} and {@link #toMermaidGantt()} render it deterministically. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class PortfolioTimeline {
  private static final Comparator<TimelineEvent> ORDER =
      Comparator.comparing(TimelineEvent::date).thenComparing(TimelineEvent::kind);

  PortfolioTimeline() {}

  /**
   * The title, the programme's name.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The dated events, by day, then kind, then the portfolio's order.
   *
   * @return the events
   */
  public abstract ImmutableList<TimelineEvent> events();

  /**
   * The programme's period first, then each trial's period as extended, in the portfolio's
   * order; trials without a period are left out.
   *
   * @return the spans
   */
  public abstract ImmutableList<TimelineSpan> spans();

  /**
   * The timeline of a portfolio.
   *
   * @param portfolio the portfolio
   * @return the timeline
   */
  public static PortfolioTimeline of(Portfolio portfolio) {
    List<TimelineEvent> events = new ArrayList<>();
    for (ApplicationRound r : portfolio.rounds()) {
      events.add(TimelineEvent.of(r.deadline(), TimelineEventKind.DEADLINE, "deadline of round " + r.id()));
    }
    for (Decision d : portfolio.decisions()) {
      String title = portfolio.application(d.application()).map(Application::title).map(t -> " " + t).orElse("");
      events.add(TimelineEvent.of(
          d.decidedOn(), TimelineEventKind.DECISION, "decision on " + d.application() + title + ": " + Text.label(d.outcome())));
    }
    for (EvaluationWorkshop w : portfolio.evaluationWorkshops()) {
      StringBuilder description = new StringBuilder(w.title());
      w.host().ifPresent(h -> description.append(", with ").append(h));
      if (!w.participants().isEmpty()) {
        description.append("; taking part: ").append(String.join(", ", w.participants()));
      }
      events.add(TimelineEvent.of(w.heldOn(), TimelineEventKind.EVALUATION_WORKSHOP, description.toString()));
    }
    for (Extension e : portfolio.programme().extensions()) {
      events.add(TimelineEvent.of(
          e.by().date(), TimelineEventKind.EXTENSION,
          "programme extended from " + e.previousEnd() + " to " + e.newEnd() + " by " + e.by().citation()));
    }
    Set<String> inForce = new LinkedHashSet<>();
    for (Trial t : portfolio.trials()) {
      for (Extension e : t.extensions()) {
        events.add(TimelineEvent.of(
            e.by().date(), TimelineEventKind.EXTENSION,
            "trial " + t.id() + " extended from " + e.previousEnd() + " to " + e.newEnd() + " by " + e.by().citation()));
      }
      for (LegalBasis b : t.legalBases()) {
        // Trials resting on the same act list it once: the day the act is in force.
        if (inForce.add(b.inForceFrom() + " " + b.act().citation())) {
          events.add(TimelineEvent.of(b.inForceFrom(), TimelineEventKind.IN_FORCE, b.act().citation() + " in force"));
        }
      }
    }
    events.sort(ORDER);
    ImmutableList.Builder<TimelineSpan> spans = ImmutableList.builder();
    spans.add(TimelineSpan.of(portfolio.programme().name(), true, portfolio.programme().periodAsExtended()));
    for (Trial t : portfolio.trials()) {
      t.periodAsExtended().ifPresent(p -> spans.add(TimelineSpan.of(t.id() + " " + t.title(), false, p)));
    }
    return new ImmutablePortfolioTimeline.Builder()
        .title(portfolio.programme().name())
        .events(events)
        .spans(spans.build())
        .build();
  }

  /**
   * The timeline as plain text: one line per event, then one per period.
   *
   * @return the text, lines ending in a newline
   */
  public String toPlainText() {
    StringBuilder b = new StringBuilder("Timeline of ").append(title()).append('\n');
    b.append('\n').append("Events").append('\n');
    for (TimelineEvent e : events()) {
      b.append("  ").append(e.date()).append("  ").append(e.description()).append('\n');
    }
    b.append('\n').append("Periods").append('\n');
    for (TimelineSpan s : spans()) {
      b.append("  ").append(s.period()).append("  ").append(s.programme() ? "programme " : "trial ").append(s.label()).append('\n');
    }
    return b.toString();
  }

  /**
   * The timeline as Markdown: a heading and two tables.
   *
   * @return the Markdown, lines ending in a newline
   */
  public String toMarkdown() {
    StringBuilder b = new StringBuilder("## Timeline of ").append(Text.cell(title())).append("\n\n");
    b.append(Text.row(List.of("date", "event", "description"))).append("|---|---|---|\n");
    for (TimelineEvent e : events()) {
      b.append(Text.row(List.of(e.date().toString(), Text.label(e.kind()), Text.cell(e.description()))));
    }
    b.append('\n');
    b.append(Text.row(List.of("from", "to", "period of"))).append("|---|---|---|\n");
    for (TimelineSpan s : spans()) {
      b.append(Text.row(List.of(
          s.period().startInclusive().toString(),
          s.period().endInclusive().toString(),
          (s.programme() ? "programme " : "trial ") + Text.cell(s.label()))));
    }
    return b.toString();
  }

  /**
   * The timeline as a Mermaid {@code gantt} chart, which GitHub and GitLab draw in Markdown:
   * the programme and trials as bars, the events as milestones, one section per kind.
   *
   * <p>Mermaid draws a bar up to the start of its end date, so each bar ends on the day after
   * the period's last day. Characters that Mermaid reads as syntax ({@code : # ;}) are left out
   * of task names.
   *
   * @return the chart's source, lines ending in a newline
   */
  public String toMermaidGantt() {
    StringBuilder b = new StringBuilder("gantt\n");
    b.append("    title ").append(name(title())).append('\n');
    b.append("    dateFormat YYYY-MM-DD\n");
    b.append("    axisFormat %Y-%m\n");
    b.append("    section Programme\n");
    int n = 0;
    for (TimelineSpan s : spans()) {
      if (s.programme()) {
        bar(b, s.label(), "programme" + (++n), s.period());
      }
    }
    for (TimelineEventKind kind : TimelineEventKind.values()) {
      List<TimelineEvent> ofKind = events().stream().filter(e -> e.kind() == kind).collect(ImmutableList.toImmutableList());
      if (ofKind.isEmpty()) {
        continue;
      }
      b.append("    section ").append(sectionName(kind)).append('\n');
      int i = 0;
      for (TimelineEvent e : ofKind) {
        b.append("    ").append(name(e.description())).append(" :milestone, ")
            .append(kind.code().replace("-", "")).append(++i).append(", ").append(e.date()).append(", 0d\n");
      }
    }
    if (spans().stream().anyMatch(s -> !s.programme())) {
      b.append("    section Trials\n");
      int i = 0;
      for (TimelineSpan s : spans()) {
        if (!s.programme()) {
          bar(b, s.label(), "trial" + (++i), s.period());
        }
      }
    }
    return b.toString();
  }

  private static void bar(StringBuilder b, String label, String id, Period period) {
    LocalDate endExclusive = period.endInclusive().plusDays(1);
    b.append("    ").append(name(label)).append(" :").append(id).append(", ")
        .append(period.startInclusive()).append(", ").append(endExclusive).append('\n');
  }

  private static String sectionName(TimelineEventKind kind) {
    switch (kind) {
      case DEADLINE:
        return "Deadlines";
      case DECISION:
        return "Decisions";
      case EVALUATION_WORKSHOP:
        return "Evaluation";
      case EXTENSION:
        return "Extensions";
      default:
        return "In force";
    }
  }

  private static String name(String text) {
    return text.replace(":", " -").replace("#", "").replace(";", ",").strip();
  }
}
