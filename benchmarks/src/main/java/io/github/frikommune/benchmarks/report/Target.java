package io.github.frikommune.benchmarks.report;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A performance target of the project: a ratio of two benchmarks measured in the same run,
 * and the bound it must keep.
 *
 * <p>The ratio is the numerator's quantity divided by the denominator's: time per operation,
 * or bytes allocated per operation. Example: "JSON decode of the seed scenario ≤ 1.3× Jackson
 * databind into plain records" is the library's decode time divided by the records' decode
 * time, at most 1.3. Immutable and thread-safe.
 */
public final class Target {
  /** What a target compares. */
  public enum Quantity {
    /** Average time per operation. */
    TIME,
    /** Bytes allocated per operation, from JMH's gc profiler. */
    ALLOCATION
  }

  /** How the ratio must relate to the bound. */
  public enum Comparison {
    /** The ratio must be at most the bound. */
    AT_MOST("≤"),
    /** The ratio must be at least the bound. */
    AT_LEAST("≥"),
    /** No bound: the ratio is shown for context, such as the distance to a lower bound. */
    NONE("");

    private final String symbol;

    Comparison(String symbol) {
      this.symbol = symbol;
    }

    /**
     * The mathematical symbol.
     *
     * @return {@code ≤} or {@code ≥}
     */
    public String symbol() {
      return symbol;
    }
  }

  private final String name;
  private final Quantity quantity;
  private final BenchmarkRef numerator;
  private final BenchmarkRef denominator;
  private final Comparison comparison;
  private final double bound;

  private Target(
      String name,
      Quantity quantity,
      BenchmarkRef numerator,
      BenchmarkRef denominator,
      Comparison comparison,
      double bound) {
    this.name = Objects.requireNonNull(name, "name");
    this.quantity = Objects.requireNonNull(quantity, "quantity");
    this.numerator = Objects.requireNonNull(numerator, "numerator");
    this.denominator = Objects.requireNonNull(denominator, "denominator");
    this.comparison = Objects.requireNonNull(comparison, "comparison");
    this.bound = bound;
  }

  /**
   * A target on the ratio of two benchmarks' times.
   *
   * @param name what the target says, e.g. {@code decode, seed scenario ÷ records}
   * @param numerator the benchmark whose time is divided
   * @param comparison how the ratio must relate to the bound
   * @param bound the bound
   * @param denominator the benchmark whose time divides
   * @return the target
   */
  public static Target time(
      String name, BenchmarkRef numerator, Comparison comparison, double bound, BenchmarkRef denominator) {
    return new Target(name, Quantity.TIME, numerator, denominator, comparison, bound);
  }

  /**
   * A target on the ratio of two benchmarks' bytes allocated per operation.
   *
   * @param name what the target says
   * @param numerator the benchmark whose allocation is divided
   * @param comparison how the ratio must relate to the bound
   * @param bound the bound
   * @param denominator the benchmark whose allocation divides
   * @return the target
   */
  public static Target allocation(
      String name, BenchmarkRef numerator, Comparison comparison, double bound, BenchmarkRef denominator) {
    return new Target(name, Quantity.ALLOCATION, numerator, denominator, comparison, bound);
  }

  /**
   * A ratio of two benchmarks' times shown for context, without a bound.
   *
   * @param name what the ratio says
   * @param numerator the benchmark whose time is divided
   * @param denominator the benchmark whose time divides
   * @return the target
   */
  public static Target context(String name, BenchmarkRef numerator, BenchmarkRef denominator) {
    return new Target(name, Quantity.TIME, numerator, denominator, Comparison.NONE, Double.NaN);
  }

  /**
   * What the target says.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * What the target compares.
   *
   * @return time or allocation
   */
  public Quantity quantity() {
    return quantity;
  }

  /**
   * The benchmark whose quantity is divided.
   *
   * @return the numerator
   */
  public BenchmarkRef numerator() {
    return numerator;
  }

  /**
   * The benchmark whose quantity divides.
   *
   * @return the denominator
   */
  public BenchmarkRef denominator() {
    return denominator;
  }

  /**
   * How the ratio must relate to the bound.
   *
   * @return the comparison
   */
  public Comparison comparison() {
    return comparison;
  }

  /**
   * The bound.
   *
   * @return the bound
   */
  public double bound() {
    return bound;
  }

  /**
   * The ratio in a run.
   *
   * @param run the run's measurements
   * @return the numerator's quantity divided by the denominator's, or empty if either was not
   *     measured (or, for allocation, not profiled)
   */
  public OptionalDouble ratio(List<Measurement> run) {
    OptionalDouble top = quantity(run, numerator);
    OptionalDouble bottom = quantity(run, denominator);
    if (top.isEmpty() || bottom.isEmpty() || bottom.getAsDouble() <= 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(top.getAsDouble() / bottom.getAsDouble());
  }

  /**
   * Whether a ratio keeps the bound.
   *
   * @param ratio the ratio
   * @return true if it does; always true for a ratio shown for context
   */
  public boolean holds(double ratio) {
    switch (comparison) {
      case AT_MOST:
        return ratio <= bound;
      case AT_LEAST:
        return ratio >= bound;
      default:
        return true;
    }
  }

  private OptionalDouble quantity(List<Measurement> run, BenchmarkRef ref) {
    for (Measurement m : run) {
      if (m.matches(ref)) {
        return quantity == Quantity.TIME ? OptionalDouble.of(m.nanosPerOp()) : m.bytesPerOp();
      }
    }
    return OptionalDouble.empty();
  }

  @Override
  public String toString() {
    return name + " " + comparison.symbol() + " " + bound;
  }
}
