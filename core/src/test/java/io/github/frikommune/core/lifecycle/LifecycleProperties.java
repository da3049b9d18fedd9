package io.github.frikommune.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.Coded;
import io.github.frikommune.core.application.PoliticalApproval;
import io.github.frikommune.core.law.LegalAct;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.trial.TrialOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;

/**
 * Properties of every lifecycle, over random contexts and random sequences of recorded events:
 * on random days (sometimes going backwards), recorded at random instants (sometimes not
 * increasing), with random corrections and reused ids.
 */
class LifecycleProperties {
  private static final LocalDate BASE = LocalDate.of(2016, 10, 1);
  private static final Instant BASE_INSTANT = Instant.parse("2016-10-01T10:00:00Z");
  private static final List<Municipality> MUNICIPALITIES =
      List.of(Municipality.of(851), Municipality.of(860), Municipality.of(810));

  /** A lifecycle with arbitraries of its contexts and events. */
  record Spec<S extends Enum<S> & Coded, E extends LifecycleEvent, C>(
      TransitionTable<S, E, C> table,
      Arbitrary<C> contexts,
      Arbitrary<E> events,
      BiFunction<Coded, Integer, E> eventOfType) {
    Arbitrary<Scenario<S, E, C>> scenarios(boolean corrections) {
      Arbitrary<Step<E>> steps =
          Combinators.combine(
                  events,
                  Arbitraries.frequencyOf(
                      Tuple.of(1, Arbitraries.integers().between(-3, -1)),
                      Tuple.of(12, Arbitraries.integers().between(0, 60))),
                  Arbitraries.frequencyOf(
                      Tuple.of(1, Arbitraries.integers().between(-5, 0)),
                      Tuple.of(20, Arbitraries.integers().between(1, 100_000))),
                  corrections
                      ? Arbitraries.frequencyOf(
                          Tuple.of(6, Arbitraries.just(-1)), Tuple.of(1, Arbitraries.integers().between(0, 25)))
                      : Arbitraries.just(-1),
                  Arbitraries.frequencyOf(Tuple.of(30, Arbitraries.just(false)), Tuple.of(1, Arbitraries.just(true))),
                  Arbitraries.integers().between(-40, 100))
              .as(Step::new);
      // Without the contexts' edge cases, which would pair mostly with empty step lists.
      return Combinators.combine(contexts.withoutEdgeCases(), steps.list().ofMaxSize(25).withSizeDistribution(RandomDistribution.uniform()))
          .as((context, list) -> new Scenario<>(this, context, list));
    }
  }

  /**
   * One recorded event to attempt: a random event, gaps to the day and instant of the one
   * before, the index of an event to supersede (or -1), whether to reuse an id, and a guide: when
   * not negative, the event is instead one the current state has a transition for, so that
   * histories get past their first states.
   */
  record Step<E extends LifecycleEvent>(
      E event, int dayGap, int secondsGap, int supersedes, boolean reuseId, int guide) {}

  /** A context and the steps to attempt. */
  record Scenario<S extends Enum<S> & Coded, E extends LifecycleEvent, C>(
      Spec<S, E, C> spec, C context, List<Step<E>> steps) {
    List<RecordedEvent<E>> recordedEvents() {
      List<RecordedEvent<E>> out = new ArrayList<>();
      LocalDate day = BASE;
      Instant instant = BASE_INSTANT;
      // Guided steps follow the history as it is actually appended, refusals included.
      History<S, E, C> history = History.of(spec.table(), context);
      for (int i = 0; i < steps.size(); i++) {
        S state = history.state();
        Step<E> step = steps.get(i);
        E event = step.event();
        List<Coded> allowed = allowedIn(state);
        if (step.guide() >= 0 && !allowed.isEmpty()) {
          // Mostly the first transition listed from the state, which the tables list forward first.
          int pick = step.guide() < 60 ? 0 : step.guide() % allowed.size();
          event = spec.eventOfType().apply(allowed.get(pick), step.guide());
        }
        day = day.plusDays(step.dayGap());
        instant = instant.plusSeconds(step.secondsGap());
        EventId id = EventId.of(step.reuseId() ? "e0" : "e" + i);
        // An event cannot supersede itself: such a value cannot be built at all.
        Optional<EventId> supersedes =
            Optional.of(step.supersedes()).filter(n -> n >= 0).map(n -> EventId.of("e" + n)).filter(s -> !s.equals(id));
        RecordedEvent<E> recorded =
            RecordedEvent.<E>builder()
                .id(id)
                .supersedes(supersedes)
                .event(event)
                .effectiveOn(day)
                .recordedAt(instant)
                .recordedBy("property")
                .build();
        out.add(recorded);
        history = history.append(recorded).history();
      }
      return out;
    }

    private List<Coded> allowedIn(S state) {
      return spec.table().rules().stream()
          .filter(r -> r.from() == state)
          .map(TransitionRule::eventType)
          .collect(java.util.stream.Collectors.toList());
    }

    History<S, E, C> history() {
      History<S, E, C> h = History.of(spec.table(), context);
      for (RecordedEvent<E> event : recordedEvents()) {
        h = h.append(event).history();
      }
      return h;
    }

    @Override
    public String toString() {
      return spec.table().name() + " " + context + " " + recordedEvents();
    }
  }

