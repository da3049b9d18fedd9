package io.github.frikommune.core.programme;

import com.google.common.collect.ImmutableSortedSet;
import io.github.frikommune.core.internal.Checks;
import io.github.frikommune.core.municipality.Municipality;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A free-municipality network (<i>frikommunenetværk</i>): municipalities that apply together
 * under a theme within a programme.
 *
 * <p>The North Jutland network of Frikommuneforsøg II is the 11 municipalities of Region
 * Nordjylland, under the theme "En mere fleksibel og effektiv beskæftigelsesindsats, herunder
 * også nytænkning af integrationsområdet". A municipality may belong to several networks.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Network implements WithNetwork {
  Network() {}

  /**
   * The identifier, e.g. {@code nordjylland}.
   *
   * @return the identifier
   */
  public abstract NetworkId id();

  /**
   * The programme the network belongs to.
   *
   * @return the programme's identifier
   */
  public abstract ProgrammeId programme();

  /**
   * The name, e.g. {@code Det nordjyske frikommunenetværk}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The theme (<i>tema</i>) the network works under.
   *
   * @return the theme, or empty if not known
   */
  public abstract Optional<String> theme();

  /**
   * The member municipalities, ordered by code.
   *
   * @return the members, at least one
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<Municipality> members();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableNetwork.Builder builder() {
    return new ImmutableNetwork.Builder();
  }

  /**
   * Whether a municipality is a member.
   *
   * @param municipality the municipality
   * @return true if it is a member
   */
  public boolean hasMember(Municipality municipality) {
    return members().contains(municipality);
  }

  @Value.Check
  void check() {
    Checks.trimmed(name(), "network name");
    theme().ifPresent(t -> Checks.trimmed(t, "network theme"));
    Checks.notEmpty(members(), "network members");
  }
}
