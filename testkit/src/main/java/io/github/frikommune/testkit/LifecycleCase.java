package io.github.frikommune.testkit;

import java.time.LocalDate;

/**
 * Where a generated history starts: the case's id, the facts its guards judge, taken from a
 * generated domain value, and the day its first event may take effect.
 *
 * @param id the case's id, the prefix of its events' ids, e.g. {@code A-1-01}
 * @param context the lifecycle's context, consistent with the value it was taken from
 * @param anchor the earliest day an event of the case takes effect, e.g. the decision's day for
 *     a trial
 * @param <C> the context type
 */
record LifecycleCase<C>(String id, C context, LocalDate anchor) {}