  static final Spec<ApplicationState, ApplicationEvent, ApplicationContext> APPLICATION =
      new Spec<>(
          ApplicationLifecycle.table(),
          Combinators.combine(days(20, 200), Arbitraries.subsetOf(MUNICIPALITIES).flatMap(LifecycleProperties::approvals))
              .as((deadline, approved) ->
                  ApplicationContext.builder()
                      .roundDeadline(deadline)
                      .participants(approved.get1())
                      .approvals(approved.get2())
                      .build()),
          Arbitraries.of(ApplicationEventType.class).map(ApplicationEvent::of),
          (type, guide) -> ApplicationEvent.of((ApplicationEventType) type));

  static final Spec<TrialState, TrialEvent, TrialContext> TRIAL =
      new Spec<>(
          TrialLifecycle.table(),
          Combinators.combine(days(0, 400).optional(), days(300, 900), days(200, 900).optional())
              .as((inForce, end, planned) ->
                  TrialContext.builder()
                      .legalBasisInForceFrom(inForce)
                      .programmeEnd(end)
                      .plannedEnd(planned.orElse(end))
                      .build()),
          Arbitraries.oneOf(
              List.of(
                  Arbitraries.of(
                          EnumSet.complementOf(EnumSet.of(TrialEventType.EXTENDED, TrialEventType.CONCLUDED)))
                      .map(TrialEvent::of),
                  Combinators.combine(days(200, 1200), Arbitraries.of(Fixtures.AMENDMENT_2021, Fixtures.BEK_529, Fixtures.LAW_658))
                      .as((LocalDate end, LegalAct act) -> TrialEvent.extended(end, act)),
                  Arbitraries.of(TrialOutcome.class).map(TrialEvent::concluded))),
          (type, guide) ->
              switch ((TrialEventType) type) {
                case EXTENDED -> TrialEvent.extended(BASE.plusDays(900 + guide), Fixtures.AMENDMENT_2021);
                case CONCLUDED -> TrialEvent.concluded(TrialOutcome.values()[guide % TrialOutcome.values().length]);
                default -> TrialEvent.of((TrialEventType) type);
              });

  static final Spec<io.github.frikommune.core.trial.ParticipationStatus, ParticipationEvent, ParticipationContext>
      PARTICIPATION =
          new Spec<>(
              ParticipationLifecycle.table(),
              Combinators.combine(Arbitraries.of(true, false), days(0, 300).optional())
                  .as((must, inForce) ->
                      ParticipationContext.builder().mustApplySeparately(must).trialInForceFrom(inForce).build()),
              Arbitraries.of(ParticipationEventType.class).map(ParticipationEvent::of),
              (type, guide) -> ParticipationEvent.of((ParticipationEventType) type));

  static final Spec<io.github.frikommune.core.decision.ConditionStatus, ConditionEvent, ConditionContext> CONDITION =
      new Spec<>(
          ConditionLifecycle.table(),
          days(0, 200).map(ConditionContext::of),
          Arbitraries.of(ConditionEventType.class).map(ConditionEvent::of),
          (type, guide) -> ConditionEvent.of((ConditionEventType) type));

