package io.github.frikommune.benchmarks;

import io.github.frikommune.benchmarks.report.JmhRun;
import io.github.frikommune.benchmarks.report.RatioReport;
import io.github.frikommune.benchmarks.report.Targets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks' short profile, prints every target's ratio and refreshes the README's
 * "Performance" table.
 *
 * <p>The short profile gives each benchmark one fork, two warm-up iterations of one second and
 * three measured iterations of one second, with JMH's gc profiler for the bytes allocated per
 * operation; the whole run takes about four minutes on two cores. The system property
 * {@code benchmarks.include} (a regular expression over benchmark names) runs a subset, and
 * {@code benchmarks.reportOnly=true} only reports an existing result.
 */
public final class RunBenchmarks {
  private RunBenchmarks() {}

  /**
   * Runs, reports and refreshes.
   *
   * @param args the JMH JSON result file to write, and the README to refresh
   * @throws IOException if a file cannot be read or written
   * @throws RunnerException if JMH fails
   */
  public static void main(String[] args) throws IOException, RunnerException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: RunBenchmarks <jmh-result.json> <README.md>");
    }
    Path result = Path.of(args[0]);
    Path readme = Path.of(args[1]);
    if (!Boolean.getBoolean("benchmarks.reportOnly")) {
      Files.createDirectories(result.toAbsolutePath().getParent());
      new Runner(shortProfile(System.getProperty("benchmarks.include", ".*"), result)).run();
    }
    RatioReport report =
        RatioReport.of(Targets.all(), JmhRun.parse(Files.readString(result, StandardCharsets.UTF_8)));
    System.out.println();
    System.out.println("Targets (ratio, bound, target), each against a baseline measured in the same run:");
    System.out.print(report.text());
    String section = report.markdown(Runtime.getRuntime().availableProcessors(), LocalDate.now());
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    Files.writeString(readme, RatioReport.replaceSection(text, section), StandardCharsets.UTF_8);
    System.out.println("Refreshed the Performance table in " + readme.normalize());
  }

  private static Options shortProfile(String include, Path result) {
    return new OptionsBuilder()
        .include("io\\.github\\.frikommune\\.benchmarks\\..*(" + include + ").*")
        .mode(Mode.AverageTime)
        .timeUnit(TimeUnit.NANOSECONDS)
        .forks(1)
        .warmupIterations(2)
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(3)
        .measurementTime(TimeValue.seconds(1))
        .jvmArgsAppend("-Xms2g", "-Xmx2g")
        .addProfiler(GCProfiler.class)
        .resultFormat(ResultFormatType.JSON)
        .result(result.toString())
        .build();
  }
}
