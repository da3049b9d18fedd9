package io.github.frikommune.core.trial;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.internal.Checks;
import io.github.frikommune.core.programme.NetworkId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A workshop on the evaluation of a network's trials (<i>evalueringsworkshop</i>): where the
 * municipalities start on their evaluation designs with the programme's evaluation advisor.
 *
 * <p>Example: on 2 March 2017 the North Jutland network held "en opstartende workshop med
 * fokus på evaluering" in cooperation with KORA, the evaluation advisor; representatives of
 * the network took part with KORA, STAR, KL, Arbejdsmarkedskontor Midt-Nord and Rambøll.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class EvaluationWorkshop implements WithEvaluationWorkshop {
  EvaluationWorkshop() {}

  /**
   * The day the workshop was held.
   *
   * @return the day
   */
  public abstract LocalDate heldOn();

  /**
   * The network whose trials it concerns.
   *
   * @return the network, or empty in a programme of single municipalities
   */
  public abstract Optional<NetworkId> network();

  /**
   * What the workshop was, in the record's words, e.g. {@code Opstartende workshop med fokus på
   * evaluering}.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * The organisation that held it with the network, e.g. {@code KORA}.
   *
   * @return the host, or empty if not on record
   */
  public abstract Optional<String> host();

  /**
   * The organisations that took part besides the network's own representatives, in the
   * record's order, e.g. KORA, STAR, KL, Arbejdsmarkedskontor Midt-Nord and Rambøll.
   *
   * @return the participating organisations, possibly empty
   */
  public abstract ImmutableList<String> participants();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableEvaluationWorkshop.Builder builder() {
    return new ImmutableEvaluationWorkshop.Builder();
  }

  @Value.Check
  void check() {
    Checks.trimmed(title(), "evaluation workshop title");
    host().ifPresent(h -> Checks.trimmed(h, "evaluation workshop host"));
    for (int i = 0; i < participants().size(); i++) {
      Checks.trimmed(participants().get(i), "evaluation workshop participants[" + i + "]");
    }
  }
}
