package io.github.frikommune.benchmarks.lifecycle;

import com.github.oxo42.stateless4j.StateMachine;
import io.github.frikommune.core.lifecycle.ApplicationContext;
import io.github.frikommune.core.lifecycle.ApplicationEvent;
import io.github.frikommune.core.lifecycle.ApplicationEventType;
import io.github.frikommune.core.lifecycle.ApplicationLifecycle;
import io.github.frikommune.core.lifecycle.ApplicationState;
import io.github.frikommune.core.lifecycle.History;
import io.github.frikommune.core.lifecycle.RecordedEvent;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The application lifecycle's events fired live, one application's whole path per operation:
 * the library loading each case's events into an immutable, bitemporal history, against
 * stateless4j configured with the same states, triggers and guards (and keeping no history).
 * The library appending the events one by one is measured too, for context.
 */
@State(Scope.Benchmark)
public class TransitionBenchmarks {
  /** The number of applications an invocation takes through their paths. */
  public static final int APPLICATIONS = 1024;

  private List<ApplicationCase> cases;
  private Stateless4jApplication stateless4j;

  /** Generates the applications and configures stateless4j. */
  @Setup
  public void setUp() {
    cases = ApplicationCases.withEvents(APPLICATIONS * 6).subList(0, APPLICATIONS);
    stateless4j = new Stateless4jApplication();
  }

  /**
   * The library: each event appended to the application's history.
   *
   * @param blackhole consumes each final history
   */
  @Benchmark
  @OperationsPerInvocation(APPLICATIONS)
  public void libraryWithHistory(Blackhole blackhole) {
    for (ApplicationCase c : cases) {
      blackhole.consume(ApplicationLifecycle.history(c.context()).appendAll(c.events()).history());
    }
  }

  /**
   * The library as a live case system uses it: each event appended on its own, one history and
   * one result per event, shown for context next to loading the whole case file at once.
   *
   * @param blackhole consumes each final history
   */
  @Benchmark
  @OperationsPerInvocation(APPLICATIONS)
  public void libraryAppendingEach(Blackhole blackhole) {
    for (ApplicationCase c : cases) {
      History<ApplicationState, ApplicationEvent, ApplicationContext> history = ApplicationLifecycle.history(c.context());
      for (RecordedEvent<ApplicationEvent> e : c.events()) {
        history = history.append(e).history();
      }
      blackhole.consume(history);
    }
  }

  /**
   * stateless4j: each event fired on the application's machine.
   *
   * @param blackhole consumes each final state
   */
  @Benchmark
  @OperationsPerInvocation(APPLICATIONS)
  public void stateless4j(Blackhole blackhole) {
    for (ApplicationCase c : cases) {
      StateMachine<ApplicationState, ApplicationEventType> machine = stateless4j.start(c.context());
      for (RecordedEvent<ApplicationEvent> e : c.events()) {
        stateless4j.fire(machine, e.event().type(), e.effectiveOn());
      }
      blackhole.consume(machine.getState());
    }
  }
}
