package io.github.frikommune.core.validation;

import static io.github.frikommune.core.validation.SeedVariants.found;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.lifecycle.AppendResult;
import io.github.frikommune.core.lifecycle.ApplicationContext;
import io.github.frikommune.core.lifecycle.ApplicationEvent;
import io.github.frikommune.core.lifecycle.ApplicationEventType;
import io.github.frikommune.core.lifecycle.ApplicationLifecycle;
import io.github.frikommune.core.lifecycle.ApplicationState;
import io.github.frikommune.core.lifecycle.EventId;
import io.github.frikommune.core.lifecycle.RecordedEvent;
import io.github.frikommune.core.lifecycle.Refusal;
import io.github.frikommune.core.lifecycle.RefusalKind;
import io.github.frikommune.core.seed.SeedCase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rule 11: in one history effective dates never go backwards, recorded instants strictly
 * increase, and a correction names the event it supersedes. The case file is Mikrolån's
 * application: described, approved, submitted, then decided.
 */
class HistoryIsInOrderTest {
  private static final ApplicationContext CONTEXT =
      ApplicationContext.from(SeedCase.round1Applications().get(0), SeedCase.rounds().get(0));

  private static RecordedEvent<ApplicationEvent> event(
      String id, ApplicationEventType type, String effectiveOn, String recordedAt) {
    return RecordedEvent.of(
        EventId.of(id), ApplicationEvent.of(type), LocalDate.parse(effectiveOn), Instant.parse(recordedAt), "Jobcenter Aalborg");
  }

  private static RecordedEvent<ApplicationEvent> correction(
      String id, String supersedes, ApplicationEventType type, String effectiveOn, String recordedAt) {
    return RecordedEvent.<ApplicationEvent>builder()
        .from(event(id, type, effectiveOn, recordedAt))
        .supersedes(Optional.of(EventId.of(supersedes)))
        .build();
  }

  private static final RecordedEvent<ApplicationEvent> DESCRIBED =
      event("e1", ApplicationEventType.DESCRIBED, "2016-11-15", "2016-11-15T11:00:00Z");
  private static final RecordedEvent<ApplicationEvent> APPROVED =
      event("e2", ApplicationEventType.APPROVED, "2016-11-20", "2016-11-20T11:00:00Z");
  private static final RecordedEvent<ApplicationEvent> SUBMITTED =
      event("e3", ApplicationEventType.SUBMITTED, "2016-12-01", "2016-12-01T11:00:00Z");
  private static final RecordedEvent<ApplicationEvent> REJECTED =
      event("e4", ApplicationEventType.REJECTED, "2017-02-01", "2017-02-01T11:00:00Z");
  /** The seed's decision on Mikrolån, first recorded wrongly as a rejection. */
  private static final RecordedEvent<ApplicationEvent> CORRECTED =
      correction("e5", "e4", ApplicationEventType.PARTIALLY_GRANTED, "2017-02-01", "2017-02-08T09:00:00Z");

  private static ValidationResult validate(List<RecordedEvent<ApplicationEvent>> events) {
    return HistoryValidator.validate(events);
  }

  /** The one violation of a result, checked for its code, path and value. */
  private static Violation single(ValidationResult result, ViolationCode code, String path, String value) {
    assertThat(result.violations()).hasSize(1);
    Violation v = result.violations().get(0);
    assertThat(v.code()).isEqualTo(code);
    assertThat(v.path()).isEqualTo(ValuePath.parse(path));
    assertThat(v.offendingValue()).isEqualTo(value);
    assertThat(v.severity()).isEqualTo(Severity.ERROR);
    assertThat(v.code().rule()).isEqualTo(BusinessRule.HISTORY_IS_IN_ORDER);
    return v;
  }

  /** What History says of the same file: the refusal kinds of the first event it refuses. */
  private static List<RefusalKind> historyRefuses(List<RecordedEvent<ApplicationEvent>> events) {
    AppendResult<ApplicationState, ApplicationEvent, ApplicationContext> result =
        ApplicationLifecycle.history(CONTEXT).appendAll(events);
    return result.refusals().stream().map(Refusal::kind).toList();
  }

  @Test
  void caseFileInOrder_withACorrectionOfTheDecision_isClean() {
    List<RecordedEvent<ApplicationEvent>> file = List.of(DESCRIBED, APPROVED, SUBMITTED, REJECTED, CORRECTED);

    assertThat(validate(file).isClean()).isTrue();
    assertThat(historyRefuses(file)).isEmpty();
  }

  @Test
  void everyHistorysRecordedEvents_areClean() {
    AppendResult<ApplicationState, ApplicationEvent, ApplicationContext> loaded =
        ApplicationLifecycle.history(CONTEXT).appendAll(List.of(DESCRIBED, APPROVED, SUBMITTED, REJECTED, CORRECTED));

    assertThat(validate(loaded.history().recorded()).isClean()).isTrue();
    assertThat(loaded.history().recorded()).hasSize(5);
  }

  @Test
  void emptyCaseFile_isClean() {
    assertThat(validate(List.of()).isClean()).isTrue();
  }

