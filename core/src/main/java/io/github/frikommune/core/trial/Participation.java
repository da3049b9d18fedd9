package io.github.frikommune.core.trial;

import io.github.frikommune.core.municipality.Municipality;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One municipality's participation (<i>deltagelse</i>) in one trial, with its status and the
 * day it took that status.
 *
 * <p>Example: in Mikrolån Aalborg is confirmed, while Hjørring must apply separately.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Participation implements WithParticipation {
  Participation() {}

  /**
   * The municipality.
   *
   * @return the municipality
   */
  @Value.Parameter
  public abstract Municipality municipality();

  /**
   * Where it stands.
   *
   * @return the status
   */
  @Value.Parameter
  public abstract ParticipationStatus status();

  /**
   * The day it took that status.
   *
   * @return the day, or empty if not known
   */
  @Value.Parameter
  public abstract Optional<LocalDate> since();

  /**
   * Returns a participation whose date is not known.
   *
   * @param municipality the municipality
   * @param status its status
   * @return the participation
   */
  public static Participation of(Municipality municipality, ParticipationStatus status) {
    return ImmutableParticipation.of(municipality, status, Optional.empty());
  }

  /**
   * Returns a participation with the day it took its status.
   *
   * @param municipality the municipality
   * @param status its status
   * @param since the day it took that status
   * @return the participation
   */
  public static Participation of(Municipality municipality, ParticipationStatus status, LocalDate since) {
    return ImmutableParticipation.of(municipality, status, Optional.of(since));
  }
}
