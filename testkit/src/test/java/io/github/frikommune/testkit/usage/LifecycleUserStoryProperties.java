package io.github.frikommune.testkit.usage;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.decision.ConditionStatus;
import io.github.frikommune.core.exemption.ExemptionAnswer;
import io.github.frikommune.core.exemption.ExemptionQuestion;
import io.github.frikommune.core.lifecycle.ApplicationContext;
import io.github.frikommune.core.lifecycle.ApplicationEvent;
import io.github.frikommune.core.lifecycle.ApplicationEventType;
import io.github.frikommune.core.lifecycle.ApplicationState;
import io.github.frikommune.core.lifecycle.ConditionContext;
import io.github.frikommune.core.lifecycle.ConditionEvent;
import io.github.frikommune.core.lifecycle.EventId;
import io.github.frikommune.core.lifecycle.History;
import io.github.frikommune.core.lifecycle.LifecycleEvent;
import io.github.frikommune.core.lifecycle.ParticipationContext;
import io.github.frikommune.core.lifecycle.ParticipationEvent;
import io.github.frikommune.core.lifecycle.ParticipationEventType;
import io.github.frikommune.core.lifecycle.RecordedEvent;
import io.github.frikommune.core.lifecycle.TrialContext;
import io.github.frikommune.core.lifecycle.TrialEvent;
import io.github.frikommune.core.lifecycle.TrialEventType;
import io.github.frikommune.core.lifecycle.TrialState;
import io.github.frikommune.core.trial.ParticipationStatus;
import io.github.frikommune.testkit.EventSequence;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A user's tests of lifecycles: they declare no domain and call nothing of the testkit; the
 * ArbitraryProvider service alone fills in the parameters, matching the generic types by their
 * type arguments. (EventSequence, a type of the testkit's own, is the one import.)
 */
class LifecycleUserStoryProperties {

  @Property(tries = 30)
  void anyApplicationHistory(@ForAll History<ApplicationState, ApplicationEvent, ApplicationContext> history) {
    assertThat(history.table().name()).isEqualTo("application");
    history.effective().stream()
        .filter(e -> e.event().type() == ApplicationEventType.SUBMITTED)
        .forEach(e -> assertThat(e.effectiveOn()).isBeforeOrEqualTo(history.context().roundDeadline()));
  }

  @Property(tries = 30)
  void anyTrialHistory(@ForAll History<TrialState, TrialEvent, TrialContext> history) {
    assertThat(history.table().name()).isEqualTo("trial");
    history.effective().stream()
        .filter(e -> e.event().type() == TrialEventType.STARTED)
        .forEach(e -> assertThat(e.effectiveOn()).isAfterOrEqualTo(history.context().legalBasisInForceFrom().orElseThrow()));
  }

  @Property(tries = 30)
  void anyParticipationHistory(
      @ForAll History<ParticipationStatus, ParticipationEvent, ParticipationContext> history) {
    if (history.context().mustApplySeparately()) {
      assertThat(history.effective()).noneMatch(e -> e.event().type() == ParticipationEventType.CONFIRMED);
    }
  }

  @Property(tries = 30)
  void anyConditionHistory(@ForAll History<ConditionStatus, ConditionEvent, ConditionContext> history) {
    assertThat(history.effective()).allMatch(e -> !e.effectiveOn().isBefore(history.context().decidedOn()));
  }

  @Property(tries = 30)
  void anyHistoryOfAnyLifecycle(@ForAll History<?, ?, ?> history) {
    assertThat(history.replay().isComplete()).isTrue();
  }

  @Property(tries = 30)
  void anySequence(@ForAll EventSequence<TrialState, TrialEvent, TrialContext> sequence) {
    assertThat(sequence.table().name()).isEqualTo("trial");
    sequence.appendEach().forEach(r -> assertThat(r.isAccepted()).isEqualTo(r.refusals().isEmpty()));
  }

  @Property(tries = 30)
  void anyRecordedEvent(@ForAll RecordedEvent<ConditionEvent> recorded, @ForAll RecordedEvent<?> any) {
    assertThat(recorded.event()).isInstanceOf(ConditionEvent.class);
    assertThat(recorded.supersedes()).isNotEqualTo(java.util.Optional.of(recorded.id()));
    assertThat(any.event()).isInstanceOf(LifecycleEvent.class);
  }

  @Property(tries = 30)
  void smallLifecycleValues(
      @ForAll EventId id,
      @ForAll ApplicationEvent applicationEvent,
      @ForAll TrialEvent trialEvent,
      @ForAll LifecycleEvent anyEvent,
      @ForAll TrialState state,
      @ForAll ApplicationContext context) {
    assertThat(EventId.parse(id.toString())).isEqualTo(id);
    assertThat(applicationEvent.type()).isInstanceOf(ApplicationEventType.class);
    assertThat(trialEvent.newEnd().isPresent()).isEqualTo(trialEvent.type() == TrialEventType.EXTENDED);
    assertThat(anyEvent.type()).isNotNull();
    assertThat(state.code()).isNotBlank();
    assertThat(context.participants()).isNotNull();
  }

  @Property(tries = 30)
  void exemptionValues(@ForAll ExemptionQuestion question, @ForAll ExemptionAnswer answer) {
    assertThat(question.municipality()).isNotNull();
    assertThat(answer.isYes()).isEqualTo(!answer.grants().isEmpty());
    assertThat(answer.isYes()).isNotEqualTo(!answer.reasons().isEmpty());
  }
}
