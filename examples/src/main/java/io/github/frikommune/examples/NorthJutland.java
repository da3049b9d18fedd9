package io.github.frikommune.examples;

import io.github.frikommune.core.portfolio.Portfolio;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The main job: the North Jutland network's rounds 1 and 2 of Frikommuneforsøg II, modelled
 * with the public API, printed as a report and written to files.
 *
 * <p>Run it with {@code mvn -B -q -pl examples -am -DskipTests package exec:java}. The report
 * goes to standard output and, as Markdown, to {@code target/north-jutland/report.md} (or the
 * directory given as the first argument).
 */
public final class NorthJutland {
  /** The days on which the report shows each case's state. */
  static final List<LocalDate> REPORT_DATES =
      List.of(
          LocalDate.of(2017, 1, 31),
          LocalDate.of(2017, 2, 1),
          LocalDate.of(2017, 4, 26),
          LocalDate.of(2017, 6, 30),
          LocalDate.of(2017, 7, 1));

  private NorthJutland() {}

  /**
   * Prints the report and writes it to files.
   *
   * @param args optionally the output directory; {@code target/north-jutland} by default
   */
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/north-jutland");
    int status = run(dir, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  static int run(Path dir, PrintStream out, PrintStream err) {
    Portfolio portfolio = NorthJutlandScenario.portfolio();
    String report = NorthJutlandReport.render(portfolio, REPORT_DATES);
    out.print(report);
    try {
      Files.createDirectories(dir);
      Path markdown = dir.resolve("report.md");
      Files.writeString(markdown, report, StandardCharsets.UTF_8);
      out.println("Rapport (Markdown): " + markdown.toAbsolutePath().normalize());
      return 0;
    } catch (IOException e) {
      err.println("cannot write the report to " + dir + ": " + e.getMessage());
      return 1;
    }
  }
}
