package io.github.frikommune.core.application;

import io.github.frikommune.core.internal.Checks;
import io.github.frikommune.core.municipality.Municipality;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A political approval (<i>politisk godkendelse</i>) of an application by one participating
 * municipality.
 *
 * <p>Example: Aalborg's employment committee (<i>Beskæftigelsesudvalget</i>) approved its
 * round-2 applications, with LBR's remarks, on 25 April 2017. Every participant approves on or
 * before the submission date. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PoliticalApproval {
  PoliticalApproval() {}

  /**
   * The approving municipality.
   *
   * @return the municipality
   */
  @Value.Parameter
  public abstract Municipality municipality();

  /**
   * The political body that approved, e.g. {@code Beskæftigelsesudvalget}.
   *
   * @return the body
   */
  @Value.Parameter
  public abstract String body();

  /**
   * The day of approval.
   *
   * @return the day
   */
  @Value.Parameter
  public abstract LocalDate approvedOn();

  /**
   * Returns an approval.
   *
   * @param municipality the approving municipality
   * @param body the political body, not blank
   * @param approvedOn the day of approval
   * @return the approval
   * @throws IllegalArgumentException if the body is blank
   */
  public static PoliticalApproval of(Municipality municipality, String body, LocalDate approvedOn) {
    return ImmutablePoliticalApproval.of(municipality, body, approvedOn);
  }

  @Value.Check
  void check() {
    Checks.trimmed(body(), "political approval body");
  }
}
