package io.github.frikommune.core.trial;

import io.github.frikommune.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A measurement point (<i>målepunkt</i>) of an evaluation design: what is measured, and when.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class MeasurementPoint implements WithMeasurementPoint {
  MeasurementPoint() {}

  /**
   * What is measured, e.g. {@code andel i beskæftigelse efter 6 måneder}.
   *
   * @return the description
   */
  @Value.Parameter
  public abstract String description();

  /**
   * When it is measured.
   *
   * @return the day, or empty if not fixed
   */
  @Value.Parameter
  public abstract Optional<LocalDate> on();

  /**
   * Returns a measurement point without a fixed day.
   *
   * @param description what is measured, not blank
   * @return the point
   * @throws IllegalArgumentException if the description is blank
   */
  public static MeasurementPoint of(String description) {
    return ImmutableMeasurementPoint.of(description, Optional.empty());
  }

  @Value.Check
  void check() {
    Checks.trimmed(description(), "measurement point description");
  }
}
