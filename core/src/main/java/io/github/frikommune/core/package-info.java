/**
 * The domain of Danish free-municipality trials (<i>frikommuneforsøg</i>): vocabulary shared by
 * every package.
 *
 * <p>Sub-packages are named after domain concepts: {@code municipality} (kommune),
 * {@code law} (lov, bekendtgørelse, §), {@code calendar} (periods in Danish time),
 * {@code targetgroup} (målgruppe), {@code programme} (forsøgsprogram, frikommunenetværk,
 * ansøgningsrunde), {@code application} (ansøgning), {@code decision} (afgørelse, vilkår),
 * {@code trial} (forsøg, hjemmel, deltagelse) and {@code portfolio} (the whole record).
 */
package io.github.frikommune.core;
