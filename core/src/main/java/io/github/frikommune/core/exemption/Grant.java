package io.github.frikommune.core.exemption;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.decision.Condition;
import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.trial.LegalBasis;
import io.github.frikommune.core.trial.TrialId;
import org.immutables.value.Value;

/**
 * A grant behind a "yes" to the exemption question (<i>hjemmelsgrundlag for fritagelsen</i>):
 * the trial, the decision that granted it, the legal basis in force and the conditions in
 * force.
 *
 * <p>Example: Aalborg may use Mikrolån on 1 August 2017 under trial NJ-1-01, decided on
 * 1 February 2017, resting on lov om frikommunenetværk § 9 (lov nr. 658 af 8. juni 2017),
 * with the conditions that keep job-ready and education-ready citizens and Aalborg only.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Grant {
  Grant() {}

  /**
   * The trial.
   *
   * @return the trial's identifier
   */
  public abstract TrialId trial();

  /**
   * The trial's title, e.g. {@code Mikrolån}.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The decision that granted the exemption.
   *
   * @return the decision
   */
  public abstract Decision decision();

  /**
   * The legal bases of the trial in force in {@link #period()}.
   *
   * @return the legal bases, at least one
   */
  public abstract ImmutableList<LegalBasis> legalBases();

  /**
   * The decision's conditions in force: all but the waived ones, duties included.
   *
   * @return the conditions, in the decision's order
   */
  public abstract ImmutableList<Condition> conditions();

  /**
   * The days on which this grant holds as it stands: inside the trial's period as extended,
   * the legal bases' force and any period condition.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * A builder.
   *
   * @return a new builder
   */
  static ImmutableGrant.Builder builder() {
    return new ImmutableGrant.Builder();
  }

  /**
   * The citations of the legal basis, each provision with its act, e.g.
   * {@code lov om frikommunenetværk § 9 (lov nr. 658 af 8. juni 2017)}.
   *
   * @return the citations, in the order of the bases and their provisions
   */
  public ImmutableList<String> citations() {
    ImmutableList.Builder<String> citations = ImmutableList.builder();
    for (LegalBasis basis : legalBases()) {
      for (Provision p : basis.provisions()) {
        citations.add(p + " (" + basis.act().citation() + ")");
      }
    }
    return citations.build();
  }
}
