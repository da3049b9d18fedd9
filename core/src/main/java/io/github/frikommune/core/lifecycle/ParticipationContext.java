package io.github.frikommune.core.lifecycle;

import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.decision.ParticipantsRestricted;
import io.github.frikommune.core.municipality.Municipality;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The facts the guards of one municipality's participation (<i>deltagelse</i>) in one trial
 * judge: whether the decision makes it apply separately, and when the trial's legal basis
 * (<i>hjemmel</i>) is in force.
 *
 * <p>Example: the decision on Mikrolån lets only Aalborg take part; Hjørring must apply
 * separately, so its participation cannot simply be confirmed. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ParticipationContext {
  ParticipationContext() {}

  /**
   * Whether the decision restricts the trial to other municipalities, so this one must apply
   * separately to join (<i>særskilt ansøge</i>).
   *
   * @return true if it must apply separately
   */
  public abstract boolean mustApplySeparately();

  /**
   * The first day the trial's legal basis is in force; no municipality uses the exemption
   * before.
   *
   * @return the in-force day, or empty while unknown
   */
  public abstract Optional<LocalDate> trialInForceFrom();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableParticipationContext.Builder builder() {
    return new ImmutableParticipationContext.Builder();
  }

  /**
   * The context of a municipality's participation, from the decision's conditions.
   *
   * @param decision the decision that granted the trial
   * @param municipality the municipality
   * @param trialInForceFrom the first day the trial's legal basis is in force, if known
   * @return the context
   */
  public static ParticipationContext from(
      Decision decision, Municipality municipality, Optional<LocalDate> trialInForceFrom) {
    boolean mustApply =
        decision.conditionsOf(ParticipantsRestricted.class).stream()
            .anyMatch(c -> c.othersMustApplySeparately() && !c.participants().contains(municipality));
    return builder().mustApplySeparately(mustApply).trialInForceFrom(trialInForceFrom).build();
  }
}
