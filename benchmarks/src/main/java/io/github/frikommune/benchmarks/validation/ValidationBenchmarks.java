package io.github.frikommune.benchmarks.validation;

import io.github.frikommune.benchmarks.input.GeneratedPortfolio;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.validation.PortfolioValidator;
import io.github.frikommune.core.validation.ValidationResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Validation of a whole generated portfolio of 10,000 and of 100,000 applications, with their
 * decisions and trials. One operation validates the portfolio once.
 *
 * <p>A portfolio builds its lookup maps lazily, on first use. So that each operation pays for
 * them as a freshly decoded portfolio would, it validates a new copy, made before the
 * operation and outside its time.
 */
@State(Scope.Benchmark)
public class ValidationBenchmarks {
  /** The number of applications in the portfolio. */
  @Param({"10000", "100000"})
  public int applications;

  private Portfolio generated;
  private Portfolio fresh;

  /** Generates the portfolio. */
  @Setup(Level.Trial)
  public void generate() {
    generated = GeneratedPortfolio.withApplications(applications);
  }

  /** A copy whose lazy lookup maps are not yet built. */
  @Setup(Level.Invocation)
  public void copy() {
    fresh = Portfolio.builder().from(generated).build();
  }

  /**
   * The library's portfolio validator.
   *
   * @return the result, every violation found
   */
  @Benchmark
  public ValidationResult validate() {
    return PortfolioValidator.validate(fresh);
  }
}
