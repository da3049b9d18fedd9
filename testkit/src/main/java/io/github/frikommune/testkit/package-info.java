/**
 * jqwik arbitraries of the free-municipality trial domain (<i>frikommuneforsøg</i>): every
 * value valid by construction, and whole portfolios (<i>porteføljer</i>) consistent as a whole.
 *
 * <p>Start at {@link io.github.frikommune.testkit.Frikommune} for configurable arbitraries, or
 * simply write {@code @ForAll Application application}: the
 * {@link io.github.frikommune.testkit.FrikommuneArbitraryProvider} serves the core's values, the
 * lifecycles' events and valid histories, and exemption questions and answers; the project's
 * README lists exactly which types.
 * Scenario-level generation is available as domain contexts, e.g.
 * {@code @Domain(NorthJutlandDomain.class)}.
 */
package io.github.frikommune.testkit;
