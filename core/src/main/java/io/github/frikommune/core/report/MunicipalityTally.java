package io.github.frikommune.core.report;

import io.github.frikommune.core.municipality.Municipality;
import org.immutables.value.Value;

/**
 * How often one municipality is lead applicant (<i>ansøger</i>), co-applicant
 * (<i>medansøger</i>), or applicant of unrecorded role (<i>ansøger/medansøger</i>) in a round.
 *
 * <p>Example: in round 1 of Frikommuneforsøg II Aalborg was lead or co-applicant on 4 of the
 * North Jutland network's 7 applications. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class MunicipalityTally {
  MunicipalityTally() {}

  /**
   * The municipality.
   *
   * @return the municipality
   */
  @Value.Parameter
  public abstract Municipality municipality();

  /**
   * The applications it leads (<i>ansøger</i>).
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int asLead();

  /**
   * The applications it is co-applicant on (<i>medansøger</i>).
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int asCoApplicant();

  /**
   * The applications it takes part in as lead or co-applicant, the record not saying which.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int roleNotOnRecord();

  /**
   * The applications it takes part in, as lead or co-applicant.
   *
   * @return the count
   */
  public int total() {
    return asLead() + asCoApplicant() + roleNotOnRecord();
  }

  static MunicipalityTally of(Municipality municipality, int asLead, int asCoApplicant, int roleNotOnRecord) {
    return ImmutableMunicipalityTally.of(municipality, asLead, asCoApplicant, roleNotOnRecord);
  }
}
