package io.github.frikommune.core.lifecycle;

import static io.github.frikommune.core.lifecycle.ApplicationState.APPROVED;
import static io.github.frikommune.core.lifecycle.ApplicationState.CONSULTED;
import static io.github.frikommune.core.lifecycle.ApplicationState.DESCRIBED;
import static io.github.frikommune.core.lifecycle.ApplicationState.DRAFT;
import static io.github.frikommune.core.lifecycle.ApplicationState.GRANTED;
import static io.github.frikommune.core.lifecycle.ApplicationState.IN_CONSULTATION;
import static io.github.frikommune.core.lifecycle.ApplicationState.PARTIALLY_GRANTED;
import static io.github.frikommune.core.lifecycle.ApplicationState.REJECTED;
import static io.github.frikommune.core.lifecycle.ApplicationState.SUBMITTED;
import static io.github.frikommune.core.lifecycle.ApplicationState.WITHDRAWN;

import com.google.common.collect.ImmutableMap;
import io.github.frikommune.core.municipality.Municipality;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The lifecycle of an application (<i>ansøgningens forløb</i>): draft → described → (in
 * consultation → consulted) → approved by every participant → submitted → granted, partially
 * granted or rejected; withdrawn at any point before the decision.
 *
 * <p>Guards:
 *
 * <ul>
 *   <li>{@value #ALL_PARTICIPANTS_APPROVED}: every participating municipality has approved the
 *       application politically on or before the day it is marked approved (business rule 3);
 *   <li>{@value #ON_OR_BEFORE_DEADLINE}: it is submitted on or before the round's deadline
 *       (business rule 2).
 * </ul>
 *
 * <p>A decision is allowed only in {@code submitted}, and the history keeps effective days in
 * order, so a decision is dated on or after the submission (business rule 6).
 */
public final class ApplicationLifecycle {
  /** The name of the guard that every participant approved: {@value}. */
  public static final String ALL_PARTICIPANTS_APPROVED = "all-participants-approved";

  /** The name of the guard on the round's deadline: {@value}. */
  public static final String ON_OR_BEFORE_DEADLINE = "on-or-before-deadline";

  private static final Guard<ApplicationEvent, ApplicationContext> ALL_APPROVED =
      Guard.onContext(
          ALL_PARTICIPANTS_APPROVED,
          "every participating municipality has approved the application politically on or before this day",
          (on, c) -> c.allApprovedBy(on),
          (on, c) ->
              ImmutableMap.of(
                  "on", on.toString(),
                  "notApproved",
                      c.notApprovedBy(on).stream()
                          .map(Municipality::name)
                          .collect(Collectors.joining(", ", "[", "]"))));

  private static final Guard<ApplicationEvent, ApplicationContext> BY_DEADLINE =
      Guard.onContext(
          ON_OR_BEFORE_DEADLINE,
          "submitted on or before the round's deadline",
          (on, c) -> !on.isAfter(c.roundDeadline()),
          (on, c) ->
              ImmutableMap.of("submittedOn", on.toString(), "deadline", c.roundDeadline().toString()));

  private static final TransitionTable<ApplicationState, ApplicationEvent, ApplicationContext>
      TABLE =
          TransitionTable.<ApplicationState, ApplicationEvent, ApplicationContext>builder(
                  "application",
                  "ansøgning",
                  ApplicationState.class,
                  DRAFT,
                  Arrays.asList(ApplicationEventType.values()))
              .from(DRAFT).on(ApplicationEventType.DESCRIBED).to(DESCRIBED)
              .from(DESCRIBED).on(ApplicationEventType.CONSULTATION_SENT)
              .to(IN_CONSULTATION, FollowUp.CONSULTATION_ANSWER_AWAITED)
              .from(IN_CONSULTATION).on(ApplicationEventType.CONSULTATION_ANSWERED).to(CONSULTED)
              .from(DESCRIBED, CONSULTED).on(ApplicationEventType.APPROVED).when(ALL_APPROVED)
              .to(APPROVED, FollowUp.SUBMISSION_DUE)
              .from(APPROVED).on(ApplicationEventType.SUBMITTED).when(BY_DEADLINE)
              .to(SUBMITTED, FollowUp.DECISION_AWAITED)
              .from(SUBMITTED).on(ApplicationEventType.GRANTED)
              .to(
                  GRANTED,
                  FollowUp.LEGAL_BASIS_AWAITED,
                  FollowUp.PARTICIPATION_CONFIRMATION_AWAITED,
                  FollowUp.EVALUATION_DESIGN_DUE)
              .from(SUBMITTED).on(ApplicationEventType.PARTIALLY_GRANTED)
              .to(
                  PARTIALLY_GRANTED,
                  FollowUp.LEGAL_BASIS_AWAITED,
                  FollowUp.PARTICIPATION_CONFIRMATION_AWAITED,
                  FollowUp.EVALUATION_DESIGN_DUE,
                  FollowUp.CONDITIONS_TO_FOLLOW)
              .from(SUBMITTED).on(ApplicationEventType.REJECTED).to(REJECTED)
              .from(DRAFT, DESCRIBED, IN_CONSULTATION, CONSULTED, APPROVED, SUBMITTED)
              .on(ApplicationEventType.WITHDRAWN)
              .to(WITHDRAWN)
              .build();

  private ApplicationLifecycle() {}

  /**
   * The transition table of applications.
   *
   * @return the table
   */
  public static TransitionTable<ApplicationState, ApplicationEvent, ApplicationContext> table() {
    return TABLE;
  }

  /**
   * An empty history of one application.
   *
   * @param context the facts the guards judge
   * @return the history, in {@link ApplicationState#DRAFT}
   */
  public static History<ApplicationState, ApplicationEvent, ApplicationContext> history(
      ApplicationContext context) {
    return History.of(TABLE, context);
  }
}
