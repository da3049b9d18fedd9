/**
 * jqwik arbitraries that generate valid frikommune-sdk domain values for property tests.
 *
 * <p>With this module on the test path, {@code @ForAll Application application} works in any
 * jqwik property: the {@link io.github.frikommune.testkit.FrikommuneArbitraryProvider} is
 * registered as a jqwik {@link net.jqwik.api.providers.ArbitraryProvider} service. Configure
 * generation through {@link io.github.frikommune.testkit.Frikommune}.
 */
module io.github.frikommune.testkit {
  requires transitive io.github.frikommune.core;
  requires transitive net.jqwik.api;

  exports io.github.frikommune.testkit;

  provides net.jqwik.api.providers.ArbitraryProvider with
      io.github.frikommune.testkit.FrikommuneArbitraryProvider;
  provides net.jqwik.api.SampleReportingFormat with
      io.github.frikommune.testkit.LifecycleReportingFormat;
}
