package io.github.frikommune.core.law;

import io.github.frikommune.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An extension (<i>forlængelse</i>): a later law that moves an end date forward, for a
 * programme or a single trial.
 *
 * <p>Both the end date before and the one after stay on record. Example: a 2021 amendment
 * extended the Mikrolån trial from 31 December 2021 to 31 December 2022. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Extension implements WithExtension {
  Extension() {}

  /**
   * The last day before the extension.
   *
   * @return the previous end, included
   */
  public abstract LocalDate previousEnd();

  /**
   * The last day after the extension.
   *
   * @return the new end, included; after {@link #previousEnd()}
   */
  public abstract LocalDate newEnd();

  /**
   * The law that makes the extension.
   *
   * @return the extending act
   */
  public abstract LegalAct by();

  /**
   * The provision of that law that makes it, where known.
   *
   * @return the provision, or empty
   */
  public abstract Optional<Provision> provision();

  /**
   * Returns an extension.
   *
   * @param previousEnd the end before
   * @param newEnd the end after, later than {@code previousEnd}
   * @param by the extending act
   * @return the extension
   * @throws IllegalArgumentException if {@code newEnd} is not after {@code previousEnd}
   */
  public static Extension of(LocalDate previousEnd, LocalDate newEnd, LegalAct by) {
    return builder().previousEnd(previousEnd).newEnd(newEnd).by(by).build();
  }

  /**
   * A builder, for an extension with a provision.
   *
   * @return a new builder
   */
  public static ImmutableExtension.Builder builder() {
    return new ImmutableExtension.Builder();
  }

  @Value.Check
  void check() {
    Checks.require(
        newEnd().isAfter(previousEnd()),
        "extension newEnd must be after previousEnd (%s), was %s",
        previousEnd(),
        newEnd());
  }
}
