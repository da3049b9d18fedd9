package io.github.frikommune.benchmarks.report;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Each target's ratio in one JMH run, with its bound and whether it holds, as text for the
 * console and as the Markdown table of the README's "Performance" section.
 *
 * <p>Immutable and thread-safe.
 */
public final class RatioReport {
  /** The comment that opens the generated part of the README. */
  public static final String START = "<!-- performance:start -->";

  /** The comment that closes the generated part of the README. */
  public static final String END = "<!-- performance:end -->";

  /** A target's verdict in a run. */
  public enum Verdict {
    /** The ratio keeps the bound. */
    HOLDS,
    /** The ratio breaks the bound. */
    MISSED,
    /** One of the two benchmarks was not in the run. */
    NOT_MEASURED,
    /** A ratio shown for context, without a bound. */
    CONTEXT
  }

  /**
   * One target's line.
   *
   * @param target the target
   * @param ratio the measured ratio, or empty if not measured
   * @param verdict whether it holds
   */
  public record Line(Target target, OptionalDouble ratio, Verdict verdict) {}

  private final JmhRun run;
  private final ImmutableList<Line> lines;

  private RatioReport(JmhRun run, ImmutableList<Line> lines) {
    this.run = run;
    this.lines = lines;
  }

  /**
   * Judges targets against a run.
   *
   * @param targets the targets
   * @param run the run
   * @return the report
   */
  public static RatioReport of(List<Target> targets, JmhRun run) {
    ImmutableList.Builder<Line> lines = ImmutableList.builder();
    for (Target t : targets) {
      OptionalDouble ratio = t.ratio(run.measurements());
      Verdict verdict =
          ratio.isEmpty()
              ? Verdict.NOT_MEASURED
              : t.comparison() == Target.Comparison.NONE
                  ? Verdict.CONTEXT
                  : t.holds(ratio.getAsDouble()) ? Verdict.HOLDS : Verdict.MISSED;
      lines.add(new Line(t, ratio, verdict));
    }
    return new RatioReport(run, lines.build());
  }

  /**
   * The lines, in the targets' order.
   *
   * @return the lines
   */
  public ImmutableList<Line> lines() {
    return lines;
  }

  /**
   * Whether every measured target holds.
   *
   * @return true if none is missed
   */
  public boolean allHold() {
    return lines.stream().noneMatch(l -> l.verdict() == Verdict.MISSED);
  }

  /**
   * The report as plain text, one target a line.
   *
   * @return the text
   */
  public String text() {
    StringBuilder b = new StringBuilder();
    for (Line l : lines) {
      b.append(String.format(Locale.ROOT, "%-12s %9s  %-9s  %s%n", l.verdict(), ratio(l), bound(l.target()), l.target().name()));
    }
    return b.toString();
  }

  /**
   * The README's generated part: the machine, the date and the table, between the markers.
   *
   * @param cores the number of cores of the machine ({@code nproc})
   * @param on the day of the run
   * @return the Markdown, starting with {@link #START} and ending with {@link #END}
   */
  public String markdown(int cores, LocalDate on) {
    StringBuilder b = new StringBuilder();
    b.append(START).append('\n');
    b.append(
        String.format(
            Locale.ROOT,
            "Measured on %s on %d cores with %s and JMH %s (%s).%n%n",
            on,
            cores,
            run.vm(),
            run.jmhVersion(),
            run.profile()));
    b.append("| target | ratio | bound | result |\n");
    b.append("|---|---:|---|---|\n");
    for (Line l : lines) {
      b.append("| ")
          .append(l.target().name())
          .append(" | ")
          .append(ratio(l))
          .append(" | ")
          .append(bound(l.target()))
          .append(" | ")
          .append(l.verdict() == Verdict.CONTEXT ? "" : l.verdict().name().replace('_', ' '))
          .append(" |\n");
    }
    b.append(END);
    return b.toString();
  }

  /**
   * Replaces the generated part of a README with a new one.
   *
   * @param readme the README's text, with {@link #START} before {@link #END}
   * @param section the new part, from {@link #markdown(int, LocalDate)}
   * @return the README with the part between (and including) the markers replaced
   * @throws IllegalArgumentException if the README lacks either marker, or has them out of order
   */
  public static String replaceSection(String readme, String section) {
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "README must hold the markers " + START + " and then " + END + " in its Performance section");
    }
    return readme.substring(0, start) + section + readme.substring(end + END.length());
  }

  private static String ratio(Line l) {
    return l.ratio().isPresent() ? String.format(Locale.ROOT, "%.2f×", l.ratio().getAsDouble()) : "—";
  }

  private static String bound(Target t) {
    return t.comparison() == Target.Comparison.NONE
        ? ""
        : String.format(Locale.ROOT, "%s %s×", t.comparison().symbol(), new java.math.BigDecimal(Double.toString(t.bound())).stripTrailingZeros().toPlainString());
  }
}
