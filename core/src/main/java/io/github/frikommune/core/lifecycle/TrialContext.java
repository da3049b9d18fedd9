package io.github.frikommune.core.lifecycle;

import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.internal.Checks;
import io.github.frikommune.core.programme.Programme;
import io.github.frikommune.core.trial.Trial;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The facts a trial's guards judge: when its legal basis (<i>hjemmel</i>) is in force, the
 * programme's end as extended, the trial's end as first planned, and its end as extended
 * (<i>forlænget</i>) so far.
 *
 * <p>The end as extended starts at the planned end. Each extension the trial's history accepts
 * moves it to the extension's new end ({@link TrialLifecycle}'s {@link ContextUpdate}), so the
 * next extension must move past it; the planned end and every extension's new end stay in the
 * history. Example: the round-1 trials of Frikommuneforsøg II rest on lov nr. 658 af 8. juni
 * 2017, in force from 1 July 2017, in a programme that ends on 31 December 2021; Mikrolån,
 * planned to end then, was extended to 31 December 2022. Immutable and thread-safe.
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
   * The trial's last day as first planned, before any extension.
   *
   * @return the planned end, the programme's end unless set
   */
  @Value.Default
  public LocalDate plannedEnd() {
    return programmeEnd();
  }

  /**
   * The trial's last day as extended so far: the planned end, moved by each extension already
   * accepted. An extension must move the end past it.
   *
   * @return the end as extended, the planned end unless set; never before the planned end
   */
  @Value.Default
  public LocalDate endAsExtended() {
    return plannedEnd();
  }

  /**
   * A copy whose end as extended is another day, as after an accepted extension.
   *
   * @param endAsExtended the trial's new last day, on or after the planned end
   * @return the copy
   * @throws IllegalArgumentException if the day is before the planned end
   */
  public TrialContext withEndAsExtended(LocalDate endAsExtended) {
    return ImmutableTrialContext.copyOf(this).withEndAsExtended(endAsExtended);
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
   * The context of a trial as its record stands: its legal basis, the programme's end as
   * extended, and the trial's end as first planned and as extended by every extension on
   * record. A history started from it continues the record, so a new extension must move past
   * the record's last extension.
   *
   * @param trial the trial, with its legal bases, period and extensions
   * @param programme the programme it belongs to
   * @return the context
   */
  public static TrialContext from(Trial trial, Programme programme) {
    TrialContext planned = beforeExtensions(trial, programme);
    return planned.withEndAsExtended(
        trial.periodAsExtended().map(Period::endInclusive).orElse(planned.plannedEnd()));
  }

  /**
   * The context of a trial before any of its extensions: for a history that records the
   * extensions as events, as {@link RecordHistories#trial} does. Once the history holds every
   * extension on record, its {@linkplain History#context() context} equals
   * {@link #from(Trial, Programme)}.
   *
   * @param trial the trial, with its legal bases and period
   * @param programme the programme it belongs to
   * @return the context, its end as extended being the planned end
   */
  public static TrialContext beforeExtensions(Trial trial, Programme programme) {
    return builder()
        .legalBasisInForceFrom(trial.inForceFrom())
        .programmeEnd(programme.endAsExtended())
        .plannedEnd(trial.period().map(Period::endInclusive).orElse(programme.endAsExtended()))
        .build();
  }

  @Value.Check
  void check() {
    Checks.require(
        !endAsExtended().isBefore(plannedEnd()),
        "trial context endAsExtended must not be before plannedEnd (%s), was %s",
        plannedEnd(),
        endAsExtended());
  }
}
