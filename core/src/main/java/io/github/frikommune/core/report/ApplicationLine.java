package io.github.frikommune.core.report;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.application.ApplicationId;
import io.github.frikommune.core.decision.Outcome;
import io.github.frikommune.core.municipality.Municipality;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One application (<i>ansøgning</i>) in a round summary: who applied, and how it was decided
 * (<i>afgørelse</i>).
 *
 * <p>Example: NJ-1-01 Mikrolån, lead applicant Aalborg, partially granted. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class ApplicationLine {
  ApplicationLine() {}

  /**
   * The application.
   *
   * @return the identifier
   */
  public abstract ApplicationId application();

  /**
   * The title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The lead applicant (<i>ansøger</i>).
   *
   * @return the lead applicant, or empty if not on record
   */
  public abstract Optional<Municipality> leadApplicant();

  /**
   * The co-applicants (<i>medansøgere</i>).
   *
   * @return the co-applicants, in the application's order
   */
  public abstract ImmutableList<Municipality> coApplicants();

  /**
   * The applicants whose role, lead or co-applicant (<i>ansøger/medansøger</i>), is not on
   * record.
   *
   * @return the applicants of unrecorded role, in the application's order
   */
  public abstract ImmutableList<Municipality> applicants();

  /**
   * Whether the application was sent to the ministry.
   *
   * @return true if submitted
   */
  public abstract boolean submitted();

  /**
   * The decision's outcome.
   *
   * @return the outcome, or empty while undecided
   */
  public abstract Optional<Outcome> outcome();

  static ImmutableApplicationLine.Builder builder() {
    return new ImmutableApplicationLine.Builder();
  }
}
