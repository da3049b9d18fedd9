package io.github.frikommune.core.lifecycle;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.Coded;
import org.immutables.value.Value;

/**
 * One answer to "what can happen now" (<i>mulige hændelser</i>): an event type, and whether it
 * is permitted in a state on a day, or the reasons it is refused.
 *
 * <p>A case screen enables a button for each permitted event and explains each refused one.
 * Guards that read the event's own data, such as an extension's new end, cannot be judged
 * before the event exists; they are listed as {@linkplain #guardsJudgedOnFiring() judged on
 * firing}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class EventOption {
  EventOption() {}

  /**
   * The event type.
   *
   * @return the event type
   */
  @Value.Parameter
  public abstract Coded eventType();

  /**
   * Why the event is refused.
   *
   * @return the refusals, empty if permitted
   */
  @Value.Parameter
  public abstract ImmutableList<Refusal> refusals();

  /**
   * The names of the guards that read the event's data and are judged when it fires.
   *
   * @return the guard names, possibly empty
   */
  @Value.Parameter
  public abstract ImmutableList<String> guardsJudgedOnFiring();

  /**
   * Whether the event is permitted, subject to the guards judged on firing.
   *
   * @return true if nothing refuses it
   */
  public boolean isPermitted() {
    return refusals().isEmpty();
  }

  static EventOption of(
      Coded eventType, ImmutableList<Refusal> refusals, ImmutableList<String> guardsJudgedOnFiring) {
    return ImmutableEventOption.of(eventType, refusals, guardsJudgedOnFiring);
  }
}
