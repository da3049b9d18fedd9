package io.github.frikommune.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.Coded;
import io.github.frikommune.core.lifecycle.AppendResult;
import io.github.frikommune.core.lifecycle.History;
import io.github.frikommune.core.lifecycle.LifecycleEvent;
import io.github.frikommune.core.lifecycle.RecordedEvent;
import io.github.frikommune.core.lifecycle.Refusal;
import io.github.frikommune.core.lifecycle.RefusalKind;
import io.github.frikommune.core.lifecycle.Transition;
import io.github.frikommune.core.lifecycle.TransitionTable;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Arbitrary event sequences, for negative tests: appending them never throws, a refusal is a
 * value that leaves the history as it was, and across a few hundred sequences every kind of
 * refusal occurs next to accepted events.
 */
class EventSequenceProperties {

  @Provide
  Arbitrary<EventSequence<?, ?, ?>> sequences() {
    List<Arbitrary<? extends EventSequence<?, ?, ?>>> all =
        List.of(
            Frikommune.applicationHistories().eventSequences(),
            Frikommune.trialHistories().eventSequences(),
            Frikommune.participationHistories().eventSequences(),
            Frikommune.conditionHistories().eventSequences());
    return Arbitraries.oneOf(all);
  }

  @Property(tries = 200)
  void arbitrarySequences_neverThrow_andRefusalsAreValues(@ForAll("sequences") EventSequence<?, ?, ?> sequence) {
    refusalsAreValues(sequence);
  }

  private static <S extends Enum<S> & Coded, E extends LifecycleEvent, C> void refusalsAreValues(
      EventSequence<S, E, C> sequence) {
    TransitionTable<S, E, C> table = sequence.table();
    S state = table.initialState();
    for (RecordedEvent<E> event : sequence.events()) {
      Transition<S> step = table.permit(state, event.event(), event.effectiveOn(), sequence.context());
      assertThat(step.isAccepted()).isEqualTo(step.refusals().isEmpty());
      state = step.state();
    }
    History<S, E, C> history = sequence.emptyHistory();
    Optional<AppendResult<S, E, C>> firstRefused = Optional.empty();
    ImmutableList<AppendResult<S, E, C>> results = sequence.appendEach();
    assertThat(results).hasSameSizeAs(sequence.events());
    for (AppendResult<S, E, C> result : results) {
      assertThat(result.isAccepted()).isEqualTo(result.refusals().isEmpty());
      if (result.isAccepted()) {
        assertThat(result.history().recorded()).hasSize(history.recorded().size() + 1);
      } else {
        assertThat(result.history().recorded()).isEqualTo(history.recorded());
        assertThat(result.history().state()).isEqualTo(history.state());
        firstRefused = firstRefused.or(() -> Optional.of(result));
      }
      history = result.history();
      Statistics.label("appended").collect(result.isAccepted() ? "accepted" : "refused");
    }
    assertThat(history.replay().isComplete()).isTrue();
    assertThat(history.replay().steps()).isEqualTo(history.path());

    AppendResult<S, E, C> all = sequence.appendAll();
    if (firstRefused.isEmpty()) {
      assertThat(all.isAccepted()).isTrue();
      assertThat(all.history().recorded()).isEqualTo(sequence.events());
    } else {
      assertThat(all.refusals()).isEqualTo(firstRefused.get().refusals());
    }
  }

  @Example
  void arbitrarySequences_meetEveryKindOfRefusal() {
    Set<RefusalKind> kinds = EnumSet.noneOf(RefusalKind.class);
    int accepted = 0;
    for (EventSequence<?, ?, ?> sequence : Samples.of(sequences(), 300)) {
      for (AppendResult<?, ?, ?> result : sequence.appendEach()) {
        accepted += result.isAccepted() ? 1 : 0;
        result.refusals().stream().map(Refusal::kind).forEach(kinds::add);
      }
    }

    assertThat(kinds).containsExactlyInAnyOrder(RefusalKind.values());
    assertThat(accepted).isGreaterThan(300);
  }
}
