package io.github.frikommune.benchmarks.report;

import com.google.common.collect.ImmutableMap;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A reference to one measured benchmark: {@code Class.method} and the parameter values that
 * pick one of its runs.
 *
 * <p>Immutable and thread-safe.
 */
public final class BenchmarkRef {
  private final String benchmark;
  private final ImmutableMap<String, String> params;

  private BenchmarkRef(String benchmark, ImmutableMap<String, String> params) {
    this.benchmark = Objects.requireNonNull(benchmark, "benchmark");
    this.params = params;
  }

  /**
   * A benchmark without parameters, or any run of it.
   *
   * @param benchmark {@code Class.method}
   * @return the reference
   */
  public static BenchmarkRef of(String benchmark) {
    return new BenchmarkRef(benchmark, ImmutableMap.of());
  }

  /**
   * The run of a benchmark with one parameter value.
   *
   * @param benchmark {@code Class.method}
   * @param param the parameter's name
   * @param value the parameter's value
   * @return the reference
   */
  public static BenchmarkRef of(String benchmark, String param, String value) {
    return new BenchmarkRef(benchmark, ImmutableMap.of(param, value));
  }

  /**
   * The benchmark.
   *
   * @return {@code Class.method}
   */
  public String benchmark() {
    return benchmark;
  }

  /**
   * The parameter values that pick the run.
   *
   * @return the values by name, possibly empty
   */
  public ImmutableMap<String, String> params() {
    return params;
  }

  @Override
  public String toString() {
    return params.isEmpty()
        ? benchmark
        : benchmark
            + params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ", "(", ")"));
  }
}
