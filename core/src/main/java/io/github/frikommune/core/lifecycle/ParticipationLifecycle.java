package io.github.frikommune.core.lifecycle;

import static io.github.frikommune.core.trial.ParticipationStatus.ACTIVE;
import static io.github.frikommune.core.trial.ParticipationStatus.CONFIRMED;
import static io.github.frikommune.core.trial.ParticipationStatus.JOIN_REQUESTED;
import static io.github.frikommune.core.trial.ParticipationStatus.MUST_APPLY_SEPARATELY;
import static io.github.frikommune.core.trial.ParticipationStatus.PENDING_CONFIRMATION;
import static io.github.frikommune.core.trial.ParticipationStatus.REFUSED;
import static io.github.frikommune.core.trial.ParticipationStatus.WITHDRAWN;

import com.google.common.collect.ImmutableMap;
import io.github.frikommune.core.trial.ParticipationStatus;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The lifecycle of one municipality's participation in one trial (<i>deltagelse</i>), over the
 * states of {@link ParticipationStatus}: pending confirmation → confirmed → active →
 * withdrawn; or, where the decision restricts the trial to others, pending confirmation → must
 * apply separately → join requested → confirmed or refused.
 *
 * <p>Guards:
 *
 * <ul>
 *   <li>{@value #NOT_RESTRICTED}: the ministry can confirm a municipality only if the decision
 *       does not make it apply separately (business rule 10); such a municipality takes part
 *       only after its request to join is granted;
 *   <li>{@value #RESTRICTED_BY_DECISION}: a municipality is sent to apply separately only if
 *       the decision says so;
 *   <li>{@value #TRIAL_IN_FORCE}: a municipality starts using the exemption only once the
 *       trial's legal basis is in force.
 * </ul>
 */
public final class ParticipationLifecycle {
  /** The name of the guard that the decision does not make the municipality apply: {@value}. */
  public static final String NOT_RESTRICTED = "not-restricted";

  /** The name of the guard that the decision makes the municipality apply: {@value}. */
  public static final String RESTRICTED_BY_DECISION = "restricted-by-decision";

  /** The name of the guard that the trial's legal basis is in force: {@value}. */
  public static final String TRIAL_IN_FORCE = "trial-in-force";

  private static final Guard<ParticipationEvent, ParticipationContext> OPEN =
      Guard.onContext(
          NOT_RESTRICTED,
          "the decision does not require this municipality to apply separately",
          (on, c) -> !c.mustApplySeparately(),
          (on, c) -> ImmutableMap.of("mustApplySeparately", String.valueOf(c.mustApplySeparately())));

  private static final Guard<ParticipationEvent, ParticipationContext> RESTRICTED =
      Guard.onContext(
          RESTRICTED_BY_DECISION,
          "the decision requires this municipality to apply separately",
          (on, c) -> c.mustApplySeparately(),
          (on, c) -> ImmutableMap.of("mustApplySeparately", String.valueOf(c.mustApplySeparately())));

  private static final Guard<ParticipationEvent, ParticipationContext> IN_FORCE =
      Guard.onContext(
          TRIAL_IN_FORCE,
          "the trial's legal basis is in force on this day",
          (on, c) -> c.trialInForceFrom().map(from -> !on.isBefore(from)).orElse(false),
          (on, c) ->
              ImmutableMap.of(
                  "on", on.toString(),
                  "trialInForceFrom", c.trialInForceFrom().map(LocalDate::toString).orElse("unknown")));

  private static final TransitionTable<ParticipationStatus, ParticipationEvent, ParticipationContext>
      TABLE =
          TransitionTable.<ParticipationStatus, ParticipationEvent, ParticipationContext>builder(
                  "participation",
                  "deltagelse",
                  ParticipationStatus.class,
                  PENDING_CONFIRMATION,
                  Arrays.asList(ParticipationEventType.values()))
              .from(PENDING_CONFIRMATION).on(ParticipationEventType.CONFIRMED).when(OPEN)
              .to(CONFIRMED)
              .from(PENDING_CONFIRMATION).on(ParticipationEventType.RESTRICTED).when(RESTRICTED)
              .to(MUST_APPLY_SEPARATELY, FollowUp.JOIN_APPLICATION_DUE)
              .from(MUST_APPLY_SEPARATELY).on(ParticipationEventType.JOIN_REQUESTED)
              .to(JOIN_REQUESTED, FollowUp.JOIN_DECISION_AWAITED)
              .from(JOIN_REQUESTED).on(ParticipationEventType.JOIN_GRANTED)
              .to(CONFIRMED)
              .from(JOIN_REQUESTED).on(ParticipationEventType.JOIN_REFUSED)
              .to(REFUSED)
              .from(CONFIRMED).on(ParticipationEventType.ACTIVATED).when(IN_FORCE)
              .to(ACTIVE)
              .from(PENDING_CONFIRMATION, MUST_APPLY_SEPARATELY, JOIN_REQUESTED, CONFIRMED, ACTIVE)
              .on(ParticipationEventType.WITHDRAWN)
              .to(WITHDRAWN)
              .build();

  private ParticipationLifecycle() {}

  /**
   * The transition table of participations.
   *
   * @return the table
   */
  public static TransitionTable<ParticipationStatus, ParticipationEvent, ParticipationContext>
      table() {
    return TABLE;
  }

  /**
   * An empty history of one municipality's participation in one trial.
   *
   * @param context the facts the guards judge
   * @return the history, in {@link ParticipationStatus#PENDING_CONFIRMATION}
   */
  public static History<ParticipationStatus, ParticipationEvent, ParticipationContext> history(
      ParticipationContext context) {
    return History.of(TABLE, context);
  }
}
