package io.github.frikommune.core.report;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.decision.Outcome;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.programme.ApplicationRound;
import io.github.frikommune.core.programme.RoundId;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The summary of one application round (<i>opgørelse af ansøgningsrunden</i>): applications by
 * outcome, by municipality and by role.
 *
 * <p>For round 1 of the seed case it reads as the municipality wrote it: "7 sent, 5 granted
 * wholly or partially, 2 rejected; Aalborg lead or co-applicant on 4". It is data first;
 * {@link #toPlainText()} and {@link #toMarkdown()} render it deterministically. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class RoundSummary {
  RoundSummary() {}

  /**
   * The round.
   *
   * @return the round's identifier
   */
  public abstract RoundId round();

  /**
   * The round's deadline.
   *
   * @return the deadline, or empty if the round is not on record
   */
  public abstract Optional<LocalDate> deadline();

  /**
   * The round's applications, in the portfolio's order.
   *
   * @return one line per application
   */
  public abstract ImmutableList<ApplicationLine> applications();

  /**
   * Summarises one round of a portfolio.
   *
   * @param portfolio the portfolio
   * @param round the round's identifier
   * @return the summary
   */
  public static RoundSummary of(Portfolio portfolio, RoundId round) {
    ImmutableRoundSummary.Builder summary =
        new ImmutableRoundSummary.Builder()
            .round(round)
            .deadline(portfolio.round(round).map(ApplicationRound::deadline));
    for (Application a : portfolio.applicationsIn(round)) {
      summary.addApplication(
          ApplicationLine.builder()
              .application(a.id())
              .title(a.title())
              .leadApplicant(a.leadApplicant())
              .coApplicants(a.coApplicants())
              .applicants(a.applicants())
              .submitted(a.submittedOn().isPresent())
              .outcome(portfolio.decisionOn(a.id()).map(Decision::outcome))
              .build());
    }
    return summary.build();
  }

  /**
   * The applications sent to the ministry.
   *
   * @return the count
   */
  public int sent() {
    return (int) applications().stream().filter(ApplicationLine::submitted).count();
  }

  /**
   * The applications decided with an outcome.
   *
   * @param outcome the outcome
   * @return the count
   */
  public int count(Outcome outcome) {
    return (int) applications().stream().filter(l -> l.outcome().equals(Optional.of(outcome))).count();
  }

  /**
   * The applications granted wholly or partially (<i>helt eller delvist imødekommet</i>).
   *
   * @return the count
   */
  public int grantedWhollyOrPartially() {
    return count(Outcome.GRANTED) + count(Outcome.PARTIALLY_GRANTED);
  }

  /**
   * The applications sent but not yet decided.
   *
   * @return the count
   */
  public int undecided() {
    return (int) applications().stream().filter(l -> l.submitted() && l.outcome().isEmpty()).count();
  }

  /**
   * Each municipality named as lead applicant, co-applicant or applicant of unrecorded role,
   * with how often; a municipality named twice on one application counts once, in its first
   * role.
   *
   * @return the tallies, ordered by municipality code
   */
  public ImmutableList<MunicipalityTally> byMunicipality() {
    Map<Municipality, int[]> counts = new TreeMap<>();
    for (ApplicationLine l : applications()) {
      Set<Municipality> counted = new HashSet<>();
      l.leadApplicant().filter(counted::add).ifPresent(m -> counts.computeIfAbsent(m, k -> new int[3])[0]++);
      l.coApplicants().stream().filter(counted::add).forEach(m -> counts.computeIfAbsent(m, k -> new int[3])[1]++);
      l.applicants().stream().filter(counted::add).forEach(m -> counts.computeIfAbsent(m, k -> new int[3])[2]++);
    }
    return counts.entrySet().stream()
        .map(e -> MunicipalityTally.of(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The tally of one municipality.
   *
   * @param municipality the municipality
   * @return its tally; zero counts if it is not named
   */
  public MunicipalityTally tallyOf(Municipality municipality) {
    return byMunicipality().stream()
        .filter(t -> t.municipality().equals(municipality))
        .findFirst()
        .orElse(MunicipalityTally.of(municipality, 0, 0, 0));
  }

  /**
   * The summary in one line, e.g. {@code 7 sent, 5 granted wholly or partially, 2 rejected}.
   *
   * @return the headline
   */
  public String headline() {
    StringBuilder b =
        new StringBuilder()
            .append(sent()).append(" sent, ")
            .append(grantedWhollyOrPartially()).append(" granted wholly or partially, ")
            .append(count(Outcome.REJECTED)).append(" rejected");
    if (undecided() > 0) {
      b.append(", ").append(undecided()).append(" undecided");
    }
    return b.toString();
  }

  /**
   * The headline with one municipality's part, e.g. {@code 7 sent, 5 granted wholly or
   * partially, 2 rejected; Aalborg lead or co-applicant on 4}.
   *
   * @param municipality the municipality
   * @return the headline
   */
  public String headline(Municipality municipality) {
    return headline() + "; " + municipality.name() + " lead or co-applicant on " + tallyOf(municipality).total();
  }

  /**
   * The summary as plain text.
   *
   * @return the text, lines ending in a newline
   */
  public String toPlainText() {
    StringBuilder b = new StringBuilder();
    b.append("Round ").append(round()).append(deadline().map(d -> ", deadline " + d).orElse("")).append('\n');
    b.append(headline()).append('\n');
    b.append('\n').append("By outcome").append('\n');
    for (Outcome o : Outcome.values()) {
      b.append("  ").append(Text.label(o)).append(": ").append(count(o)).append('\n');
    }
    if (undecided() > 0) {
      b.append("  undecided: ").append(undecided()).append('\n');
    }
    b.append('\n').append("Applications").append('\n');
    for (ApplicationLine l : applications()) {
      b.append("  ").append(l.application()).append("  ").append(l.title()).append('\n');
      b.append("    ").append(outcomeText(l)).append("; lead applicant: ").append(lead(l));
      if (!l.coApplicants().isEmpty()) {
        b.append("; co-applicants: ").append(names(l.coApplicants()));
      }
      if (!l.applicants().isEmpty()) {
        b.append("; lead or co-applicant, role not on record: ").append(names(l.applicants()));
      }
      b.append('\n');
    }
    b.append('\n').append("By municipality").append('\n');
    List<MunicipalityTally> tallies = byMunicipality();
    if (tallies.isEmpty()) {
      b.append("  no lead or co-applicant on record").append('\n');
    }
    for (MunicipalityTally t : tallies) {
      b.append("  ").append(t.municipality().name()).append(": lead or co-applicant on ").append(t.total())
          .append(" (lead ").append(t.asLead()).append(", co-applicant ").append(t.asCoApplicant())
          .append(", role not on record ").append(t.roleNotOnRecord()).append(")\n");
    }
    return b.toString();
  }

  /**
   * The summary as Markdown: a heading, the headline and three tables.
   *
   * @return the Markdown, lines ending in a newline
   */
  public String toMarkdown() {
    StringBuilder b = new StringBuilder();
    b.append("## Round ").append(round()).append(deadline().map(d -> " (deadline " + d + ")").orElse("")).append("\n\n");
    b.append(headline()).append(".\n\n");
    b.append(Text.row(List.of("outcome", "applications"))).append("|---|---:|\n");
    for (Outcome o : Outcome.values()) {
      b.append(Text.row(List.of(Text.label(o), Integer.toString(count(o)))));
    }
    if (undecided() > 0) {
      b.append(Text.row(List.of("undecided", Integer.toString(undecided()))));
    }
    b.append('\n');
    b.append(Text.row(List.of("application", "title", "lead applicant", "co-applicants", "role not on record", "outcome")))
        .append("|---|---|---|---|---|---|\n");
    for (ApplicationLine l : applications()) {
      b.append(Text.row(List.of(
          l.application().toString(),
          Text.cell(l.title()),
          lead(l),
          names(l.coApplicants()),
          names(l.applicants()),
          outcomeText(l))));
    }
    b.append('\n');
    b.append(Text.row(List.of("municipality", "lead", "co-applicant", "role not on record", "lead or co-applicant")))
        .append("|---|---:|---:|---:|---:|\n");
    for (MunicipalityTally t : byMunicipality()) {
      b.append(Text.row(List.of(
          t.municipality().name(),
          Integer.toString(t.asLead()),
          Integer.toString(t.asCoApplicant()),
          Integer.toString(t.roleNotOnRecord()),
          Integer.toString(t.total()))));
    }
    return b.toString();
  }

  private static String outcomeText(ApplicationLine l) {
    return l.outcome().map(Text::label).orElse(l.submitted() ? "undecided" : "no submission on record");
  }

  private static String lead(ApplicationLine l) {
    return l.leadApplicant().map(Municipality::name).orElse("not on record");
  }

  private static String names(List<Municipality> municipalities) {
    StringBuilder b = new StringBuilder();
    for (Municipality m : municipalities) {
      b.append(b.length() == 0 ? "" : ", ").append(m.name());
    }
    return b.toString();
  }
}
