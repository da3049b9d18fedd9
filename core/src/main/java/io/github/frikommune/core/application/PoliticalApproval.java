package io.github.frikommune.core.application;

import io.github.frikommune.core.internal.Checks;
import io.github.frikommune.core.municipality.Municipality;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A political approval (<i>politisk godkendelse</i>) of an application by one participating
 * municipality.
 *
 * <p>Example: Aalborg's employment committee (<i>Beskæftigelsesudvalget</i>) approved its
 * round-2 applications, with LBR's remarks, on 25 April 2017. Every participant approves on or
 * before the submission date. For older records the body or the day may not be known; the
 * approval is then recorded without them. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PoliticalApproval implements WithPoliticalApproval {
  PoliticalApproval() {}

  /**
   * The approving municipality.
   *
   * @return the municipality
   */
  public abstract Municipality municipality();

  /**
   * The political body that approved, e.g. {@code Beskæftigelsesudvalget}.
   *
   * @return the body, or empty if not on record
   */
  public abstract Optional<String> body();

  /**
   * The day of approval.
   *
   * @return the day, or empty if not on record
   */
  public abstract Optional<LocalDate> approvedOn();

  /**
   * Returns an approval by a named body on a day.
   *
   * @param municipality the approving municipality
   * @param body the political body, not blank
   * @param approvedOn the day of approval
   * @return the approval
   * @throws IllegalArgumentException if the body is blank
   */
  public static PoliticalApproval of(Municipality municipality, String body, LocalDate approvedOn) {
    return builder().municipality(municipality).body(body).approvedOn(approvedOn).build();
  }

  /**
   * Returns an approval whose body and day are not on record, for historical data where only
   * the fact of approval is known.
   *
   * @param municipality the approving municipality
   * @return the approval
   */
  public static PoliticalApproval undated(Municipality municipality) {
    return builder().municipality(municipality).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutablePoliticalApproval.Builder builder() {
    return new ImmutablePoliticalApproval.Builder();
  }

  @Value.Check
  void check() {
    body().ifPresent(b -> Checks.trimmed(b, "political approval body"));
  }
}
