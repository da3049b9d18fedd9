package io.github.frikommune.testkit;

import io.github.frikommune.core.programme.ParticipationModel;

/**
 * A jqwik domain context in which every generated value belongs to programmes that work with networks (<i>frikommunenetværk</i>), as Frikommuneforsøg II does, whose members may overlap.
 *
 * <p>Use it with {@code @Domain(NetworkProgrammeDomain.class)} on a property or a container. Like every
 * domain, it leaves out jqwik's global defaults (integers, strings, …) unless the test also
 * declares {@code @Domain(DomainContext.Global.class)}.
 */
public final class NetworkProgrammeDomain extends ScenarioDomain {
  /** The context; jqwik creates it. */
  public NetworkProgrammeDomain() {
    super(Frikommune.portfolios().withParticipationModel(ParticipationModel.NETWORKS));
  }
}