  /** Approvals by most participants, mostly early, some undated, now and then by others. */
  private static Arbitrary<Tuple.Tuple2<Set<Municipality>, List<PoliticalApproval>>> approvals(
      Set<Municipality> participants) {
    Arbitrary<Optional<PoliticalApproval>> one =
        Combinators.combine(
                Arbitraries.of(MUNICIPALITIES),
                Arbitraries.frequencyOf(
                    Tuple.of(8, days(0, 60).map(Optional::of)), Tuple.of(1, Arbitraries.just(Optional.<LocalDate>empty()))),
                Arbitraries.integers().between(0, 9))
            .as((m, day, skip) -> skip == 0 ? Optional.<PoliticalApproval>empty()
                : Optional.of(day.map(d -> PoliticalApproval.of(m, "Udvalget", d)).orElse(PoliticalApproval.undated(m))));
    List<Municipality> order = List.copyOf(participants);
    return one.list().ofSize(MUNICIPALITIES.size())
        .map(list -> {
          List<PoliticalApproval> approvals = new ArrayList<>();
          for (int i = 0; i < list.size(); i++) {
            // Mostly the participants themselves, in order; the generated municipality otherwise.
            int at = i;
            list.get(i).ifPresent(a -> approvals.add(
                at < order.size() ? PoliticalApproval.builder().from(a).municipality(order.get(at)).build() : a));
          }
          return Tuple.of(participants, approvals);
        });
  }

  private static Arbitrary<LocalDate> days(int from, int to) {
    return Arbitraries.integers().between(from, to).map(BASE::plusDays);
  }

  private static Arbitrary<Scenario<?, ?, ?>> scenarios(boolean corrections) {
    List<Arbitrary<? extends Scenario<?, ?, ?>>> all =
        List.of(
            APPLICATION.scenarios(corrections),
            TRIAL.scenarios(corrections),
            PARTICIPATION.scenarios(corrections),
            CONDITION.scenarios(corrections));
    return Arbitraries.oneOf(all);
  }

  @Provide
  Arbitrary<Scenario<?, ?, ?>> withCorrections() {
    return scenarios(true);
  }

  @Provide
  Arbitrary<Scenario<?, ?, ?>> withoutCorrections() {
    return scenarios(false);
  }

  @Provide
  Arbitrary<TransitionTable<?, ?, ?>> tables() {
    return Arbitraries.of(APPLICATION.table(), TRIAL.table(), PARTICIPATION.table(), CONDITION.table());
  }

  @Property(tries = 400)
  void randomEventSequences_neverThrow(@ForAll("withCorrections") Scenario<?, ?, ?> scenario) {
    neverThrows(scenario);
  }

  private static <S extends Enum<S> & Coded, E extends LifecycleEvent, C> void neverThrows(Scenario<S, E, C> scenario) {
    TransitionTable<S, E, C> table = scenario.spec().table();
    S state = table.initialState();
    for (RecordedEvent<E> event : scenario.recordedEvents()) {
      Transition<S> t = table.permit(state, event.event(), event.effectiveOn(), scenario.context());
      assertThat(t.isAccepted()).isEqualTo(t.refusals().isEmpty());
      assertThat(table.options(state, event.effectiveOn(), scenario.context())).hasSize(table.eventTypes().size());
      state = t.state();
    }
    History<S, E, C> history = scenario.history();
    assertThat(history.replay().isComplete()).isTrue();
    assertThat(LifecycleDiagrams.dot(table, history.path())).startsWith("digraph");
    assertThat(LifecycleDiagrams.mermaid(table, history.path())).startsWith("stateDiagram-v2");
  }

  @Property(tries = 400)
  void appendAll_givesWhatAppendingEachEventInTurnGives(@ForAll("withCorrections") Scenario<?, ?, ?> scenario) {
    appendAllIsAppendingEach(scenario);
  }

