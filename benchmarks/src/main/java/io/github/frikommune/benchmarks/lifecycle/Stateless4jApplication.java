package io.github.frikommune.benchmarks.lifecycle;

import com.github.oxo42.stateless4j.StateMachine;
import com.github.oxo42.stateless4j.StateMachineConfig;
import io.github.frikommune.core.application.PoliticalApproval;
import io.github.frikommune.core.lifecycle.ApplicationContext;
import io.github.frikommune.core.lifecycle.ApplicationEventType;
import io.github.frikommune.core.lifecycle.ApplicationState;
import io.github.frikommune.core.municipality.Municipality;
import java.time.LocalDate;

/**
 * The application lifecycle in stateless4j, the embedded state machine a Java user would
 * otherwise pick: the same states, triggers and guards as the library's table.
 *
 * <p>stateless4j's guards take no arguments, so, as its users do, they read the event's day and
 * the application's facts from fields set before each {@code fire}. One configuration is shared;
 * each application gets its own machine. It keeps no history. Not thread-safe.
 */
public final class Stateless4jApplication {
  private final StateMachineConfig<ApplicationState, ApplicationEventType> config = new StateMachineConfig<>();
  private ApplicationContext context;
  private LocalDate on;

  /** Configures the machine. */
  public Stateless4jApplication() {
    config.configure(ApplicationState.DRAFT)
        .permit(ApplicationEventType.DESCRIBED, ApplicationState.DESCRIBED)
        .permit(ApplicationEventType.WITHDRAWN, ApplicationState.WITHDRAWN);
    config.configure(ApplicationState.DESCRIBED)
        .permit(ApplicationEventType.CONSULTATION_SENT, ApplicationState.IN_CONSULTATION)
        .permitIf(ApplicationEventType.APPROVED, ApplicationState.APPROVED, this::allApproved)
        .permit(ApplicationEventType.WITHDRAWN, ApplicationState.WITHDRAWN);
    config.configure(ApplicationState.IN_CONSULTATION)
        .permit(ApplicationEventType.CONSULTATION_ANSWERED, ApplicationState.CONSULTED)
        .permit(ApplicationEventType.WITHDRAWN, ApplicationState.WITHDRAWN);
    config.configure(ApplicationState.CONSULTED)
        .permitIf(ApplicationEventType.APPROVED, ApplicationState.APPROVED, this::allApproved)
        .permit(ApplicationEventType.WITHDRAWN, ApplicationState.WITHDRAWN);
    config.configure(ApplicationState.APPROVED)
        .permitIf(ApplicationEventType.SUBMITTED, ApplicationState.SUBMITTED, () -> !on.isAfter(context.roundDeadline()))
        .permit(ApplicationEventType.WITHDRAWN, ApplicationState.WITHDRAWN);
    config.configure(ApplicationState.SUBMITTED)
        .permit(ApplicationEventType.GRANTED, ApplicationState.GRANTED)
        .permit(ApplicationEventType.PARTIALLY_GRANTED, ApplicationState.PARTIALLY_GRANTED)
        .permit(ApplicationEventType.REJECTED, ApplicationState.REJECTED)
        .permit(ApplicationEventType.WITHDRAWN, ApplicationState.WITHDRAWN);
  }

  /**
   * Starts a machine for one application in draft.
   *
   * @param context the application's facts, which the guards read
   * @return the machine
   */
  public StateMachine<ApplicationState, ApplicationEventType> start(ApplicationContext context) {
    this.context = context;
    return new StateMachine<>(ApplicationState.DRAFT, config);
  }

  /**
   * Fires an event on a machine.
   *
   * @param machine the machine, from {@link #start(ApplicationContext)}
   * @param type the trigger
   * @param day the day the event takes effect, which the guards read
   * @throws IllegalStateException if the machine does not permit the trigger now
   */
  public void fire(StateMachine<ApplicationState, ApplicationEventType> machine, ApplicationEventType type, LocalDate day) {
    this.on = day;
    machine.fire(type);
  }

  private boolean allApproved() {
    for (Municipality m : context.participants()) {
      boolean approved = false;
      for (PoliticalApproval a : context.approvals()) {
        if (a.municipality().equals(m) && (a.approvedOn().isEmpty() || !a.approvedOn().get().isAfter(on))) {
          approved = true;
          break;
        }
      }
      if (!approved) {
        return false;
      }
    }
    return true;
  }
}
