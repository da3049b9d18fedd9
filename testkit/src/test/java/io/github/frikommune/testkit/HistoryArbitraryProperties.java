package io.github.frikommune.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.Coded;
import io.github.frikommune.core.lifecycle.AppendResult;
import io.github.frikommune.core.lifecycle.EventId;
import io.github.frikommune.core.lifecycle.History;
import io.github.frikommune.core.lifecycle.LifecycleEvent;
import io.github.frikommune.core.lifecycle.RecordedEvent;
import io.github.frikommune.core.lifecycle.Replay;
import io.github.frikommune.core.lifecycle.Transition;
import io.github.frikommune.core.lifecycle.TransitionTable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * What every generated history of the four lifecycles promises, and the lifecycle properties
 * the core states, checked over generated histories: replaying a history equals folding it
 * live, and what the record said before a correction is unchanged by it.
 */
class HistoryArbitraryProperties {

  @Provide
  Arbitrary<History<?, ?, ?>> histories() {
    List<Arbitrary<? extends History<?, ?, ?>>> all =
        List.of(
            Frikommune.applicationHistories(),
            Frikommune.trialHistories(),
            Frikommune.participationHistories(),
            Frikommune.conditionHistories());
    return Arbitraries.oneOf(all);
  }

  @Property(tries = 200)
  void generatedHistory_keepsBusinessRule11(@ForAll("histories") History<?, ?, ?> history) {
    keepsRule11(history);
  }

  private static <S extends Enum<S> & Coded, E extends LifecycleEvent, C> void keepsRule11(History<S, E, C> history) {
    List<RecordedEvent<E>> recorded = history.recorded();
    Set<EventId> ids = new HashSet<>();
    for (int i = 0; i < recorded.size(); i++) {
      RecordedEvent<E> event = recorded.get(i);
      assertThat(ids.add(event.id())).as("unique id %s", event.id()).isTrue();
      if (i > 0) {
        assertThat(event.recordedAt()).isAfter(recorded.get(i - 1).recordedAt());
      }
      event.supersedes().ifPresent(target -> assertThat(ids).as("supersedes an earlier event").contains(target));
    }
    List<RecordedEvent<E>> effective = history.effective();
    for (int i = 1; i < effective.size(); i++) {
      assertThat(effective.get(i).effectiveOn()).isAfterOrEqualTo(effective.get(i - 1).effectiveOn());
    }
    Statistics.label("lifecycle").collect(history.table().name());
    Statistics.label("corrections").collect(recorded.size() - effective.size());
  }

  @Property(tries = 200)
  void generatedHistory_isAcceptedEventByEventFromTheStart(@ForAll("histories") History<?, ?, ?> history) {
    acceptedFromTheStart(history);
  }

  private static <S extends Enum<S> & Coded, E extends LifecycleEvent, C> void acceptedFromTheStart(
      History<S, E, C> history) {
    History<S, E, C> again = History.of(history.table(), history.initialContext());
    for (RecordedEvent<E> event : history.recorded()) {
      AppendResult<S, E, C> result = again.append(event);
      assertThat(result.refusals()).as("refusals of %s", event).isEmpty();
      again = result.history();
    }
    assertThat(again.effective()).isEqualTo(history.effective());
    assertThat(again.state()).isEqualTo(history.state());
  }

  @Property(tries = 200)
  void replayOfAGeneratedHistory_equalsFoldingItLive(@ForAll("histories") History<?, ?, ?> history) {
    replayEqualsLive(history);
  }

