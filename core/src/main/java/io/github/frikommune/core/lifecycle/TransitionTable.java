package io.github.frikommune.core.lifecycle;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.frikommune.core.Coded;
import io.github.frikommune.core.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The transition table of a lifecycle (<i>forløb</i>): its states, its event types, and for each
 * state and event type at most one transition with its guards, target state and follow-ups.
 *
 * <p>A table is data. It can be listed ({@link #rules()}), drawn ({@link LifecycleDiagrams}) and
 * queried, and it handles events as a pure function: {@link #permit} takes a state, an event,
 * the day it takes effect and the lifecycle's context, and returns a {@link Transition}, either
 * accepted or rejected with typed {@link Refusal}s. A transition that moves a fact of the context,
 * such as a trial's end after an extension, names a {@link ContextUpdate}, and
 * {@link #contextAfter} gives the context the next event is judged in. Nothing is mutated and
 * nothing is read outside the arguments, so live handling and {@linkplain #replay replay} give
 * the same answer. There is no mutable machine: a case's state and context are the fold of its
 * history.
 *
 * <p>Building a table where two transitions could both apply to the same state and event type
 * fails. Immutable and thread-safe, provided its guards are pure.
 *
 * @param <S> the state type, an enum of the lifecycle's states
 * @param <E> the event type
 * @param <C> the context type: the facts the guards judge, passed explicitly
 */
public final class TransitionTable<S extends Enum<S> & Coded, E extends LifecycleEvent, C> {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final String name;
  private final String danishName;
  private final ImmutableList<S> states;
  private final S initialState;
  private final ImmutableList<Coded> eventTypes;
  private final ImmutableList<TransitionRule<S, E, C>> rules;
  private final ImmutableMap<S, ImmutableMap<Coded, TransitionRule<S, E, C>>> byState;
  /** {@link #byState} by the state's ordinal, empty where no transition leaves the state. */
  private final ImmutableList<ImmutableMap<Coded, TransitionRule<S, E, C>>> byOrdinal;
  /** Whether any rule updates the context; if none does, the context never changes. */
  private final boolean updatesContext;

  private TransitionTable(Builder<S, E, C> builder) {
    this.name = builder.name;
    this.danishName = builder.danishName;
    this.states = ImmutableList.copyOf(builder.stateType.getEnumConstants());
    this.initialState = builder.initialState;
    this.eventTypes = builder.eventTypes;
    this.rules = ImmutableList.copyOf(builder.rules);
    Map<S, Map<Coded, TransitionRule<S, E, C>>> index = new LinkedHashMap<>();
    for (TransitionRule<S, E, C> rule : rules) {
      TransitionRule<S, E, C> other =
          index.computeIfAbsent(rule.from(), s -> new LinkedHashMap<>()).putIfAbsent(rule.eventType(), rule);
      if (other != null) {
        throw new IllegalArgumentException(
            "transition table "
                + name
                + " has two transitions that could both apply to state '"
                + rule.from().code()
                + "' on event '"
                + rule.eventType().code()
                + "': "
                + other
                + " and "
                + rule);
      }
    }
    ImmutableMap.Builder<S, ImmutableMap<Coded, TransitionRule<S, E, C>>> byStateBuilder =
        ImmutableMap.builder();
    index.forEach((state, map) -> byStateBuilder.put(state, ImmutableMap.copyOf(map)));
    this.byState = byStateBuilder.build();
    this.byOrdinal =
        states.stream()
            .map(state -> byState.getOrDefault(state, ImmutableMap.of()))
            .collect(ImmutableList.toImmutableList());
    this.updatesContext = rules.stream().anyMatch(r -> r.updateOrNull() != null);
  }

  /**
   * A builder of a table.
   *
   * @param <S> the state type
   * @param <E> the event type
   * @param <C> the context type
   * @param name the lifecycle's name, lower-case words joined by '-', e.g. {@code application}
   * @param danishName the lifecycle's Danish name, e.g. {@code ansøgning}
   * @param stateType the enum of states; its order is the order states are listed in
   * @param initialState the state every case starts in
   * @param eventTypes the event types, in the order they are listed in
   * @return a new builder
   * @throws IllegalArgumentException if the name is malformed, the Danish name is blank, or no
   *     event type is given
   */
  public static <S extends Enum<S> & Coded, E extends LifecycleEvent, C> Builder<S, E, C> builder(
      String name,
      String danishName,
      Class<S> stateType,
      S initialState,
      List<? extends Coded> eventTypes) {
    return new Builder<>(name, danishName, stateType, initialState, eventTypes);
  }

  /**
   * The lifecycle's name, e.g. {@code application}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The lifecycle's Danish name, e.g. {@code ansøgning}.
   *
   * @return the Danish name
   */
  public String danishName() {
    return danishName;
  }

  /**
   * Every state, in the enum's order.
   *
   * @return the states
   */
  public ImmutableList<S> states() {
    return states;
  }

  /**
   * The state every case starts in.
   *
   * @return the initial state
   */
  public S initialState() {
    return initialState;
  }

  /**
   * Every event type, in the order given.
   *
   * @return the event types
   */
  public ImmutableList<Coded> eventTypes() {
    return eventTypes;
  }

  /**
   * Every transition, in the order they were added.
   *
   * @return the rules
   */
  public ImmutableList<TransitionRule<S, E, C>> rules() {
    return rules;
  }

  /**
   * The transition from a state on an event type.
   *
   * @param state the state
   * @param eventType the event type
   * @return the rule, or empty if the event is not allowed in the state
   */
  public Optional<TransitionRule<S, E, C>> rule(S state, Coded eventType) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(eventType, "eventType");
    return Optional.ofNullable(ruleOrNull(state, eventType));
  }

  /**
   * Whether a state is terminal: no transition leaves it.
   *
   * @param state the state
   * @return true if no event is allowed in it
   */
  public boolean isTerminal(S state) {
    return !byState.containsKey(Objects.requireNonNull(state, "state"));
  }

  /**
   * The terminal states, in the enum's order.
   *
   * @return the states no transition leaves
   */
  public ImmutableList<S> terminalStates() {
    return states.stream().filter(this::isTerminal).collect(ImmutableList.toImmutableList());
  }

  /**
   * Handles an event: the lifecycle's one transition function, used live and in replay.
   *
   * <p>If no transition leaves {@code state} on the event's type, the result is rejected as
   * {@link RefusalKind#NOT_ALLOWED_IN_STATE}. Otherwise every guard is judged and each that
   * fails gives a {@link RefusalKind#GUARD_FAILED} refusal; with none, the result is accepted.
   *
   * @param state the current state
   * @param event the event
   * @param on the day the event takes effect
   * @param context the facts the guards judge
   * @return the transition, accepted or rejected; never throws for a rejected event
   * @throws NullPointerException if an argument is null
   */
  public Transition<S> permit(S state, E event, LocalDate on, C context) {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(state, "state");
    Coded type = event.type();
    TransitionRule<S, E, C> rule = ruleOrNull(state, type);
    if (rule == null) {
      return Transition.rejected(
          state, type, on, ImmutableList.of(Refusal.notAllowedInState(state, type)));
    }
    // Replay and live handling run through here once per event: judge the guards without
    // building anything, and only on a failure collect every refusal.
    ImmutableList<Guard<E, C>> guards = rule.guards();
    for (int i = 0; i < guards.size(); i++) {
      if (!guards.get(i).holds(event, on, context)) {
        return Transition.rejected(state, type, on, refusals(guards, i, event, on, context));
      }
    }
    return Transition.accepted(rule, on);
  }

  /** The refusals of every failing guard, the first failing one being at {@code first}. */
  private ImmutableList<Refusal> refusals(
      ImmutableList<Guard<E, C>> guards, int first, E event, LocalDate on, C context) {
    ImmutableList.Builder<Refusal> refusals = ImmutableList.builder();
    for (int i = first; i < guards.size(); i++) {
      guards.get(i).check(event, on, context).ifPresent(refusals::add);
    }
    return refusals.build();
  }

  private TransitionRule<S, E, C> ruleOrNull(S state, Coded eventType) {
    return byOrdinal.get(state.ordinal()).get(eventType);
  }

  /**
   * The context after a transition: the facts the next event is judged in. With
   * {@link #permit}, this is the lifecycle's one step, used live and in replay: judge the event
   * in the context, then let the accepted transition's {@linkplain TransitionRule#contextUpdate()
   * update} record it. Example: after a trial's extension to 31 December 2022 is accepted, the
   * trial's end as extended is 31 December 2022, and a later extension must move past it.
   *
   * @param transition what {@link #permit} returned for the event in {@code context}
   * @param event the event handled
   * @param context the context the event was judged in
   * @return the updated context; {@code context} itself if the transition was rejected or its
   *     rule records nothing
   * @throws IllegalArgumentException if the event's type is not the transition's
   * @throws NullPointerException if an argument is null, or the update returns null
   */
  public C contextAfter(Transition<S> transition, E event, C context) {
    Objects.requireNonNull(transition, "transition");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(context, "context");
    Checks.require(
        event.type().equals(transition.eventType()),
        "transition table %s context update needs the transition's event, was an event of type %s for a"
            + " transition on %s",
        name,
        event.type().code(),
        transition.eventType().code());
    return advance(transition, event, context);
  }

  /** {@link #contextAfter} without the checks, for an event and transition known to match. */
  private C advance(Transition<S> transition, E event, C context) {
    if (!updatesContext || transition.isRejected()) {
      return context;
    }
    TransitionRule<S, E, C> rule = ruleOrNull(transition.from(), transition.eventType());
    ContextUpdate<E, C> update = rule == null ? null : rule.updateOrNull();
    return update == null
        ? context
        : Objects.requireNonNull(update.apply(context, event, transition.on()), "updated context");
  }

  /**
   * Whether an event would be accepted.
   *
   * @param state the current state
   * @param event the event
   * @param on the day the event takes effect
   * @param context the facts the guards judge
   * @return true if {@link #permit} accepts it
   * @throws NullPointerException if an argument is null
   */
  public boolean canFire(S state, E event, LocalDate on, C context) {
    return permit(state, event, on, context).isAccepted();
  }

  /**
   * What can happen now: for every event type, whether it is permitted in a state on a day, or
   * why not.
   *
   * <p>Guards that read the event's data cannot be judged before the event exists; they are
   * named in {@link EventOption#guardsJudgedOnFiring()}.
   *
   * @param state the current state
   * @param on the day an event would take effect
   * @param context the facts the guards judge
   * @return one option per event type, in the table's order
   * @throws NullPointerException if an argument is null
   */
  public ImmutableList<EventOption> options(S state, LocalDate on, C context) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(context, "context");
    ImmutableList.Builder<EventOption> options = ImmutableList.builder();
    for (Coded type : eventTypes) {
      Optional<TransitionRule<S, E, C>> rule = rule(state, type);
      if (rule.isEmpty()) {
        options.add(
            EventOption.of(
                type, ImmutableList.of(Refusal.notAllowedInState(state, type)), ImmutableList.of()));
        continue;
      }
      ImmutableList.Builder<Refusal> refusals = ImmutableList.builder();
      ImmutableList.Builder<String> onFiring = ImmutableList.builder();
      for (Guard<E, C> guard : rule.get().guards()) {
        if (guard.readsEvent()) {
          onFiring.add(guard.name());
        } else {
          guard.checkWithoutEvent(on, context).ifPresent(refusals::add);
        }
      }
      options.add(EventOption.of(type, refusals.build(), onFiring.build()));
    }
    return options.build();
  }

  /**
   * The event types permitted in a state on a day, subject to guards judged on firing.
   *
   * @param state the current state
   * @param on the day an event would take effect
   * @param context the facts the guards judge
   * @return the permitted event types, in the table's order
   * @throws NullPointerException if an argument is null
   */
  public ImmutableList<Coded> permittedEvents(S state, LocalDate on, C context) {
    return options(state, on, context).stream()
        .filter(EventOption::isPermitted)
        .map(EventOption::eventType)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Folds events through {@link #permit} and {@link #contextAfter} from the initial state and
   * the given context, stopping at the first rejection.
   *
   * @param events the events in the order they take effect
   * @param context the facts the guards judge before the first event
   * @return the replay: the accepted steps, the state and context reached, and any rejection
   * @throws NullPointerException if an argument or event is null
   */
  public Replay<S, C> replay(Iterable<RecordedEvent<E>> events, C context) {
    Objects.requireNonNull(context, "context");
    S state = initialState;
    C current = context;
    ImmutableList.Builder<Transition<S>> steps =
        events instanceof Collection<?> known
            ? ImmutableList.builderWithExpectedSize(known.size())
            : ImmutableList.builder();
    for (RecordedEvent<E> recorded : events) {
      E event = recorded.event();
      Transition<S> step = permit(state, event, recorded.effectiveOn(), current);
      if (step.isRejected()) {
        return new Replay<>(initialState, steps.build(), current, Optional.of(step));
      }
      steps.add(step);
      state = step.state();
      current = advance(step, event, current);
    }
    return new Replay<>(initialState, steps.build(), current, Optional.empty());
  }

  /** Returns the table's name and rules. */
  @Override
  public String toString() {
    return "TransitionTable[" + name + "]" + rules;
  }

  /**
   * Builds a {@link TransitionTable}, one transition at a time.
   *
   * <p>Example: {@code builder.from(APPROVED).on(SUBMITTED).when(onOrBeforeDeadline)
   * .to(SUBMITTED, FollowUp.DECISION_AWAITED)}. Not thread-safe; use it on one thread and
   * discard it after {@link #build()}.
   *
   * @param <S> the state type
   * @param <E> the event type
   * @param <C> the context type
   */
  public static final class Builder<S extends Enum<S> & Coded, E extends LifecycleEvent, C> {
    private final String name;
    private final String danishName;
    private final Class<S> stateType;
    private final S initialState;
    private final ImmutableList<Coded> eventTypes;
    private final List<TransitionRule<S, E, C>> rules = new ArrayList<>();

    private Builder(
        String name,
        String danishName,
        Class<S> stateType,
        S initialState,
        List<? extends Coded> eventTypes) {
      this.name = Checks.matches(name, NAME, "lower-case words joined by '-'", "transition table name");
      this.danishName = Checks.trimmed(danishName, "transition table danishName");
      this.stateType = Objects.requireNonNull(stateType, "stateType");
      this.initialState = Objects.requireNonNull(initialState, "initialState");
      this.eventTypes = Checks.notEmpty(ImmutableList.copyOf(eventTypes), "transition table eventTypes");
    }

    /**
     * Starts a transition from a state.
     *
     * @param state the source state
     * @return the transition's builder
     */
    public From from(S state) {
      return new From(List.of(Objects.requireNonNull(state, "state")));
    }

    /**
     * Starts the same transition from several states, e.g. a withdrawal allowed in every state
     * before the decision.
     *
     * @param states the source states
     * @return the transitions' builder
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is copied, never exposed
    public final From from(S... states) {
      return new From(ImmutableList.copyOf(states));
    }

    /**
     * Builds the table.
     *
     * @return the table
     * @throws IllegalArgumentException if two transitions could both apply to the same state and
     *     event type; the message names both
     */
    public TransitionTable<S, E, C> build() {
      return new TransitionTable<>(this);
    }

    /** The source states of a transition being built; next, its event type. */
    public final class From {
      private final List<S> states;

      private From(List<S> states) {
        this.states = states;
      }

      /**
       * Names the event type.
       *
       * @param eventType one of the table's event types
       * @return the transition's builder
       * @throws IllegalArgumentException if the event type is not one of the table's
       */
      public On on(Coded eventType) {
        Objects.requireNonNull(eventType, "eventType");
        Checks.require(
            eventTypes.contains(eventType),
            "transition table %s event type must be one of %s, was %s",
            name,
            eventTypes.stream().map(Coded::code).toList(),
            eventType.code());
        return new On(states, eventType);
      }
    }

    /**
     * A transition being built, with its states and event type; next, guards, any context
     * update, and the target.
     */
    public final class On {
      private final List<S> states;
      private final Coded eventType;
      private final List<Guard<E, C>> guards = new ArrayList<>();
      private ContextUpdate<E, C> update;

      private On(List<S> states, Coded eventType) {
        this.states = states;
        this.eventType = eventType;
      }

      /**
       * Adds a guard that must hold.
       *
       * @param guard the guard
       * @return this
       */
      public On when(Guard<E, C> guard) {
        guards.add(Objects.requireNonNull(guard, "guard"));
        return this;
      }

      /**
       * Adds what the transition records in the context once it is accepted; a second update
       * is applied after the first.
       *
       * @param update the update, pure
       * @return this
       */
      public On updating(ContextUpdate<E, C> update) {
        Objects.requireNonNull(update, "update");
        ContextUpdate<E, C> first = this.update;
        this.update =
            first == null ? update : (context, event, on) -> update.apply(first.apply(context, event, on), event, on);
        return this;
      }

      /**
       * Names the target state and what becomes due, and adds the transition.
       *
       * @param target the target state
       * @param followUps what becomes due or awaited when the transition is taken
       * @return the table's builder
       */
      public Builder<S, E, C> to(S target, FollowUp... followUps) {
        for (S state : states) {
          rules.add(
              new TransitionRule<>(
                  state,
                  eventType,
                  ImmutableList.copyOf(guards),
                  target,
                  ImmutableList.copyOf(followUps),
                  update));
        }
        return Builder.this;
      }
    }
  }
}
