package io.github.frikommune.core.trial;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.application.ApplicationId;
import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.internal.Checks;
import io.github.frikommune.core.law.Extension;
import io.github.frikommune.core.municipality.Municipality;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A free-municipality trial (<i>frikommuneforsøg</i>): what a granted or partially granted
 * application becomes once it has a legal basis.
 *
 * <p>A trial comes from the decision on its application, rests on one or more legal bases,
 * runs for a period that later laws may extend, has participating municipalities, an evaluation
 * design, and finally an outcome. Example: Mikrolån, from the decision of 1 February 2017,
 * resting on lov om frikommunenetværk § 9, running from 1 July 2017 with Aalborg taking part,
 * later extended to 31 December 2022. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Trial implements WithTrial {
  Trial() {}

  /**
   * The identifier.
   *
   * @return the identifier
   */
  public abstract TrialId id();

  /**
   * The application the trial comes from; its decision is the one on that application.
   *
   * @return the application's identifier
   */
  public abstract ApplicationId application();

  /**
   * The title, e.g. {@code Mikrolån}.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The legal bases that give the trial force; empty while it awaits one.
   *
   * @return the legal bases
   */
  public abstract ImmutableList<LegalBasis> legalBases();

  /**
   * The municipalities and where each stands; each municipality at most once.
   *
   * @return the participations, in the order given
   */
  public abstract ImmutableList<Participation> participants();

  /**
   * The period as first set, both ends included.
   *
   * @return the period, or empty while not yet set
   */
  public abstract Optional<Period> period();

  /**
   * The extensions of the end date, oldest first; each starts where the one before ended.
   *
   * @return the extensions, possibly empty
   */
  public abstract ImmutableList<Extension> extensions();

  /**
   * The evaluation design.
   *
   * @return the design, or empty while not agreed
   */
  public abstract Optional<EvaluationDesign> evaluationDesign();

  /**
   * How the trial was finally judged.
   *
   * @return the outcome, or empty until concluded
   */
  public abstract Optional<TrialOutcome> outcome();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableTrial.Builder builder() {
    return new ImmutableTrial.Builder();
  }

  /**
   * The period after all extensions.
   *
   * @return the extended period, or empty while no period is set
   */
  public Optional<Period> periodAsExtended() {
    return period()
        .map(p -> extensions().isEmpty() ? p : p.withEndInclusive(extensions().get(extensions().size() - 1).newEnd()));
  }

  /**
   * The participation of a municipality.
   *
   * @param municipality the municipality
   * @return its participation, or empty if it has none
   */
  public Optional<Participation> participationOf(Municipality municipality) {
    return participants().stream().filter(p -> p.municipality().equals(municipality)).findFirst();
  }

  /**
   * The first day any legal basis is in force.
   *
   * @return the earliest in-force day, or empty without a legal basis
   */
  public Optional<LocalDate> inForceFrom() {
    return legalBases().stream().map(LegalBasis::inForceFrom).min(LocalDate::compareTo);
  }

  @Value.Check
  void check() {
    Checks.trimmed(title(), "trial title");
    int repeated = Checks.firstRepeated(participants(), Participation::municipality);
    if (repeated >= 0) {
      Municipality m = participants().get(repeated).municipality();
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "trial participants[%d] must name each municipality once, was %s (%s) again",
              repeated,
              m.name(),
              m.code()));
    }
    if (!extensions().isEmpty()) {
      Checks.require(period().isPresent(), "trial extensions need a period, was empty");
      LocalDate end = period().get().endInclusive();
      for (int i = 0; i < extensions().size(); i++) {
        Extension e = extensions().get(i);
        Checks.require(
            e.previousEnd().equals(end),
            "trial extensions[%d].previousEnd must be the end before it (%s), was %s",
            i,
            end,
            e.previousEnd());
        end = e.newEnd();
      }
    }
  }
}
