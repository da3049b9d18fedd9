package io.github.frikommune.benchmarks.lifecycle;

import io.github.frikommune.core.lifecycle.ApplicationContext;
import io.github.frikommune.core.lifecycle.ApplicationEvent;
import io.github.frikommune.core.lifecycle.ApplicationLifecycle;
import io.github.frikommune.core.lifecycle.ApplicationState;
import io.github.frikommune.core.lifecycle.RecordedEvent;
import io.github.frikommune.core.lifecycle.TransitionTable;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Replay of 1,000,000 recorded application events (about 220,000 applications) against a
 * hand-written {@code switch} over the same events on a mutable enum. One operation replays
 * them all.
 */
@State(Scope.Benchmark)
public class ReplayBenchmarks {
  /** The number of events replayed per operation. */
  public static final int EVENTS = 1_000_000;

  private static final TransitionTable<ApplicationState, ApplicationEvent, ApplicationContext> TABLE =
      ApplicationLifecycle.table();

  private List<ApplicationCase> cases;

  /** Generates the events. */
  @Setup
  public void setUp() {
    cases = ApplicationCases.withEvents(EVENTS);
  }

  /**
   * The library: each application's events through the transition table.
   *
   * @param blackhole consumes each replay
   */
  @Benchmark
  public void library(Blackhole blackhole) {
    for (ApplicationCase c : cases) {
      blackhole.consume(TABLE.replay(c.events(), c.context()));
    }
  }

  /**
   * The baseline: each application's events through a hand-written switch.
   *
   * @param blackhole consumes each final state
   */
  @Benchmark
  public void handWrittenSwitch(Blackhole blackhole) {
    for (ApplicationCase c : cases) {
      HandWrittenApplication application = new HandWrittenApplication(c.context());
      for (RecordedEvent<ApplicationEvent> e : c.events()) {
        application.handle(e.event().type(), e.effectiveOn());
      }
      blackhole.consume(application.state());
    }
  }
}
