package io.github.frikommune.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.lifecycle.ApplicationContext;
import io.github.frikommune.core.lifecycle.ApplicationEvent;
import io.github.frikommune.core.lifecycle.ApplicationState;
import io.github.frikommune.core.lifecycle.History;
import io.github.frikommune.core.lifecycle.RecordedEvent;
import io.github.frikommune.core.lifecycle.TrialContext;
import io.github.frikommune.core.lifecycle.TrialEvent;
import io.github.frikommune.core.lifecycle.TrialState;
import java.util.function.Consumer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Shows that failing histories and sequences shrink well: a deliberately false property must
 * fail, and its shrunk sample must be the smallest counterexample, still valid.
 */
class LifecycleShrinkingProperties {

  /** False as soon as a history has three effective events; the hook expects that failure. */
  @Property(seed = "42")
  @AddLifecycleHook(ExpectThreeFirstEventsOnOneDay.class)
  void fewerThanThreeEvents(@ForAll("applicationHistories") History<ApplicationState, ApplicationEvent, ApplicationContext> history) {
    assertThat(history.effective()).hasSizeLessThan(3);
  }

  @Provide
  Arbitrary<History<ApplicationState, ApplicationEvent, ApplicationContext>> applicationHistories() {
    return Frikommune.applicationHistories();
  }

  /** False as soon as a sequence holds an event the trial's history refuses. */
  @Property(seed = "42")
  @AddLifecycleHook(ExpectOneRefusedEvent.class)
  void everyEventIsAccepted(@ForAll("trialSequences") EventSequence<TrialState, TrialEvent, TrialContext> sequence) {
    assertThat(sequence.appendAll().isAccepted()).isTrue();
  }

  @Provide
  Arbitrary<EventSequence<TrialState, TrialEvent, TrialContext>> trialSequences() {
    return Frikommune.trialHistories().eventSequences();
  }

  /** Turns the expected failure into success once the shrunk sample is checked. */
  abstract static class ExpectShrunk<T> implements AroundPropertyHook {
    private final Consumer<T> check;

    ExpectShrunk(Consumer<T> check) {
      this.check = check;
    }

    @Override
    @SuppressWarnings("unchecked")
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
      PropertyExecutionResult result = property.execute();
      assertThat(result.status()).isEqualTo(PropertyExecutionResult.Status.FAILED);
      check.accept((T) result.falsifiedParameters().orElseThrow().get(0));
      return result.mapToSuccessful();
    }
  }

  /**
   * Three events, no correction, the table's first transitions (described, sent for
   * consultation, answered), all on the first day the case allows, and still accepted.
   */
  static final class ExpectThreeFirstEventsOnOneDay
      extends ExpectShrunk<History<ApplicationState, ApplicationEvent, ApplicationContext>> {
    ExpectThreeFirstEventsOnOneDay() {
      super(
          shrunk -> {
            assertThat(shrunk.recorded()).hasSize(3).noneMatch(RecordedEvent::isCorrection);
            assertThat(shrunk.recorded())
                .extracting(r -> r.event().type().code())
                .containsExactly("described", "consultation-sent", "consultation-answered");
            assertThat(shrunk.recorded()).extracting(RecordedEvent::effectiveOn).containsOnly(shrunk.recorded().get(0).effectiveOn());
            assertThat(shrunk.replay().isComplete()).isTrue();
          });
    }
  }

  /** A single event, refused. */
  static final class ExpectOneRefusedEvent extends ExpectShrunk<EventSequence<TrialState, TrialEvent, TrialContext>> {
    ExpectOneRefusedEvent() {
      super(
          shrunk -> {
            assertThat(shrunk.events()).hasSize(1);
            assertThat(shrunk.appendAll().refusals()).isNotEmpty();
          });
    }
  }
}
