package io.github.frikommune.core.validation;

import io.github.frikommune.core.lifecycle.EventId;
import io.github.frikommune.core.lifecycle.LifecycleEvent;
import io.github.frikommune.core.lifecycle.RecordedEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule 11: in one history, effective dates never go backwards and recorded instants strictly
 * increase; a correction names the event it supersedes.
 *
 * <p>The events are read in the order recorded, as {@link io.github.frikommune.core.lifecycle.History}
 * appends them, and each break is reported where History would refuse the event:
 *
 * <ul>
 *   <li>{@code duplicate-event-id}: an id already used earlier in the file;
 *   <li>{@code recorded-at-not-increasing}: recorded at or before the event listed before it;
 *   <li>{@code supersedes-unknown-event}: a correction whose event is not earlier in the file
 *       with a place in the history;
 *   <li>{@code supersedes-superseded-event}: a correction whose event another correction already
 *       supersedes;
 *   <li>{@code history-out-of-order}: in the effective sequence, where each correction takes the
 *       place of the event it supersedes, an event takes effect before the event before it.
 * </ul>
 *
 * <p>Unlike History, which stops at the first refusal, every break is collected. A correction
 * whose event cannot be found has no place in the effective sequence and is left out of the
 * order of effective dates; every other event, one with a repeated id included, keeps its
 * place.
 */
final class HistoryIsInOrder {
  private HistoryIsInOrder() {}

  static <E extends LifecycleEvent> void check(List<RecordedEvent<E>> events, ValuePath at, Findings out) {
    Map<EventId, Integer> firstIndex = new HashMap<>();
    Map<EventId, EventId> supersededBy = new HashMap<>();
    // The effective sequence, as indexes into events.
    List<Integer> sequence = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      RecordedEvent<E> event = events.get(i);
      ValuePath path = at.element("events", i);
      Integer earlier = firstIndex.get(event.id());
      if (earlier != null) {
        out.add(ViolationCode.DUPLICATE_EVENT_ID, path.field("id"), event.id(), at.element("events", earlier));
      }
      if (i > 0) {
        RecordedEvent<E> before = events.get(i - 1);
        if (!event.recordedAt().isAfter(before.recordedAt())) {
          out.add(
              ViolationCode.RECORDED_AT_NOT_INCREASING,
              path.field("recordedAt"),
              event.recordedAt(),
              before.id(),
              before.recordedAt());
        }
      }
      if (event.supersedes().isEmpty()) {
        if (!sequence.isEmpty()) {
          backwards(events, i, sequence.get(sequence.size() - 1), at, out);
        }
        sequence.add(i);
      } else {
        placeCorrection(events, i, firstIndex, supersededBy, sequence, at, out);
      }
      firstIndex.putIfAbsent(event.id(), i);
    }
  }

  private static <E extends LifecycleEvent> void placeCorrection(
      List<RecordedEvent<E>> events,
      int i,
      Map<EventId, Integer> firstIndex,
      Map<EventId, EventId> supersededBy,
      List<Integer> sequence,
      ValuePath at,
      Findings out) {
    RecordedEvent<E> correction = events.get(i);
    EventId target = correction.supersedes().orElseThrow();
    ValuePath path = at.element("events", i).field("supersedes");
    Integer targetIndex = firstIndex.get(target);
    int position = targetIndex == null ? -1 : sequence.indexOf(targetIndex);
    if (supersededBy.containsKey(target)) {
      out.add(ViolationCode.SUPERSEDES_SUPERSEDED_EVENT, path, target, supersededBy.get(target));
      return;
    }
    if (position < 0) {
      out.add(ViolationCode.SUPERSEDES_UNKNOWN_EVENT, path, target);
      return;
    }
    supersededBy.put(target, correction.id());
    sequence.set(position, i);
    if (position > 0) {
      backwards(events, i, sequence.get(position - 1), at, out);
    }
    if (position + 1 < sequence.size()) {
      backwards(events, sequence.get(position + 1), i, at, out);
    }
  }

  /** Reports the event at {@code later} if it takes effect before the one at {@code earlier}. */
  private static <E extends LifecycleEvent> void backwards(
      List<RecordedEvent<E>> events, int later, int earlier, ValuePath at, Findings out) {
    RecordedEvent<E> l = events.get(later);
    RecordedEvent<E> e = events.get(earlier);
    if (l.effectiveOn().isBefore(e.effectiveOn())) {
      out.add(
          ViolationCode.HISTORY_OUT_OF_ORDER,
          at.element("events", later).field("effectiveOn"),
          l.effectiveOn(),
          e.id(),
          e.effectiveOn());
    }
  }
}
