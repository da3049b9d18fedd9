package io.github.frikommune.benchmarks.report;

import static io.github.frikommune.benchmarks.report.Target.Comparison.AT_LEAST;
import static io.github.frikommune.benchmarks.report.Target.Comparison.AT_MOST;

import com.google.common.collect.ImmutableList;

/**
 * The project's performance targets, each a ratio to what a user would otherwise write,
 * measured in the same run.
 */
public final class Targets {
  private static final String DECODE = "JsonDecodeBenchmarks.";
  private static final String ENCODE = "JsonEncodeBenchmarks.";

  private Targets() {}

  /**
   * Every target, then the ratios shown for context.
   *
   * @return the targets
   */
  public static ImmutableList<Target> all() {
    ImmutableList.Builder<Target> all = ImmutableList.builder();
    for (String scenario : new String[] {"seed", "1000"}) {
      String label = scenario.equals("seed") ? "seed scenario" : "1,000 applications";
      all.add(
          Target.time(
              "JSON decode, " + label + " ÷ Jackson into records",
              BenchmarkRef.of(DECODE + "library", "scenario", scenario),
              AT_MOST,
              1.3,
              BenchmarkRef.of(DECODE + "records", "scenario", scenario)));
      all.add(
          Target.time(
              "JSON encode, " + label + " ÷ Jackson from records",
              BenchmarkRef.of(ENCODE + "library", "scenario", scenario),
              AT_MOST,
              1.2,
              BenchmarkRef.of(ENCODE + "records", "scenario", scenario)));
      all.add(
          Target.allocation(
              "bytes allocated, JSON decode, " + label + " ÷ records",
              BenchmarkRef.of(DECODE + "library", "scenario", scenario),
              AT_MOST,
              1.5,
              BenchmarkRef.of(DECODE + "records", "scenario", scenario)));
      all.add(
          Target.allocation(
              "bytes allocated, JSON encode, " + label + " ÷ records",
              BenchmarkRef.of(ENCODE + "library", "scenario", scenario),
              AT_MOST,
              1.5,
              BenchmarkRef.of(ENCODE + "records", "scenario", scenario)));
    }
    all.add(
        Target.time(
            "exemption question, 1,000 trials: linear scan ÷ index",
            BenchmarkRef.of("ExemptionBaselines.linearScan"),
            AT_LEAST,
            50,
            BenchmarkRef.of("ExemptionBenchmarks.index", "trials", "1000")));
    all.add(
        Target.time(
            "exemption question, 1,000 trials: index ÷ one HashMap lookup",
            BenchmarkRef.of("ExemptionBenchmarks.index", "trials", "1000"),
            AT_MOST,
            3,
            BenchmarkRef.of("ExemptionBaselines.hashMapLookup")));
    all.add(
        Target.time(
            "exemption question, cost per query: 10,000 trials ÷ 100 trials",
            BenchmarkRef.of("ExemptionBenchmarks.index", "trials", "10000"),
            AT_MOST,
            1.5,
            BenchmarkRef.of("ExemptionBenchmarks.index", "trials", "100")));
    all.add(
        Target.time(
            "validation ÷ JSON decode, per application, 10,000 applications",
            BenchmarkRef.of("ValidationBenchmarks.validate", "applications", "10000"),
            AT_MOST,
            0.5,
            BenchmarkRef.of("ValidationBaseline.decode")));
    all.add(
        Target.time(
            "validation: 100,000 ÷ 10,000 applications",
            BenchmarkRef.of("ValidationBenchmarks.validate", "applications", "100000"),
            AT_MOST,
            11,
            BenchmarkRef.of("ValidationBenchmarks.validate", "applications", "10000")));
    all.add(
        Target.time(
            "replay of 1,000,000 events ÷ hand-written switch",
            BenchmarkRef.of("ReplayBenchmarks.library"),
            AT_MOST,
            2,
            BenchmarkRef.of("ReplayBenchmarks.handWrittenSwitch")));
    all.add(
        Target.time(
            "application lifecycle throughput, ours with history ÷ stateless4j",
            BenchmarkRef.of("TransitionBenchmarks.stateless4j"),
            AT_LEAST,
            1,
            BenchmarkRef.of("TransitionBenchmarks.libraryWithHistory")));
    all.add(
        Target.context(
            "application lifecycle, ours appending each event ÷ stateless4j (time)",
            BenchmarkRef.of("TransitionBenchmarks.libraryAppendingEach"),
            BenchmarkRef.of("TransitionBenchmarks.stateless4j")));
    for (String scenario : new String[] {"seed", "1000"}) {
      String label = scenario.equals("seed") ? "seed scenario" : "1,000 applications";
      all.add(
          Target.context(
              "JSON decode, " + label + " ÷ streaming token walk (lower bound)",
              BenchmarkRef.of(DECODE + "library", "scenario", scenario),
              BenchmarkRef.of(DECODE + "streaming", "scenario", scenario)));
      all.add(
          Target.context(
              "JSON encode, " + label + " ÷ writing the same tokens (lower bound)",
              BenchmarkRef.of(ENCODE + "library", "scenario", scenario),
              BenchmarkRef.of(ENCODE + "tokens", "scenario", scenario)));
    }
    return all.build();
  }
}