  private static <S extends Enum<S> & Coded, E extends LifecycleEvent, C> void appendAllIsAppendingEach(
      Scenario<S, E, C> scenario) {
    History<S, E, C> empty = History.of(scenario.spec().table(), scenario.context());
    List<RecordedEvent<E>> events = scenario.recordedEvents();
    AppendResult<S, E, C> one = AppendResult.unchanged(empty);
    for (RecordedEvent<E> event : events) {
      one = one.history().append(event);
      if (!one.isAccepted()) {
        break;
      }
    }
    // As a list and as an iterable that is no collection: both ways through appendAll.
    for (Iterable<RecordedEvent<E>> input : List.<Iterable<RecordedEvent<E>>>of(events, () -> events.iterator())) {
      AppendResult<S, E, C> all = empty.appendAll(input);
      assertThat(all.isAccepted()).isEqualTo(one.isAccepted());
      assertThat(all.transition()).isEqualTo(one.transition());
      assertThat(all.refusals()).isEqualTo(one.refusals());
      assertThat(all.history().recorded()).isEqualTo(one.history().recorded());
      assertThat(all.history().effective()).isEqualTo(one.history().effective());
      assertThat(all.history().path()).isEqualTo(one.history().path());
      assertThat(all.history().state()).isEqualTo(one.history().state());
      assertThat(all.history().context()).isEqualTo(one.history().context());
    }
    Statistics.label("accepted").collect(one.isAccepted());
  }

  @Property(tries = 400)
  void replayOfAnAcceptedHistory_equalsFoldingItLive(@ForAll("withoutCorrections") Scenario<?, ?, ?> scenario) {
    replayEqualsLive(scenario);
  }

  private static <S extends Enum<S> & Coded, E extends LifecycleEvent, C> void replayEqualsLive(Scenario<S, E, C> scenario) {
    TransitionTable<S, E, C> table = scenario.spec().table();
    History<S, E, C> history = History.of(table, scenario.context());
    S live = table.initialState();
    C liveContext = scenario.context();
    List<Transition<S>> livePath = new ArrayList<>();
    for (RecordedEvent<E> event : scenario.recordedEvents()) {
      AppendResult<S, E, C> result = history.append(event);
      if (result.isAccepted()) {
        Transition<S> step = result.transition().orElseThrow();
        live = step.state();
        liveContext = table.contextAfter(step, event.event(), liveContext);
        livePath.add(step);
        history = result.history();
      }
    }
    Statistics.label("final state").collect(table.name() + " " + live.code());
    Replay<S, C> replay = history.replay();
    assertThat(replay.isComplete()).isTrue();
    assertThat(replay.state()).isEqualTo(live);
    assertThat(replay.steps()).isEqualTo(livePath);
    assertThat(replay.context()).isEqualTo(liveContext);
    assertThat(history.state()).isEqualTo(live);
    assertThat(history.context()).isEqualTo(liveContext);
    assertThat(history.initialContext()).isEqualTo(scenario.context());
  }

  @Property(tries = 400)
  void replayOfAHistoryWithCorrections_equalsItsPath(@ForAll("withCorrections") Scenario<?, ?, ?> scenario) {
    replayEqualsPath(scenario.history());
  }

  private static <S extends Enum<S> & Coded, E extends LifecycleEvent, C> void replayEqualsPath(History<S, E, C> history) {
    assertThat(history.replay().steps()).isEqualTo(history.path());
    assertThat(history.replay().state()).isEqualTo(history.state());
    assertThat(history.replay().context()).isEqualTo(history.context());
  }

  @Provide
  Arbitrary<Scenario<TrialState, TrialEvent, TrialContext>> trials() {
    return TRIAL.scenarios(true);
  }

  @Property(tries = 400)
  void extensionsInATrialsHistory_moveTheEndForward_andTheContextKeepsTheLast(
      @ForAll("trials") Scenario<TrialState, TrialEvent, TrialContext> scenario) {
    History<TrialState, TrialEvent, TrialContext> history = scenario.history();
    LocalDate end = history.initialContext().plannedEnd();
    int extensions = 0;
    for (RecordedEvent<TrialEvent> r : history.effective()) {
      if (r.event().type() == TrialEventType.EXTENDED) {
        LocalDate newEnd = r.event().newEnd().orElseThrow();
        assertThat(newEnd).isAfter(end);
        assertThat(history.contextOn(r.effectiveOn().minusDays(1)).endAsExtended()).isBeforeOrEqualTo(end);
        end = newEnd;
        extensions++;
      }
    }
    Statistics.label("extensions").collect(Math.min(extensions, 3));
    assertThat(history.context().endAsExtended()).isEqualTo(end);
  }

