package io.github.frikommune.core.trial;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The evaluation design (<i>evalueringsdesign</i>) the municipalities agree for a trial: who
 * evaluates, what results are expected, how the target group is registered, and the
 * measurement points.
 *
 * <p>In Frikommuneforsøg II KORA (later VIVE) advised on evaluation, starting with a kick-off
 * workshop on 2 March 2017; evaluations were due at the ministry by 31 December 2020.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class EvaluationDesign implements WithEvaluationDesign {
  EvaluationDesign() {}

  /**
   * Who evaluates or advises, e.g. {@code KORA}.
   *
   * @return the evaluator, or empty if not yet chosen
   */
  public abstract Optional<String> evaluator();

  /**
   * The results the trial is expected to show.
   *
   * @return the expected results, possibly empty
   */
  public abstract ImmutableList<String> expectedResults();

  /**
   * How citizens in the target group are registered.
   *
   * @return the registration, or empty
   */
  public abstract Optional<String> targetGroupRegistration();

  /**
   * The measurement points.
   *
   * @return the points, in order
   */
  public abstract ImmutableList<MeasurementPoint> measurementPoints();

  /**
   * When the evaluation is due at the ministry.
   *
   * @return the due day, or empty
   */
  public abstract Optional<LocalDate> dueOn();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableEvaluationDesign.Builder builder() {
    return new ImmutableEvaluationDesign.Builder();
  }

  @Value.Check
  void check() {
    evaluator().ifPresent(e -> Checks.trimmed(e, "evaluation design evaluator"));
    targetGroupRegistration().ifPresent(e -> Checks.trimmed(e, "evaluation design targetGroupRegistration"));
  }
}
