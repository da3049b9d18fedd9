package io.github.frikommune.core.lifecycle;

import java.time.LocalDate;

/**
 * What an accepted transition records in the lifecycle's context: the facts the guards judge
 * from the next event on.
 *
 * <p>Most facts a guard judges are fixed for a case (a round's deadline, an in-force day). Some
 * are moved by the case's own events: a trial's end as extended is the planned end moved by
 * each extension, and the next extension must move it further. A transition that moves such a
 * fact names an update; the {@link TransitionTable} applies it after the event is accepted, the
 * same way when the event is handled live and when a history is replayed. Example: the
 * extension of Mikrolån to 31 December 2022 moves the trial's end as extended from 31 December
 * 2021 to 31 December 2022.
 *
 * <p>An update must be pure: the same arguments always give the same context, and nothing else
 * is read or changed.
 *
 * @param <E> the lifecycle's event type
 * @param <C> the lifecycle's context type
 */
@FunctionalInterface
public interface ContextUpdate<E, C> {

  /**
   * The context after an accepted event.
   *
   * @param context the context the event was judged in
   * @param event the accepted event
   * @param on the day the event takes effect
   * @return the context the next event is judged in, not null
   */
  C apply(C context, E event, LocalDate on);
}
