package io.github.frikommune.core.application;

import io.github.frikommune.core.internal.Checks;
import io.github.frikommune.core.municipality.Municipality;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A consultation (<i>høring</i>) of a local body about an application, such as Aalborg's local
 * employment council (<i>LBR, Lokalt Beskæftigelsesråd</i>).
 *
 * <p>In round 2 Aalborg sent its applications to LBR at the end of March 2017, and the
 * employment committee approved them with LBR's remarks on 25 April. Where only the month is
 * known, the dates stay empty and the note says what is known. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Consultation implements WithConsultation {
  Consultation() {}

  /**
   * The municipality that consults.
   *
   * @return the municipality
   */
  public abstract Municipality municipality();

  /**
   * The body consulted, e.g. {@code LBR}.
   *
   * @return the body
   */
  public abstract String body();

  /**
   * The day the application was sent for consultation.
   *
   * @return the day, or empty if not known
   */
  public abstract Optional<LocalDate> sentOn();

  /**
   * The day the body answered.
   *
   * @return the day, or empty if not known or not yet answered
   */
  public abstract Optional<LocalDate> answeredOn();

  /**
   * The body's remarks (<i>bemærkninger</i>).
   *
   * @return the remarks, or empty
   */
  public abstract Optional<String> remarks();

  /**
   * What is known of the timing where a date is not, e.g. {@code slutningen af marts 2017}.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableConsultation.Builder builder() {
    return new ImmutableConsultation.Builder();
  }

  @Value.Check
  void check() {
    Checks.trimmed(body(), "consultation body");
    remarks().ifPresent(r -> Checks.trimmed(r, "consultation remarks"));
    note().ifPresent(r -> Checks.trimmed(r, "consultation note"));
  }
}
