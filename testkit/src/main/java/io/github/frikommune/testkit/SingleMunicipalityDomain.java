package io.github.frikommune.testkit;

import io.github.frikommune.core.programme.ParticipationModel;

/**
 * A jqwik domain context in which every generated value belongs to programmes of single municipalities (<i>enkeltkommuner</i>), as Frikommuneforsøg I and the welfare agreements (<i>velfærdsaftaler</i>) are.
 *
 * <p>Use it with {@code @Domain(SingleMunicipalityDomain.class)} on a property or a container. Like every
 * domain, it leaves out jqwik's global defaults (integers, strings, …) unless the test also
 * declares {@code @Domain(DomainContext.Global.class)}.
 */
public final class SingleMunicipalityDomain extends ScenarioDomain {
  /** The context; jqwik creates it. */
  public SingleMunicipalityDomain() {
    super(Frikommune.portfolios().withParticipationModel(ParticipationModel.SINGLE_MUNICIPALITIES));
  }
}