  @Test
  void eventsTakingEffectOnTheSameDay_areInOrder() {
    RecordedEvent<ApplicationEvent> sameDay = event("e2", ApplicationEventType.APPROVED, "2016-11-15", "2016-11-15T12:00:00Z");

    assertThat(validate(List.of(DESCRIBED, sameDay)).isClean()).isTrue();
  }

  @Test
  void eventTakingEffectBeforeTheEventBeforeIt_isHistoryOutOfOrder() {
    RecordedEvent<ApplicationEvent> early = event("e2", ApplicationEventType.APPROVED, "2016-11-10", "2016-11-20T11:00:00Z");
    List<RecordedEvent<ApplicationEvent>> file = List.of(DESCRIBED, early);

    Violation v = single(validate(file), ViolationCode.HISTORY_OUT_OF_ORDER, "events[1].effectiveOn", "2016-11-10");

    assertThat(v.englishMessage())
        .isEqualTo("the event takes effect on 2016-11-10, before the event e1 before it, which takes effect on 2016-11-15");
    assertThat(v.danishMessage())
        .isEqualTo("hændelsen får virkning 2016-11-10, før hændelsen e1 forud for den, som får virkning 2016-11-15");
    assertThat(historyRefuses(file)).containsExactly(RefusalKind.EFFECTIVE_DATE_BACKWARDS);
  }

  @Test
  void correctionWithinItsNeighbours_isInOrder() {
    RecordedEvent<ApplicationEvent> redated =
        correction("e4", "e1", ApplicationEventType.DESCRIBED, "2016-11-18", "2016-12-02T11:00:00Z");

    assertThat(validate(List.of(DESCRIBED, APPROVED, SUBMITTED, redated)).isClean()).isTrue();
  }

  @Test
  void correctionTakingEffectAfterTheEventAfterIt_putsThatEventOutOfOrder() {
    RecordedEvent<ApplicationEvent> redated =
        correction("e4", "e1", ApplicationEventType.DESCRIBED, "2016-11-25", "2016-12-02T11:00:00Z");
    List<RecordedEvent<ApplicationEvent>> file = List.of(DESCRIBED, APPROVED, SUBMITTED, redated);

    Violation v = single(validate(file), ViolationCode.HISTORY_OUT_OF_ORDER, "events[1].effectiveOn", "2016-11-20");

    assertThat(v.englishMessage())
        .isEqualTo("the event takes effect on 2016-11-20, before the event e4 before it, which takes effect on 2016-11-25");
    assertThat(historyRefuses(file)).containsExactly(RefusalKind.EFFECTIVE_DATE_BACKWARDS);
  }

  @Test
  void correctionTakingEffectBeforeTheEventBeforeIt_isHistoryOutOfOrder() {
    RecordedEvent<ApplicationEvent> redated =
        correction("e4", "e2", ApplicationEventType.APPROVED, "2016-11-14", "2016-12-02T11:00:00Z");

    Violation v = single(
        validate(List.of(DESCRIBED, APPROVED, SUBMITTED, redated)), ViolationCode.HISTORY_OUT_OF_ORDER, "events[3].effectiveOn", "2016-11-14");

    assertThat(v.englishMessage())
        .isEqualTo("the event takes effect on 2016-11-14, before the event e1 before it, which takes effect on 2016-11-15");
  }

  @Test
  void eventRecordedOneSecondAfterTheEventBeforeIt_isInOrder() {
    RecordedEvent<ApplicationEvent> next = event("e2", ApplicationEventType.APPROVED, "2016-11-20", "2016-11-15T11:00:01Z");

    assertThat(validate(List.of(DESCRIBED, next)).isClean()).isTrue();
  }

  @Test
  void eventRecordedAtTheSameInstantAsTheEventBeforeIt_isRecordedAtNotIncreasing() {
    RecordedEvent<ApplicationEvent> same = event("e2", ApplicationEventType.APPROVED, "2016-11-20", "2016-11-15T11:00:00Z");
    List<RecordedEvent<ApplicationEvent>> file = List.of(DESCRIBED, same);

    Violation v = single(validate(file), ViolationCode.RECORDED_AT_NOT_INCREASING, "events[1].recordedAt", "2016-11-15T11:00:00Z");

    assertThat(v.englishMessage())
        .isEqualTo("the event was recorded at 2016-11-15T11:00:00Z, not after the event e1 before it, which was recorded at"
            + " 2016-11-15T11:00:00Z");
    assertThat(v.danishMessage())
        .isEqualTo("hændelsen blev registreret 2016-11-15T11:00:00Z, ikke efter hændelsen e1 forud for den, som blev registreret"
            + " 2016-11-15T11:00:00Z");
    assertThat(historyRefuses(file)).containsExactly(RefusalKind.RECORDED_AT_NOT_INCREASING);
  }

  @Test
  void eventRecordedBeforeTheEventBeforeIt_isRecordedAtNotIncreasing() {
    RecordedEvent<ApplicationEvent> earlier = event("e2", ApplicationEventType.APPROVED, "2016-11-20", "2016-11-14T08:00:00Z");

    single(validate(List.of(DESCRIBED, earlier)), ViolationCode.RECORDED_AT_NOT_INCREASING, "events[1].recordedAt", "2016-11-14T08:00:00Z");
  }

