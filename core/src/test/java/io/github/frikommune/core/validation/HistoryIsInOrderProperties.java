package io.github.frikommune.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.decision.ConditionStatus;
import io.github.frikommune.core.lifecycle.ConditionContext;
import io.github.frikommune.core.lifecycle.ConditionEvent;
import io.github.frikommune.core.lifecycle.ConditionEventType;
import io.github.frikommune.core.lifecycle.EventId;
import io.github.frikommune.core.lifecycle.History;
import io.github.frikommune.core.lifecycle.RecordedEvent;
import io.github.frikommune.core.lifecycle.TransitionTable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Rule 11 as the validator reads it and as History enforces it agree: a case file validates
 * clean exactly when History appends every one of its events.
 *
 * <p>The case files are random: days and instants that now and then go backwards or repeat,
 * reused ids, and corrections of earlier, later or unknown events. Their lifecycle accepts every
 * event in every state, so History refuses an event only for rule 11.
 */
class HistoryIsInOrderProperties {
  private static final LocalDate BASE = LocalDate.of(2017, 2, 1);
  private static final Instant BASE_INSTANT = Instant.parse("2017-02-01T10:00:00Z");

  /** A lifecycle in which "met" is always allowed and changes nothing. */
  private static final TransitionTable<ConditionStatus, ConditionEvent, ConditionContext> ACCEPTS_ALL =
      TransitionTable.<ConditionStatus, ConditionEvent, ConditionContext>builder(
              "accepts-all", "accepterer alt", ConditionStatus.class, ConditionStatus.PENDING, List.of(ConditionEventType.MET))
          .from(ConditionStatus.PENDING).on(ConditionEventType.MET).to(ConditionStatus.PENDING)
          .build();

  /** One event: gaps to the day and instant before, an id to reuse or -1, an event to correct or -1. */
  record Step(int dayGap, int secondsGap, int reuse, int supersedes) {}

  @Provide
  Arbitrary<List<Step>> caseFiles() {
    return Combinators.combine(
            Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(-3, -1)),
                net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(0, 20))),
            Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(-5, 0)),
                net.jqwik.api.Tuple.of(12, Arbitraries.integers().between(1, 1000))),
            Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(15, Arbitraries.just(-1)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 12))),
            Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.just(-1)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 14))))
        .as(Step::new)
        .list()
        .ofMaxSize(12);
  }

  private static List<RecordedEvent<ConditionEvent>> file(List<Step> steps) {
    List<RecordedEvent<ConditionEvent>> out = new ArrayList<>();
    LocalDate day = BASE;
    Instant instant = BASE_INSTANT;
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      day = day.plusDays(s.dayGap());
      instant = instant.plusSeconds(s.secondsGap());
      EventId id = EventId.of("e" + (s.reuse() >= 0 && s.reuse() < i ? s.reuse() : i));
      Optional<EventId> supersedes =
          Optional.of(s.supersedes()).filter(n -> n >= 0).map(n -> EventId.of("e" + n)).filter(t -> !t.equals(id));
      out.add(
          RecordedEvent.<ConditionEvent>builder()
              .id(id)
              .supersedes(supersedes)
              .event(ConditionEvent.of(ConditionEventType.MET))
              .effectiveOn(day)
              .recordedAt(instant)
              .recordedBy("property")
              .build());
    }
    return out;
  }

  @Property(tries = 1000)
  void caseFileValidatesClean_exactlyWhenHistoryAppendsEveryEvent(@ForAll("caseFiles") List<Step> steps) {
    List<RecordedEvent<ConditionEvent>> file = file(steps);

    boolean clean = HistoryValidator.validate(file).isClean();
    boolean appended = History.of(ACCEPTS_ALL, ConditionContext.of(BASE)).appendAll(file).isAccepted();

    Statistics.label("clean").collect(clean);
    assertThat(clean).as("validation of %s", file).isEqualTo(appended);
  }
}
