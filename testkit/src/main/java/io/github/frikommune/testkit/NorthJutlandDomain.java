package io.github.frikommune.testkit;

/**
 * A jqwik domain context in which every generated value belongs to the North Jutland network (<i>Nordjysk frikommunenetværk</i>) in Frikommuneforsøg II, with its 11 members and three real round deadlines; see {@link Frikommune#northJutland()}.
 *
 * <p>Use it with {@code @Domain(NorthJutlandDomain.class)} on a property or a container. Like every
 * domain, it leaves out jqwik's global defaults (integers, strings, …) unless the test also
 * declares {@code @Domain(DomainContext.Global.class)}.
 */
public final class NorthJutlandDomain extends ScenarioDomain {
  /** The context; jqwik creates it. */
  public NorthJutlandDomain() {
    super(Frikommune.northJutland());
  }
}
