package io.github.frikommune.testkit.usage;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.lifecycle.ApplicationContext;
import io.github.frikommune.core.lifecycle.ApplicationEvent;
import io.github.frikommune.core.lifecycle.ApplicationState;
import io.github.frikommune.core.lifecycle.History;
import io.github.frikommune.core.lifecycle.TrialContext;
import io.github.frikommune.core.lifecycle.TrialEvent;
import io.github.frikommune.core.lifecycle.TrialState;
import io.github.frikommune.testkit.EventSequence;
import io.github.frikommune.testkit.Frikommune;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class HistoryProperties {

  @Property(tries = 100)
  void replayEqualsTheStateHandledLive(
      @ForAll History<ApplicationState, ApplicationEvent, ApplicationContext> history) {
    assertThat(history.replay().state()).isEqualTo(history.state());
  }

  @Property(tries = 100)
  void refusalsAreValues(@ForAll("trialSequences") EventSequence<TrialState, TrialEvent, TrialContext> sequence) {
    sequence.appendEach().forEach(result -> assertThat(result.isAccepted()).isEqualTo(result.refusals().isEmpty()));
  }

  @Provide
  Arbitrary<EventSequence<TrialState, TrialEvent, TrialContext>> trialSequences() {
    return Frikommune.trialHistories().ofMaxEvents(6).eventSequences();
  }
}
