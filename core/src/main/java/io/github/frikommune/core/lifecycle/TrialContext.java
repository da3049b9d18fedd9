package io.github.frikommune.core.lifecycle;

import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.programme.Programme;
import io.github.frikommune.core.trial.Trial;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The facts a trial's guards judge: when its legal basis is in force, the programme's end as
 * extended, and the trial's end as first planned.
 *
 * <p>Example: the round-1 trials of Frikommuneforsøg II rest on lov nr. 658 af 8. juni 2017, in
 * force from 1 July 2017, in a programme that ends on 31 December 2021. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class TrialContext {
  TrialContext() {}

  /**
   * The first day the trial's legal basis is in force.
   *
   * @return the in-force day, or empty while no legal basis is known
   */
  public abstract Optional<LocalDate> legalBasisInForceFrom();

  /**
   * The programme's last day, after all extensions of the programme.
   *
   * @return the programme's end as extended
   */
  public abstract LocalDate programmeEnd();

  /**
   * The trial's last day as first planned; an extension must move the end past it.
   *
   * @return the planned end, the programme's end unless set
   */
  @Value.Default
  public LocalDate plannedEnd() {
    return programmeEnd();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableTrialContext.Builder builder() {
    return new ImmutableTrialContext.Builder();
  }

  /**
   * The context of a trial in its programme.
   *
   * @param trial the trial, with its legal bases and period
   * @param programme the programme it belongs to
   * @return the context
   */
  public static TrialContext from(Trial trial, Programme programme) {
    return builder()
        .legalBasisInForceFrom(trial.inForceFrom())
        .programmeEnd(programme.endAsExtended())
        .plannedEnd(trial.period().map(Period::endInclusive).orElse(programme.endAsExtended()))
        .build();
  }
}
