package io.github.frikommune.benchmarks.exemption;

import io.github.frikommune.benchmarks.input.GeneratedPortfolio;
import io.github.frikommune.core.exemption.ExemptionIndex;
import io.github.frikommune.core.portfolio.Portfolio;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The exemption question answered by the library's {@link ExemptionIndex}, on 100, 1,000 and
 * 10,000 trials across the 98 municipalities. Each operation is one question, with its grants
 * or its reasons; an invocation asks {@value ExemptionBaselines#QUESTIONS} questions in turn,
 * the same ones as the baselines at 1,000 trials.
 */
@State(Scope.Benchmark)
public class ExemptionBenchmarks {
  /** The number of trials in the portfolio. */
  @Param({"100", "1000", "10000"})
  public int trials;

  private List<Question> questions;
  private ExemptionIndex index;

  /** Generates the portfolio and the questions, and builds the index. */
  @Setup
  public void setUp() {
    Portfolio portfolio = GeneratedPortfolio.withTrials(trials);
    questions = Questions.about(portfolio, ExemptionBaselines.QUESTIONS, GeneratedPortfolio.provisionPool(trials));
    index = ExemptionIndex.of(portfolio);
  }

  /**
   * The index.
   *
   * @param blackhole consumes each answer
   */
  @Benchmark
  @OperationsPerInvocation(ExemptionBaselines.QUESTIONS)
  public void index(Blackhole blackhole) {
    for (Question q : questions) {
      blackhole.consume(index.answer(q.municipality(), q.on(), q.provision(), q.targetGroup()));
    }
  }
}
