package io.github.frikommune.core.trial;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.internal.Checks;
import io.github.frikommune.core.law.LegalAct;
import io.github.frikommune.core.law.Provision;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The legal basis (<i>hjemmel</i>) of a trial: a law or executive order, the provisions in it
 * that give the trial force, and when they are in force.
 *
 * <p>Example: Mikrolån rests on § 9 of lov nr. 658 af 8. juni 2017 om frikommunenetværk, in
 * force from 1 July 2017. A trial may also rest on an executive order under an existing trial
 * power, such as BEK nr. 529 af 23. maj 2018. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LegalBasis implements WithLegalBasis {
  LegalBasis() {}

  /**
   * The law or executive order.
   *
   * @return the act
   */
  public abstract LegalAct act();

  /**
   * The provisions of the act that give the trial force.
   *
   * @return the provisions, at least one
   */
  public abstract ImmutableList<Provision> provisions();

  /**
   * The first day the basis is in force (<i>ikrafttræden</i>).
   *
   * @return the day
   */
  public abstract LocalDate inForceFrom();

  /**
   * The last day the basis is in force, if the act says.
   *
   * @return the expiry day, on or after {@link #inForceFrom()}, or empty
   */
  public abstract Optional<LocalDate> expiresOn();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableLegalBasis.Builder builder() {
    return new ImmutableLegalBasis.Builder();
  }

  /**
   * Whether the basis is in force on a day.
   *
   * @param date the day
   * @return true from {@link #inForceFrom()} up to and including {@link #expiresOn()}
   */
  public boolean isInForceOn(LocalDate date) {
    return !date.isBefore(inForceFrom()) && expiresOn().map(e -> !date.isAfter(e)).orElse(true);
  }

  @Value.Check
  void check() {
    Checks.notEmpty(provisions(), "legal basis provisions");
    expiresOn().ifPresent(e -> Checks.onOrAfter(e, "legal basis expiresOn", inForceFrom(), "inForceFrom"));
  }
}
