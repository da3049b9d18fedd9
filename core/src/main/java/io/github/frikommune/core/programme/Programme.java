package io.github.frikommune.core.programme;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.internal.Checks;
import io.github.frikommune.core.law.Extension;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A free-municipality programme (<i>frikommuneforsøg</i> as a whole scheme), such as
 * Frikommuneforsøg II, with its period and the way municipalities take part.
 *
 * <p>Frikommuneforsøg II runs from 2016 until 31 December 2021 under lov om
 * frikommunenetværk § 1, with networks of municipalities. A later law may extend the period;
 * the original period and every extension stay on record, and {@link #endAsExtended()} is the
 * end that applies. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Programme implements WithProgramme {
  Programme() {}

  /**
   * The identifier, e.g. {@code FK2}.
   *
   * @return the identifier
   */
  public abstract ProgrammeId id();

  /**
   * The name, e.g. {@code Frikommuneforsøg II}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The period as first set, both ends included.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * Whether municipalities take part in networks or one by one.
   *
   * @return the participation model
   */
  public abstract ParticipationModel participationModel();

  /**
   * The extensions of the period, oldest first; each starts where the one before ended.
   *
   * @return the extensions, possibly empty
   */
  public abstract ImmutableList<Extension> extensions();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableProgramme.Builder builder() {
    return new ImmutableProgramme.Builder();
  }

  /**
   * The last day of the programme, after all extensions.
   *
   * @return the end as extended
   */
  public LocalDate endAsExtended() {
    return extensions().isEmpty()
        ? period().endInclusive()
        : extensions().get(extensions().size() - 1).newEnd();
  }

  /**
   * The period after all extensions.
   *
   * @return the extended period
   */
  public Period periodAsExtended() {
    return period().withEndInclusive(endAsExtended());
  }

  @Value.Check
  void check() {
    Checks.trimmed(name(), "programme name");
    LocalDate end = period().endInclusive();
    for (int i = 0; i < extensions().size(); i++) {
      Extension e = extensions().get(i);
      Checks.require(
          e.previousEnd().equals(end),
          "programme extensions[%d].previousEnd must be the end before it (%s), was %s",
          i,
          end,
          e.previousEnd());
      end = e.newEnd();
    }
  }
}
