package io.github.frikommune.core.decision;

import com.google.common.collect.ImmutableSortedSet;
import io.github.frikommune.core.internal.Checks;
import io.github.frikommune.core.municipality.Municipality;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A condition that lets only some municipalities take part (<i>deltagere begrænset</i>).
 *
 * <p>By default every municipality of the network may use an exemption; this condition
 * restricts it to the named participants, the others having to apply separately
 * (<i>særskilt ansøge</i>) or being left out. Example: on 1 February 2017 the Mikrolån trial
 * was granted with only Aalborg taking part as a starting point. It narrows the exemption
 * scope. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ParticipantsRestricted extends Condition implements WithParticipantsRestricted {
  ParticipantsRestricted() {}

  /**
   * The municipalities that may take part from the start.
   *
   * @return the participants, ordered by code, at least one
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<Municipality> participants();

  /**
   * Whether the other municipalities of the network must apply separately to join
   * (<i>særskilt ansøge</i>); if false they cannot join at all.
   *
   * @return true unless set otherwise
   */
  @Value.Default
  public boolean othersMustApplySeparately() {
    return true;
  }

  /**
   * A builder, for a condition with text or a status.
   *
   * @return a new builder
   */
  public static ImmutableParticipantsRestricted.Builder builder() {
    return new ImmutableParticipantsRestricted.Builder();
  }

  /**
   * Returns a condition that lets only some municipalities take part, the others having to
   * apply separately.
   *
   * @param participants the municipalities that take part, at least one
   * @return the condition
   * @throws IllegalArgumentException if {@code participants} is empty
   */
  public static ParticipantsRestricted of(Iterable<Municipality> participants) {
    return builder().participants(participants).build();
  }

  @Override
  public ConditionKind kind() {
    return ConditionKind.PARTICIPANTS_RESTRICTED;
  }

  @Override
  public boolean narrowsScope() {
    return true;
  }

  @Override
  public ParticipantsRestricted withStatus(ConditionStatus status, LocalDate on) {
    return builder().from(this).status(status).statusDate(on).build();
  }

  @Value.Check
  void check() {
    checkCommon();
    Checks.notEmpty(participants(), "participants restricted participants");
  }
}
