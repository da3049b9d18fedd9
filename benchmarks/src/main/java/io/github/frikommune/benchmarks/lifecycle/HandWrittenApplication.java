package io.github.frikommune.benchmarks.lifecycle;

import io.github.frikommune.core.application.PoliticalApproval;
import io.github.frikommune.core.lifecycle.ApplicationContext;
import io.github.frikommune.core.lifecycle.ApplicationEventType;
import io.github.frikommune.core.lifecycle.ApplicationState;
import io.github.frikommune.core.municipality.Municipality;
import java.time.LocalDate;

/**
 * The application lifecycle as a user would hand-write it: a mutable enum field and a
 * {@code switch}, with the same transitions and the same two guards (every participant approved
 * on or before the day; submitted on or before the deadline), and no record of what happened.
 *
 * <p>The baseline of the replay target. Not thread-safe.
 */
public final class HandWrittenApplication {
  private final ApplicationContext context;
  private ApplicationState state = ApplicationState.DRAFT;

  /**
   * A new application in draft.
   *
   * @param context the facts the guards judge
   */
  public HandWrittenApplication(ApplicationContext context) {
    this.context = context;
  }

  /**
   * The current state.
   *
   * @return the state
   */
  public ApplicationState state() {
    return state;
  }

  /**
   * Handles an event.
   *
   * @param type the event's type
   * @param on the day it takes effect
   * @return true if accepted; false leaves the state as it was
   */
  public boolean handle(ApplicationEventType type, LocalDate on) {
    ApplicationState next = next(type, on);
    if (next == null) {
      return false;
    }
    state = next;
    return true;
  }

  private ApplicationState next(ApplicationEventType type, LocalDate on) {
    if (type == ApplicationEventType.WITHDRAWN) {
      switch (state) {
        case GRANTED:
        case PARTIALLY_GRANTED:
        case REJECTED:
        case WITHDRAWN:
          return null;
        default:
          return ApplicationState.WITHDRAWN;
      }
    }
    switch (state) {
      case DRAFT:
        return type == ApplicationEventType.DESCRIBED ? ApplicationState.DESCRIBED : null;
      case DESCRIBED:
        if (type == ApplicationEventType.CONSULTATION_SENT) {
          return ApplicationState.IN_CONSULTATION;
        }
        return type == ApplicationEventType.APPROVED && allApproved(on) ? ApplicationState.APPROVED : null;
      case IN_CONSULTATION:
        return type == ApplicationEventType.CONSULTATION_ANSWERED ? ApplicationState.CONSULTED : null;
      case CONSULTED:
        return type == ApplicationEventType.APPROVED && allApproved(on) ? ApplicationState.APPROVED : null;
      case APPROVED:
        return type == ApplicationEventType.SUBMITTED && !on.isAfter(context.roundDeadline())
            ? ApplicationState.SUBMITTED
            : null;
      case SUBMITTED:
        switch (type) {
          case GRANTED:
            return ApplicationState.GRANTED;
          case PARTIALLY_GRANTED:
            return ApplicationState.PARTIALLY_GRANTED;
          case REJECTED:
            return ApplicationState.REJECTED;
          default:
            return null;
        }
      default:
        return null;
    }
  }

  private boolean allApproved(LocalDate on) {
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
