package io.github.frikommune.core.validation;

import io.github.frikommune.core.lifecycle.LifecycleEvent;
import io.github.frikommune.core.lifecycle.RecordedEvent;
import java.util.List;

/**
 * Validates a case file, the recorded events of one case in one lifecycle (<i>historik</i>):
 * rule 11, effective dates never go backwards, recorded instants strictly increase, and a
 * correction names the event it supersedes.
 *
 * <p>A {@link io.github.frikommune.core.lifecycle.History} enforces rule 11 as events are
 * appended, refusing the first event that breaks it; every history therefore keeps the rule,
 * and its {@code recorded()} events validate clean. Use this validator on a case file kept
 * elsewhere, for example before loading it with {@code History.appendAll}, to see every break
 * at once, each with a violation code, a path such as {@code events[3].effectiveOn}, the
 * offending value and a message in Danish and English. The codes match History's refusals:
 * {@code history-out-of-order} for {@code effective-date-backwards}, and
 * {@code recorded-at-not-increasing}, {@code duplicate-event-id},
 * {@code supersedes-unknown-event} and {@code supersedes-superseded-event} for the refusals of
 * the same codes. Whether the lifecycle accepts each event is History's question, not this
 * validator's. Stateless and thread-safe.
 */
public final class HistoryValidator {
  private HistoryValidator() {}

  /**
   * Validates the recorded events of one case.
   *
   * @param <E> the lifecycle's event type
   * @param events the recorded events in the order they were recorded, corrections included;
   *     the case file is the validated object, so paths start at {@code events[i]}
   * @return every violation found, in the order of the events
   */
  public static <E extends LifecycleEvent> ValidationResult validate(List<RecordedEvent<E>> events) {
    Findings out = new Findings();
    HistoryIsInOrder.check(List.copyOf(events), ValuePath.root(), out);
    return out.result();
  }
}
