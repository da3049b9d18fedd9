package io.github.frikommune.testkit;

import io.github.frikommune.core.lifecycle.History;
import io.github.frikommune.core.lifecycle.LifecycleEvent;
import io.github.frikommune.core.lifecycle.RecordedEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.SampleReportingFormat;

/**
 * Shows a falsified {@link History} in jqwik's report event by event, instead of the one line of
 * its {@code toString()}.
 *
 * <p>A failing property over histories is only useful if the report says what the history
 * holds: its lifecycle, state and context, and each recorded event with its id, type, effective
 * day, recorded instant, who recorded it and what it supersedes. jqwik finds this format through
 * {@code META-INF/services} on the class path and through {@code provides} on the module path,
 * like the {@link FrikommuneArbitraryProvider}. Immutable and thread-safe.
 */
public final class LifecycleReportingFormat implements SampleReportingFormat {

  /** The format; jqwik creates it. */
  public LifecycleReportingFormat() {}

  @Override
  public boolean appliesTo(Object value) {
    return value instanceof History<?, ?, ?>;
  }

  @Override
  public Optional<String> label(Object value) {
    return Optional.of("History");
  }

  @Override
  public Object report(Object value) {
    History<?, ?, ?> history = (History<?, ?, ?>) value;
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("lifecycle", history.table().name());
    report.put("state", history.state().code());
    report.put("context", history.context().toString());
    report.put("recorded", lines(history.recorded()));
    return report;
  }

  private static List<String> lines(List<? extends RecordedEvent<?>> events) {
    return events.stream().map(LifecycleReportingFormat::line).collect(Collectors.toList());
  }

  /**
   * One recorded event as one line, e.g. {@code A-1-01-e2 2016-11-20 @2016-11-20T07:00:00Z by
   * Jobcenter Aalborg: ApplicationEvent{type=APPROVED}}.
   */
  static String line(RecordedEvent<? extends LifecycleEvent> event) {
    return event.id()
        + event.supersedes().map(id -> " supersedes " + id).orElse("")
        + " "
        + event.effectiveOn()
        + " @"
        + event.recordedAt()
        + " by "
        + event.recordedBy()
        + ": "
        + event.event();
  }
}
