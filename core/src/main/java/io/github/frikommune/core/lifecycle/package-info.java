/**
 * Lifecycles (<i>forløb</i>): the immutable state machines that applications, trials, a
 * municipality's participation in a trial, and conditions move through, with an append-only,
 * bitemporal history of the events that moved them.
 *
 * <p>A {@link io.github.frikommune.core.lifecycle.TransitionTable} is data: its states, events,
 * guards and target states can be listed, tested and drawn
 * ({@link io.github.frikommune.core.lifecycle.LifecycleDiagrams}). Handling an event is a pure
 * function from a state, an event, the day it takes effect and an explicit context to a
 * {@link io.github.frikommune.core.lifecycle.Transition}: accepted, with the new state and its
 * follow-ups, or rejected, with typed {@link io.github.frikommune.core.lifecycle.Refusal}s; a
 * transition may record its event in the context the next event is judged in
 * ({@link io.github.frikommune.core.lifecycle.ContextUpdate}), as a trial's extension moves its
 * end. A
 * {@link io.github.frikommune.core.lifecycle.History} records each event with the day it takes
 * legal effect and the instant it was recorded, keeps corrections next to what they correct,
 * and answers both "what was true on a day" and "what did the record say on that day, as known
 * at an instant". The four lifecycles of the domain are
 * {@link io.github.frikommune.core.lifecycle.ApplicationLifecycle},
 * {@link io.github.frikommune.core.lifecycle.TrialLifecycle},
 * {@link io.github.frikommune.core.lifecycle.ParticipationLifecycle} and
 * {@link io.github.frikommune.core.lifecycle.ConditionLifecycle}.
 */
@DomainStyle
package io.github.frikommune.core.lifecycle;

import io.github.frikommune.core.internal.DomainStyle;
