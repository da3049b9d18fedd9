package io.github.frikommune.core.lifecycle;

import static io.github.frikommune.core.lifecycle.TrialState.AWAITING_LEGAL_BASIS;
import static io.github.frikommune.core.lifecycle.TrialState.CONCLUDED;
import static io.github.frikommune.core.lifecycle.TrialState.ENDED;
import static io.github.frikommune.core.lifecycle.TrialState.EVALUATED;
import static io.github.frikommune.core.lifecycle.TrialState.LEGAL_BASIS_ADOPTED;
import static io.github.frikommune.core.lifecycle.TrialState.LEGAL_BASIS_IN_FORCE;
import static io.github.frikommune.core.lifecycle.TrialState.RUNNING;

import com.google.common.collect.ImmutableMap;
import io.github.frikommune.core.law.LegalAct;
import io.github.frikommune.core.law.LegalActKind;
import io.github.frikommune.core.trial.TrialOutcome;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a trial (<i>forsøgets forløb</i>), from the decision that granted it:
 * awaiting legal basis → (legal basis adopted →) legal basis in force → running → ended →
 * evaluated → concluded; extended while running; concluded early as stopped or never started.
 *
 * <p>Guards:
 *
 * <ul>
 *   <li>{@value #LEGAL_BASIS_IN_FORCE_GUARD}: the legal basis is in force on the day (business
 *       rule 9); judged when the basis comes into force and when the trial starts;
 *   <li>{@value #WITHIN_PROGRAMME}: the trial starts no later than the programme's end as
 *       extended (business rule 9);
 *   <li>{@value #MOVES_END_FORWARD}: an extension's new end lies after the trial's end as
 *       extended so far, that is, after the planned end and after every earlier extension's new
 *       end in the same history;
 *   <li>{@value #EXTENDED_BY_LAW}: an extension is made by a law, adopted on or before the day
 *       it takes effect;
 *   <li>{@value #JUDGED_OUTCOME}, {@value #STOPPED_OUTCOME}, {@value #NEVER_STARTED_OUTCOME}: a
 *       conclusion's outcome fits the state: spread or not spread after evaluation, stopped
 *       while running, never started before the start.
 * </ul>
 *
 * <p>An accepted extension records its new end in the context
 * ({@link TrialContext#endAsExtended()}), live and in replay alike; the extension event keeps
 * the new end and the history keeps the end before it, so both stay visible
 * ({@link History#contextOn(LocalDate)}). Example: once Mikrolån is extended to 31 December
 * 2023, an extension to 31 December 2022 is refused by {@value #MOVES_END_FORWARD} with
 * {@code newEnd=2022-12-31, endAsExtended=2023-12-31}.
 */
public final class TrialLifecycle {
  /** The name of the guard that the legal basis is in force: {@value}. */
  public static final String LEGAL_BASIS_IN_FORCE_GUARD = "legal-basis-in-force";

  /** The name of the guard on the programme's end: {@value}. */
  public static final String WITHIN_PROGRAMME = "within-programme";

  /** The name of the guard that an extension moves the end forward: {@value}. */
  public static final String MOVES_END_FORWARD = "moves-end-forward";

  /** The name of the guard that an extension is made by a law: {@value}. */
  public static final String EXTENDED_BY_LAW = "extended-by-law";

  /** The name of the guard on a conclusion after evaluation: {@value}. */
  public static final String JUDGED_OUTCOME = "judged-outcome";

  /** The name of the guard on a conclusion while running: {@value}. */
  public static final String STOPPED_OUTCOME = "stopped-outcome";

  /** The name of the guard on a conclusion before the start: {@value}. */
  public static final String NEVER_STARTED_OUTCOME = "never-started-outcome";

  private static final Guard<TrialEvent, TrialContext> IN_FORCE =
      Guard.onContext(
          LEGAL_BASIS_IN_FORCE_GUARD,
          "the legal basis is in force on this day",
          (on, c) -> c.legalBasisInForceFrom().map(from -> !on.isBefore(from)).orElse(false),
          (on, c) ->
              ImmutableMap.of(
                  "on", on.toString(),
                  "legalBasisInForceFrom",
                      c.legalBasisInForceFrom().map(LocalDate::toString).orElse("unknown")));

  private static final Guard<TrialEvent, TrialContext> BY_PROGRAMME_END =
      Guard.onContext(
          WITHIN_PROGRAMME,
          "on or before the programme's end as extended",
          (on, c) -> !on.isAfter(c.programmeEnd()),
          (on, c) -> ImmutableMap.of("on", on.toString(), "programmeEnd", c.programmeEnd().toString()));

  private static final Guard<TrialEvent, TrialContext> FORWARD =
      Guard.onEvent(
          MOVES_END_FORWARD,
          "the new end lies after the trial's end as extended so far",
          (e, on, c) -> e.newEnd().map(end -> end.isAfter(c.endAsExtended())).orElse(false),
          (e, on, c) ->
              ImmutableMap.of(
                  "newEnd", e.newEnd().map(LocalDate::toString).orElse("none"),
                  "endAsExtended", c.endAsExtended().toString()));

  /** An accepted extension's new end is the trial's end from then on. */
  private static final ContextUpdate<TrialEvent, TrialContext> MOVE_END =
      (c, e, on) -> c.withEndAsExtended(e.newEnd().orElseThrow());

  private static final Guard<TrialEvent, TrialContext> BY_LAW =
      Guard.onEvent(
          EXTENDED_BY_LAW,
          "made by a law adopted on or before this day",
          (e, on, c) ->
              e.extendingAct()
                  .map(act -> act.kind() == LegalActKind.LAW && !act.date().isAfter(on))
                  .orElse(false),
          (e, on, c) ->
              ImmutableMap.of(
                  "on", on.toString(),
                  "extendingAct", e.extendingAct().map(LegalAct::citation).orElse("none")));

  private static final Guard<TrialEvent, TrialContext> JUDGED =
      outcomeGuard(
          JUDGED_OUTCOME,
          "the outcome is spread or not spread",
          EnumSet.of(TrialOutcome.SPREAD, TrialOutcome.NOT_SPREAD));

  private static final Guard<TrialEvent, TrialContext> STOPPED =
      outcomeGuard(STOPPED_OUTCOME, "the outcome is stopped", EnumSet.of(TrialOutcome.STOPPED));

  private static final Guard<TrialEvent, TrialContext> NEVER_STARTED =
      outcomeGuard(
          NEVER_STARTED_OUTCOME,
          "the outcome is never started",
          EnumSet.of(TrialOutcome.NEVER_STARTED));

  private static final TransitionTable<TrialState, TrialEvent, TrialContext> TABLE =
      TransitionTable.<TrialState, TrialEvent, TrialContext>builder(
              "trial",
              "forsøg",
              TrialState.class,
              AWAITING_LEGAL_BASIS,
              Arrays.asList(TrialEventType.values()))
          .from(AWAITING_LEGAL_BASIS).on(TrialEventType.LEGAL_BASIS_ADOPTED)
          .to(LEGAL_BASIS_ADOPTED, FollowUp.STATUTE_DUE)
          .from(AWAITING_LEGAL_BASIS).on(TrialEventType.LEGAL_BASIS_IN_FORCE).when(IN_FORCE)
          .to(LEGAL_BASIS_IN_FORCE, FollowUp.STATUTE_DUE)
          .from(LEGAL_BASIS_ADOPTED).on(TrialEventType.LEGAL_BASIS_IN_FORCE).when(IN_FORCE)
          .to(LEGAL_BASIS_IN_FORCE)
          .from(LEGAL_BASIS_IN_FORCE).on(TrialEventType.STARTED).when(IN_FORCE).when(BY_PROGRAMME_END)
          .to(RUNNING)
          .from(RUNNING).on(TrialEventType.EXTENDED).when(FORWARD).when(BY_LAW).updating(MOVE_END)
          .to(RUNNING)
          .from(RUNNING).on(TrialEventType.ENDED)
          .to(ENDED, FollowUp.EVALUATION_REPORT_DUE)
          .from(ENDED).on(TrialEventType.EVALUATED)
          .to(EVALUATED)
          .from(EVALUATED).on(TrialEventType.CONCLUDED).when(JUDGED)
          .to(CONCLUDED)
          .from(RUNNING).on(TrialEventType.CONCLUDED).when(STOPPED)
          .to(CONCLUDED, FollowUp.EVALUATION_REPORT_DUE)
          .from(AWAITING_LEGAL_BASIS, LEGAL_BASIS_ADOPTED, LEGAL_BASIS_IN_FORCE)
          .on(TrialEventType.CONCLUDED)
          .when(NEVER_STARTED)
          .to(CONCLUDED)
          .build();

  private TrialLifecycle() {}

  private static Guard<TrialEvent, TrialContext> outcomeGuard(
      String name, String description, Set<TrialOutcome> allowed) {
    return Guard.onEvent(
        name,
        description,
        (e, on, c) -> e.outcome().map(allowed::contains).orElse(false),
        (e, on, c) -> ImmutableMap.of("outcome", e.outcome().map(TrialOutcome::code).orElse("none")));
  }

  /**
   * The transition table of trials.
   *
   * @return the table
   */
  public static TransitionTable<TrialState, TrialEvent, TrialContext> table() {
    return TABLE;
  }

  /**
   * An empty history of one trial.
   *
   * @param context the facts the guards judge before the first event; for a trial on record,
   *     {@link TrialContext#from} to continue its record, or {@link TrialContext#beforeExtensions}
   *     to record its extensions as events
   * @return the history, in {@link TrialState#AWAITING_LEGAL_BASIS}
   */
  public static History<TrialState, TrialEvent, TrialContext> history(TrialContext context) {
    return History.of(TABLE, context);
  }
}