  private static <S extends Enum<S> & Coded, E extends LifecycleEvent, C> void replayEqualsLive(
      History<S, E, C> history) {
    TransitionTable<S, E, C> table = history.table();
    S live = table.initialState();
    C context = history.initialContext();
    List<Transition<S>> path = new ArrayList<>();
    for (RecordedEvent<E> event : history.effective()) {
      Transition<S> step = table.permit(live, event.event(), event.effectiveOn(), context);
      assertThat(step.refusals()).isEmpty();
      path.add(step);
      live = step.state();
      context = table.contextAfter(step, event.event(), context);
    }
    Replay<S, C> replay = history.replay();
    assertThat(replay.isComplete()).isTrue();
    assertThat(replay.steps()).isEqualTo(path).isEqualTo(history.path());
    assertThat(replay.state()).isEqualTo(live).isEqualTo(history.state());
    assertThat(replay.context()).isEqualTo(context).isEqualTo(history.context());
    Statistics.label("state").collect(table.name() + " " + live.code());
  }

  @Property(tries = 200)
  void stateOnAsKnownBeforeACorrection_isUnchangedByTheCorrection(@ForAll("histories") History<?, ?, ?> history) {
    unchangedByCorrections(history);
  }

  /**
   * For each correction: the history of what was recorded before it answers every question
   * asked as known before the correction exactly as the whole history does.
   */
  private static <S extends Enum<S> & Coded, E extends LifecycleEvent, C> void unchangedByCorrections(
      History<S, E, C> history) {
    List<RecordedEvent<E>> recorded = history.recorded();
    List<LocalDate> days = new ArrayList<>();
    for (RecordedEvent<E> event : recorded) {
      days.add(event.effectiveOn().minusDays(1));
      days.add(event.effectiveOn());
      days.add(event.effectiveOn().plusDays(1));
    }
    int corrections = 0;
    for (int k = 0; k < recorded.size(); k++) {
      RecordedEvent<E> correction = recorded.get(k);
      if (!correction.isCorrection()) {
        continue;
      }
      corrections++;
      AppendResult<S, E, C> before = History.of(history.table(), history.initialContext()).appendAll(recorded.subList(0, k));
      assertThat(before.isAccepted()).isTrue();
      List<Instant> knownAts = new ArrayList<>();
      recorded.subList(0, k).forEach(r -> knownAts.add(r.recordedAt()));
      knownAts.add(correction.recordedAt().minusNanos(1));
      for (Instant knownAt : knownAts) {
        assertThat(history.effectiveAsKnownAt(knownAt)).isEqualTo(before.history().effectiveAsKnownAt(knownAt));
        for (LocalDate day : days) {
          assertThat(history.stateOn(day, knownAt)).as("state on %s as known at %s", day, knownAt)
              .isEqualTo(before.history().stateOn(day, knownAt));
        }
      }
      assertThat(history.effectiveAsKnownAt(correction.recordedAt())).contains(correction);
    }
    Statistics.label("with corrections").collect(corrections > 0);
  }

  @Property(tries = 50)
  void historiesWithoutCorrections_recordOnlyEffectiveEvents(@ForAll("withoutCorrections") History<?, ?, ?> history) {
    assertThat(history.recorded()).isEqualTo(history.effective());
    assertThat(history.recorded()).noneMatch(RecordedEvent::isCorrection);
  }

  @Provide
  Arbitrary<History<?, ?, ?>> withoutCorrections() {
    List<Arbitrary<? extends History<?, ?, ?>>> all =
        List.of(
            Frikommune.applicationHistories().withoutCorrections(),
            Frikommune.trialHistories().withoutCorrections(),
            Frikommune.participationHistories().withoutCorrections(),
            Frikommune.conditionHistories().withoutCorrections());
    return Arbitraries.oneOf(all);
  }

  @Property(tries = 50)
  void ofMaxEvents_boundsTheRecordedEvents(@ForAll("atMostThree") History<?, ?, ?> history) {
    assertThat(history.recorded()).hasSizeLessThanOrEqualTo(3);
  }

  @Provide
  Arbitrary<History<?, ?, ?>> atMostThree() {
    List<Arbitrary<? extends History<?, ?, ?>>> both =
        List.of(Frikommune.applicationHistories().ofMaxEvents(3), Frikommune.trialHistories().ofMaxEvents(3));
    return Arbitraries.oneOf(both);
  }
}
