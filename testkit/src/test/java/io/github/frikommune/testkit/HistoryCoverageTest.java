package io.github.frikommune.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.Coded;
import io.github.frikommune.core.lifecycle.History;
import io.github.frikommune.core.lifecycle.LifecycleEvent;
import io.github.frikommune.core.lifecycle.Transition;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Example;

/**
 * Generated histories go everywhere their lifecycle can go: a few hundred of them, drawn with a
 * fixed seed, take every transition of the table, and some are empty and some carry
 * corrections.
 */
class HistoryCoverageTest {
  private static final int SAMPLES = 300;

  @Example
  void applicationHistories_takeEveryTransition() {
    assertTakesEveryTransition(Frikommune.applicationHistories());
  }

  @Example
  void trialHistories_takeEveryTransition() {
    assertTakesEveryTransition(Frikommune.trialHistories());
  }

  @Example
  void participationHistories_takeEveryTransition() {
    assertTakesEveryTransition(Frikommune.participationHistories());
  }

  @Example
  void conditionHistories_takeEveryTransition() {
    assertTakesEveryTransition(Frikommune.conditionHistories());
  }

  private static <S extends Enum<S> & Coded, E extends LifecycleEvent, C> void assertTakesEveryTransition(
      HistoryArbitrary<S, E, C> histories) {
    List<History<S, E, C>> samples = Samples.of(histories, SAMPLES);
    Set<String> taken = new TreeSet<>();
    for (History<S, E, C> history : samples) {
      for (Transition<S> step : history.path()) {
        taken.add(step.from().code() + " -" + step.eventType().code() + "-> " + step.state().code());
      }
    }
    Set<String> all =
        samples.get(0).table().rules().stream()
            .map(r -> r.from().code() + " -" + r.eventType().code() + "-> " + r.to().code())
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(taken).isEqualTo(all);
    assertThat(samples).anyMatch(h -> h.recorded().size() > h.effective().size());
    assertThat(samples).anyMatch(h -> h.recorded().isEmpty());
  }
}
