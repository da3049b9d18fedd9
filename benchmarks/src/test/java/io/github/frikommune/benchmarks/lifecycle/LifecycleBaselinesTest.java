package io.github.frikommune.benchmarks.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.oxo42.stateless4j.StateMachine;
import io.github.frikommune.core.lifecycle.AppendResult;
import io.github.frikommune.core.lifecycle.ApplicationContext;
import io.github.frikommune.core.lifecycle.ApplicationEvent;
import io.github.frikommune.core.lifecycle.ApplicationEventType;
import io.github.frikommune.core.lifecycle.ApplicationLifecycle;
import io.github.frikommune.core.lifecycle.ApplicationState;
import io.github.frikommune.core.lifecycle.RecordedEvent;
import io.github.frikommune.core.lifecycle.Replay;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The baselines do the same work as the library: same events, same guards, same end state. */
class LifecycleBaselinesTest {
  private static final List<ApplicationCase> CASES = ApplicationCases.withEvents(20_000);

  @Test
  void generatedEvents_addUpToTheNumberAskedFor() {
    assertThat(ApplicationCases.events(CASES)).isBetween(20_000, 20_005);
    assertThat(ApplicationCases.withEvents(20_000)).isEqualTo(CASES);
  }

  @Test
  void everyGeneratedCase_isAcceptedByTheLibraryAndBothBaselines_withTheSameEndState() {
    Stateless4jApplication stateless4j = new Stateless4jApplication();
    for (ApplicationCase c : CASES) {
      Replay<ApplicationState, ApplicationContext> replay = ApplicationLifecycle.table().replay(c.events(), c.context());
      AppendResult<ApplicationState, ApplicationEvent, ApplicationContext> live =
          ApplicationLifecycle.history(c.context()).appendAll(c.events());
      HandWrittenApplication handWritten = new HandWrittenApplication(c.context());
      StateMachine<ApplicationState, ApplicationEventType> machine = stateless4j.start(c.context());
      for (RecordedEvent<ApplicationEvent> e : c.events()) {
        assertThat(handWritten.handle(e.event().type(), e.effectiveOn())).isTrue();
        stateless4j.fire(machine, e.event().type(), e.effectiveOn());
      }

      assertThat(replay.isComplete()).isTrue();
      assertThat(live.isAccepted()).isTrue();
      assertThat(live.history().state()).isEqualTo(replay.state());
      assertThat(handWritten.state()).isEqualTo(replay.state());
      assertThat(machine.getState()).isEqualTo(replay.state());
    }
  }

  @Test
  void submissionAfterTheDeadline_isRefusedByAllThree() {
    ApplicationCase c =
        CASES.stream()
            .filter(k -> k.events().size() == 4 && k.events().get(2).event().type() == ApplicationEventType.SUBMITTED)
            .findFirst()
            .orElseThrow();
    LocalDate late = c.context().roundDeadline().plusDays(1);
    Stateless4jApplication stateless4j = new Stateless4jApplication();
    StateMachine<ApplicationState, ApplicationEventType> machine = stateless4j.start(c.context());
    HandWrittenApplication handWritten = new HandWrittenApplication(c.context());
    for (RecordedEvent<ApplicationEvent> e : c.events().subList(0, 2)) {
      handWritten.handle(e.event().type(), e.effectiveOn());
      stateless4j.fire(machine, e.event().type(), e.effectiveOn());
    }

    assertThat(
            ApplicationLifecycle.table()
                .permit(ApplicationState.APPROVED, ApplicationEvent.of(ApplicationEventType.SUBMITTED), late, c.context())
                .isRejected())
        .isTrue();
    assertThat(handWritten.handle(ApplicationEventType.SUBMITTED, late)).isFalse();
    assertThat(handWritten.state()).isEqualTo(ApplicationState.APPROVED);
    assertThatThrownBy(() -> stateless4j.fire(machine, ApplicationEventType.SUBMITTED, late))
        .isInstanceOf(IllegalStateException.class);
  }
}
