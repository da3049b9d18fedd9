package io.github.frikommune.benchmarks.exemption;

import io.github.frikommune.benchmarks.input.GeneratedPortfolio;
import io.github.frikommune.core.portfolio.Portfolio;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What a user would otherwise write to answer the exemption question on 1,000 trials across
 * the 98 municipalities: a linear scan over the trials, and (as the floor) one HashMap lookup.
 * Each operation is one question; an invocation asks the {@value #QUESTIONS} questions in turn,
 * the same questions as {@link ExemptionBenchmarks} at 1,000 trials. The HashMap's keys are made
 * in advance, so the floor is one {@code HashMap.get} and nothing else.
 */
@State(Scope.Benchmark)
public class ExemptionBaselines {
  /** The number of questions an invocation asks. */
  public static final int QUESTIONS = 1024;

  /** The number of trials. */
  public static final int TRIALS = 1000;

  private List<Question> questions;
  private LinearScan scan;
  private GrantTable table;
  private List<GrantTable.Key> keys;

  /** Generates the portfolio and the questions, and builds both baselines. */
  @Setup
  public void setUp() {
    Portfolio portfolio = GeneratedPortfolio.withTrials(TRIALS);
    questions = Questions.about(portfolio, QUESTIONS, GeneratedPortfolio.provisionPool(TRIALS));
    scan = new LinearScan(portfolio);
    table = new GrantTable(portfolio);
    keys = questions.stream().map(GrantTable::key).toList();
  }

  /**
   * A loop over every trial.
   *
   * @param blackhole consumes each answer
   */
  @Benchmark
  @OperationsPerInvocation(QUESTIONS)
  public void linearScan(Blackhole blackhole) {
    for (Question q : questions) {
      blackhole.consume(scan.answer(q));
    }
  }

  /**
   * One HashMap lookup per question, of its key made in advance.
   *
   * @param blackhole consumes each answer
   */
  @Benchmark
  @OperationsPerInvocation(QUESTIONS)
  public void hashMapLookup(Blackhole blackhole) {
    for (GrantTable.Key key : keys) {
      blackhole.consume(table.lookup(key));
    }
  }
}