  @Property(tries = 300)
  void terminalStates_acceptNothing(@ForAll("withoutCorrections") Scenario<?, ?, ?> scenario) {
    terminalAcceptsNothing(scenario);
  }

  private static <S extends Enum<S> & Coded, E extends LifecycleEvent, C> void terminalAcceptsNothing(Scenario<S, E, C> scenario) {
    TransitionTable<S, E, C> table = scenario.spec().table();
    assertThat(table.terminalStates()).isNotEmpty();
    for (S terminal : table.terminalStates()) {
      for (RecordedEvent<E> event : scenario.recordedEvents()) {
        assertThat(table.permit(terminal, event.event(), event.effectiveOn(), scenario.context()).refusals())
            .extracting(Refusal::kind)
            .containsExactly(RefusalKind.NOT_ALLOWED_IN_STATE);
      }
      assertThat(table.permittedEvents(terminal, BASE, scenario.context())).isEmpty();
    }
  }

  @Property(tries = 20)
  void everyState_isReachableFromTheStart(@ForAll("tables") TransitionTable<?, ?, ?> table) {
    Set<Coded> reached = new java.util.HashSet<>();
    Deque<Coded> todo = new ArrayDeque<>(List.of(table.initialState()));
    while (!todo.isEmpty()) {
      Coded state = todo.pop();
      if (reached.add(state)) {
        table.rules().stream().filter(r -> r.from().equals(state)).forEach(r -> todo.push(r.to()));
      }
    }
    assertThat(reached).containsExactlyInAnyOrderElementsOf(ImmutableList.copyOf(table.states()));
  }

  @Property(tries = 400)
  void stateOnKnownAtBeforeACorrection_isUnchangedByTheCorrection(
      @ForAll("withCorrections") Scenario<?, ?, ?> scenario,
      @ForAll("correctionChoices") Tuple.Tuple2<Integer, Integer> choice) {
    unchangedByCorrection(scenario, choice.get1(), choice.get2());
  }

  @Provide
  Arbitrary<Tuple.Tuple2<Integer, Integer>> correctionChoices() {
    return Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 1000)).as(Tuple::of);
  }

  private static <S extends Enum<S> & Coded, E extends LifecycleEvent, C> void unchangedByCorrection(
      Scenario<S, E, C> scenario, int targetChoice, int eventChoice) {
    History<S, E, C> before = scenario.history();
    ImmutableList<RecordedEvent<E>> effective = before.effective();
    if (effective.isEmpty()) {
      return;
    }
    RecordedEvent<E> target = effective.get(targetChoice % effective.size());
    List<RecordedEvent<E>> recorded = scenario.recordedEvents();
    E replacement = recorded.get(eventChoice % recorded.size()).event();
    Instant last = before.recorded().get(before.recorded().size() - 1).recordedAt();
    RecordedEvent<E> correction =
        RecordedEvent.<E>builder()
            .id(EventId.of("correction"))
            .supersedes(target.id())
            .event(replacement)
            .effectiveOn(target.effectiveOn())
            .recordedAt(last.plusSeconds(3600))
            .recordedBy("property")
            .build();
    AppendResult<S, E, C> result = before.append(correction);
    History<S, E, C> after = result.history();
    Statistics.label("correction").collect(result.isAccepted() ? "accepted" : "refused");

    List<Instant> knownAts = new ArrayList<>();
    knownAts.add(BASE_INSTANT.minusSeconds(1));
    before.recorded().forEach(r -> knownAts.add(r.recordedAt()));
    knownAts.add(last.plusSeconds(3599));
    List<LocalDate> days = new ArrayList<>();
    days.add(BASE.minusDays(1));
    effective.forEach(r -> {
      days.add(r.effectiveOn());
      days.add(r.effectiveOn().plusDays(1));
    });
    for (Instant knownAt : knownAts) {
      assertThat(after.effectiveAsKnownAt(knownAt)).isEqualTo(before.effectiveAsKnownAt(knownAt));
      for (LocalDate day : days) {
        assertThat(after.stateOn(day, knownAt)).isEqualTo(before.stateOn(day, knownAt));
      }
    }
    if (result.isAccepted()) {
      assertThat(after.effective()).contains(correction).doesNotContain(target);
    }
  }
}
