package io.github.frikommune.core.lifecycle;

import io.github.frikommune.core.Coded;

/**
 * Something that happens to a case and may move it to another state (<i>hændelse</i>), such as
 * an application being submitted or a trial starting.
 *
 * <p>An event says what happened, and carries any data a guard needs to judge it; the day it
 * takes effect and who recorded it travel with it in a {@link RecordedEvent}. Each lifecycle has
 * a closed set of event types, an enum whose stable {@linkplain Coded#code() code} names the
 * event in JSON.
 */
public interface LifecycleEvent {

  /**
   * What kind of event this is; transitions are chosen by it.
   *
   * @return the event type, a constant of the lifecycle's event type enum
   */
  Coded type();
}
