package io.github.frikommune.benchmarks.lifecycle;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.lifecycle.ApplicationContext;
import io.github.frikommune.core.lifecycle.ApplicationEvent;
import io.github.frikommune.core.lifecycle.RecordedEvent;

/**
 * One application's recorded lifecycle events, and the facts its guards judge.
 *
 * @param context the round's deadline, the participants and their approvals
 * @param events the recorded events, in order, every one accepted by the lifecycle
 */
public record ApplicationCase(ApplicationContext context, ImmutableList<RecordedEvent<ApplicationEvent>> events) {}
