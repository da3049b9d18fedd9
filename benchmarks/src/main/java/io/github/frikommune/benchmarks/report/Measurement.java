package io.github.frikommune.benchmarks.report;

import com.google.common.collect.ImmutableMap;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One benchmark's result in a JMH run: its name, its parameters, its average time per operation
 * and, where the run used JMH's gc profiler, the bytes it allocated per operation.
 *
 * <p>Immutable and thread-safe.
 */
public final class Measurement {
  private final String benchmark;
  private final ImmutableMap<String, String> params;
  private final double nanosPerOp;
  private final double bytesPerOp;

  /**
   * Returns a measurement.
   *
   * @param benchmark the benchmark as {@code Class.method}, without the package
   * @param params the JMH parameters, possibly empty
   * @param nanosPerOp the average time per operation in nanoseconds
   * @param bytesPerOp the bytes allocated per operation, or {@code NaN} if not profiled
   */
  public Measurement(String benchmark, ImmutableMap<String, String> params, double nanosPerOp, double bytesPerOp) {
    this.benchmark = Objects.requireNonNull(benchmark, "benchmark");
    this.params = Objects.requireNonNull(params, "params");
    this.nanosPerOp = nanosPerOp;
    this.bytesPerOp = bytesPerOp;
  }

  /**
   * The benchmark as {@code Class.method}.
   *
   * @return the benchmark's name
   */
  public String benchmark() {
    return benchmark;
  }

  /**
   * The JMH parameters of this measurement.
   *
   * @return the parameters by name
   */
  public ImmutableMap<String, String> params() {
    return params;
  }

  /**
   * The average time per operation.
   *
   * @return nanoseconds per operation
   */
  public double nanosPerOp() {
    return nanosPerOp;
  }

  /**
   * The bytes allocated per operation, from JMH's gc profiler.
   *
   * @return bytes per operation, or empty if the run did not profile allocation
   */
  public OptionalDouble bytesPerOp() {
    return Double.isNaN(bytesPerOp) ? OptionalDouble.empty() : OptionalDouble.of(bytesPerOp);
  }

  /**
   * Whether this is the measurement a reference names.
   *
   * @param ref the reference
   * @return true if the benchmark matches and every parameter the reference names has its value
   */
  public boolean matches(BenchmarkRef ref) {
    return benchmark.equals(ref.benchmark())
        && ref.params().entrySet().stream().allMatch(e -> e.getValue().equals(params.get(e.getKey())));
  }

  @Override
  public String toString() {
    return benchmark + params + " " + nanosPerOp + " ns/op";
  }
}
