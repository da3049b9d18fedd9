package io.github.frikommune.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.lifecycle.ApplicationContext;
import io.github.frikommune.core.lifecycle.ApplicationEvent;
import io.github.frikommune.core.lifecycle.ApplicationEventType;
import io.github.frikommune.core.lifecycle.ApplicationLifecycle;
import io.github.frikommune.core.lifecycle.ApplicationState;
import io.github.frikommune.core.lifecycle.EventId;
import io.github.frikommune.core.lifecycle.History;
import io.github.frikommune.core.lifecycle.RecordedEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LifecycleReportingFormatTest {
  private static final LocalDate NOV_15 = LocalDate.of(2016, 11, 15);

  private static History<ApplicationState, ApplicationEvent, ApplicationContext> described() {
    return ApplicationLifecycle.history(
            ApplicationContext.builder().roundDeadline(LocalDate.of(2016, 12, 1)).build())
        .appendAll(
            List.of(
                RecordedEvent.of(
                    EventId.of("A-1-01-e1"),
                    ApplicationEvent.of(ApplicationEventType.DESCRIBED),
                    NOV_15,
                    Instant.parse("2016-11-15T11:00:00Z"),
                    "Jobcenter Aalborg"),
                RecordedEvent.<ApplicationEvent>builder()
                    .id(EventId.of("A-1-01-e2"))
                    .supersedes(EventId.of("A-1-01-e1"))
                    .event(ApplicationEvent.of(ApplicationEventType.DESCRIBED, "Rettet."))
                    .effectiveOn(NOV_15)
                    .recordedAt(Instant.parse("2016-11-16T09:00:00Z"))
                    .recordedBy("Frikommunesekretariatet")
                    .build()))
        .history();
  }

  @Test
  void history_isReportedEventByEvent() {
    LifecycleReportingFormat format = new LifecycleReportingFormat();
    History<ApplicationState, ApplicationEvent, ApplicationContext> history = described();

    assertThat(format.appliesTo(history)).isTrue();
    assertThat(format.label(history)).contains("History");
    @SuppressWarnings("unchecked")
    Map<String, Object> report = (Map<String, Object>) format.report(history);
    assertThat(report)
        .containsEntry("lifecycle", "application")
        .containsEntry("state", "described")
        .containsEntry("context", history.context().toString())
        .containsEntry(
            "recorded",
            List.of(
                "A-1-01-e1 2016-11-15 @2016-11-15T11:00:00Z by Jobcenter Aalborg: ApplicationEvent{type=DESCRIBED}",
                "A-1-01-e2 supersedes A-1-01-e1 2016-11-15 @2016-11-16T09:00:00Z by Frikommunesekretariatet:"
                    + " ApplicationEvent{type=DESCRIBED, note=Rettet.}"));
  }

  @Test
  void otherValues_areLeftToJqwik() {
    assertThat(new LifecycleReportingFormat().appliesTo("A-1-01")).isFalse();
  }
}
