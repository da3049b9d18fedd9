package io.github.frikommune.core.lifecycle;

import io.github.frikommune.core.internal.Checks;
import io.github.frikommune.core.law.LegalAct;
import io.github.frikommune.core.trial.TrialOutcome;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An event in a trial's lifecycle (<i>hændelse i forsøgets forløb</i>): legal basis adopted or
 * in force, started, extended, ended, evaluated or concluded.
 *
 * <p>An extension carries the new end and the law that makes it; a conclusion carries the
 * outcome. Other events carry no data. The day it takes effect and who recorded it travel with
 * it in a {@link RecordedEvent}. Example: {@code TrialEvent.extended(LocalDate.of(2022, 12, 31),
 * amendment)} for Mikrolån's extension by the 2021 amendment. Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(LifecycleEvent) cannot copy the covariant type; from(this type) does
public abstract class TrialEvent implements LifecycleEvent {
  TrialEvent() {}

  /**
   * What kind of event this is.
   *
   * @return the event type
   */
  @Override
  @Value.Parameter
  public abstract TrialEventType type();

  /**
   * The trial's new last day, for an extension.
   *
   * @return the new end, present exactly for {@link TrialEventType#EXTENDED}
   */
  public abstract Optional<LocalDate> newEnd();

  /**
   * The law that makes an extension.
   *
   * @return the extending act, present exactly for {@link TrialEventType#EXTENDED}
   */
  public abstract Optional<LegalAct> extendingAct();

  /**
   * How the trial was judged, for a conclusion.
   *
   * @return the outcome, present exactly for {@link TrialEventType#CONCLUDED}
   */
  public abstract Optional<TrialOutcome> outcome();

  /**
   * A free-text note.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns an event that carries no data.
   *
   * @param type the event type, neither extended nor concluded
   * @return the event
   * @throws IllegalArgumentException if the type needs data
   */
  public static TrialEvent of(TrialEventType type) {
    return ImmutableTrialEvent.of(type);
  }

  /**
   * Returns an extension.
   *
   * @param newEnd the trial's new last day
   * @param by the law that makes the extension
   * @return the event
   */
  public static TrialEvent extended(LocalDate newEnd, LegalAct by) {
    return builder().type(TrialEventType.EXTENDED).newEnd(newEnd).extendingAct(by).build();
  }

  /**
   * Returns a conclusion.
   *
   * @param outcome how the trial was judged
   * @return the event
   */
  public static TrialEvent concluded(TrialOutcome outcome) {
    return builder().type(TrialEventType.CONCLUDED).outcome(outcome).build();
  }

  /**
   * A builder, for an event with a note.
   *
   * @return a new builder
   */
  public static ImmutableTrialEvent.Builder builder() {
    return new ImmutableTrialEvent.Builder();
  }

  @Value.Check
  void check() {
    boolean extension = type() == TrialEventType.EXTENDED;
    Checks.require(
        newEnd().isPresent() == extension,
        "trial event newEnd must be given exactly for type extended, was %s for type %s",
        newEnd().map(LocalDate::toString).orElse("empty"),
        type().code());
    Checks.require(
        extendingAct().isPresent() == extension,
        "trial event extendingAct must be given exactly for type extended, was %s for type %s",
        extendingAct().map(LegalAct::citation).orElse("empty"),
        type().code());
    Checks.require(
        outcome().isPresent() == (type() == TrialEventType.CONCLUDED),
        "trial event outcome must be given exactly for type concluded, was %s for type %s",
        outcome().map(TrialOutcome::code).orElse("empty"),
        type().code());
    note().ifPresent(n -> Checks.trimmed(n, "trial event note"));
  }
}
