/**
 * The immutable domain model of Danish free-municipality trials (<i>frikommuneforsøg</i>).
 *
 * <p>Depends at run time on Guava only; Immutables is used at compile time.
 */
module io.github.frikommune.core {
  requires transitive com.google.common;
  requires static org.immutables.value.annotations;

  exports io.github.frikommune.core;
  exports io.github.frikommune.core.application;
  exports io.github.frikommune.core.calendar;
  exports io.github.frikommune.core.decision;
  exports io.github.frikommune.core.law;
  exports io.github.frikommune.core.lifecycle;
  exports io.github.frikommune.core.municipality;
  exports io.github.frikommune.core.portfolio;
  exports io.github.frikommune.core.programme;
  exports io.github.frikommune.core.targetgroup;
  exports io.github.frikommune.core.trial;
}