  @Test
  void eventsWithTheirOwnIds_areClean() {
    assertThat(validate(List.of(DESCRIBED, APPROVED)).isClean()).isTrue();
  }

  @Test
  void eventWithTheIdOfAnEarlierEvent_isDuplicateEventId() {
    RecordedEvent<ApplicationEvent> again = event("e1", ApplicationEventType.APPROVED, "2016-11-20", "2016-11-20T11:00:00Z");
    List<RecordedEvent<ApplicationEvent>> file = List.of(DESCRIBED, again);

    Violation v = single(validate(file), ViolationCode.DUPLICATE_EVENT_ID, "events[1].id", "e1");

    assertThat(v.englishMessage()).isEqualTo("the event id e1 is already used by events[0]");
    assertThat(v.danishMessage()).isEqualTo("hændelses-id e1 bruges allerede af events[0]");
    assertThat(historyRefuses(file)).containsExactly(RefusalKind.DUPLICATE_EVENT_ID);
  }

  @Test
  void correctionOfAnEventRecordedBeforeIt_isClean() {
    assertThat(validate(List.of(DESCRIBED, correction("e2", "e1", ApplicationEventType.DESCRIBED, "2016-11-16", "2016-11-16T11:00:00Z")))
            .isClean())
        .isTrue();
  }

  @Test
  void correctionOfAnEventNotOnFile_isSupersedesUnknownEvent() {
    List<RecordedEvent<ApplicationEvent>> file =
        List.of(DESCRIBED, correction("e2", "e9", ApplicationEventType.DESCRIBED, "2016-11-16", "2016-11-16T11:00:00Z"));

    Violation v = single(validate(file), ViolationCode.SUPERSEDES_UNKNOWN_EVENT, "events[1].supersedes", "e9");

    assertThat(v.englishMessage()).isEqualTo("the correction supersedes the event e9, which is not recorded before it");
    assertThat(v.danishMessage()).isEqualTo("rettelsen erstatter hændelsen e9, som ikke er registreret før den");
    assertThat(historyRefuses(file)).containsExactly(RefusalKind.SUPERSEDES_UNKNOWN_EVENT);
  }

  @Test
  void correctionOfAnEventRecordedAfterIt_isSupersedesUnknownEvent() {
    RecordedEvent<ApplicationEvent> early =
        correction("e0", "e1", ApplicationEventType.DESCRIBED, "2016-11-14", "2016-11-14T11:00:00Z");

    single(validate(List.of(early, DESCRIBED)), ViolationCode.SUPERSEDES_UNKNOWN_EVENT, "events[0].supersedes", "e1");
  }

  @Test
  void correctionOfACorrection_isClean() {
    RecordedEvent<ApplicationEvent> again =
        correction("e6", "e5", ApplicationEventType.PARTIALLY_GRANTED, "2017-02-01", "2017-02-09T09:00:00Z");

    assertThat(validate(List.of(DESCRIBED, APPROVED, SUBMITTED, REJECTED, CORRECTED, again)).isClean()).isTrue();
  }

  @Test
  void secondCorrectionOfTheSameEvent_isSupersedesSupersededEvent() {
    RecordedEvent<ApplicationEvent> again =
        correction("e6", "e4", ApplicationEventType.GRANTED, "2017-02-01", "2017-02-09T09:00:00Z");
    List<RecordedEvent<ApplicationEvent>> file = List.of(DESCRIBED, APPROVED, SUBMITTED, REJECTED, CORRECTED, again);

    Violation v = single(validate(file), ViolationCode.SUPERSEDES_SUPERSEDED_EVENT, "events[5].supersedes", "e4");

    assertThat(v.englishMessage()).isEqualTo("the correction supersedes the event e4, which the correction e5 already supersedes");
    assertThat(v.danishMessage()).isEqualTo("rettelsen erstatter hændelsen e4, som rettelsen e5 allerede erstatter");
    assertThat(historyRefuses(file)).containsExactly(RefusalKind.SUPERSEDES_SUPERSEDED_EVENT);
  }

  @Test
  void everyBreak_isCollected_inTheOrderOfTheEvents() {
    List<RecordedEvent<ApplicationEvent>> file =
        List.of(
            DESCRIBED,
            event("e1", ApplicationEventType.APPROVED, "2016-11-10", "2016-11-15T11:00:00Z"),
            SUBMITTED,
            correction("e6", "e9", ApplicationEventType.SUBMITTED, "2016-12-01", "2016-12-02T11:00:00Z"));

    assertThat(found(validate(file)))
        .containsExactly(
            "duplicate-event-id at events[1].id",
            "recorded-at-not-increasing at events[1].recordedAt",
            "history-out-of-order at events[1].effectiveOn",
            "supersedes-unknown-event at events[3].supersedes");
    assertThat(historyRefuses(file))
        .containsExactly(RefusalKind.DUPLICATE_EVENT_ID, RefusalKind.RECORDED_AT_NOT_INCREASING, RefusalKind.EFFECTIVE_DATE_BACKWARDS);
  }
}
